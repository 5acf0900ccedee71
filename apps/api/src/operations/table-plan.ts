/**
 * Which tables a copy or backup holds, in an order that satisfies every
 * foreign key (referenced tables first), with the columns of each. Generic over
 * the entity metadata, so a new entity is copied without touching this code.
 * Sessions are left out: after a move or a restore everyone signs in again.
 */
import type { DataSource, EntityMetadata } from 'typeorm';
import { Session } from '../auth/session.entity';
import { columnPlan, type ColumnPlan } from './column-kind';

export interface TablePlan {
  name: string;
  columns: ColumnPlan[];
  /** Rows are read in this order, a batch at a time after the last key read. */
  primaryKey: string[];
  /** The column an auto-increment counter fills, if any: the counter is set past the copied rows. */
  autoIncrement: string | null;
}

/** Entities whose rows are never copied. */
const EXCLUDED = [Session];

function planOf(metadata: EntityMetadata): TablePlan {
  const table = metadata.tableName;
  const generated = metadata.primaryColumns.find((c) => c.isGenerated && c.generationStrategy === 'increment');
  return {
    name: table,
    columns: metadata.columns.map((c) => columnPlan(c, table)),
    primaryKey: metadata.primaryColumns.map((c) => c.databaseName),
    autoIncrement: generated?.databaseName ?? null,
  };
}

/** Sorts tables so that each comes after those it references; ties by name, so the order is stable. */
export function dependencyOrder(tables: ReadonlyMap<string, readonly string[]>): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = new Set([...tables.keys()].sort());
  while (remaining.size) {
    const ready = [...remaining].find((t) => (tables.get(t) ?? []).every((ref) => ref === t || placed.has(ref) || !tables.has(ref)));
    if (!ready) throw new Error(`the foreign keys of ${[...remaining].join(', ')} form a cycle; they cannot be loaded in order`);
    ordered.push(ready);
    placed.add(ready);
    remaining.delete(ready);
  }
  return ordered;
}

export function planTables(dataSource: DataSource): TablePlan[] {
  const excluded = new Set(EXCLUDED.map((entity) => dataSource.getMetadata(entity).tableName));
  const entities = dataSource.entityMetadatas.filter((m) => m.tableType === 'regular' && !excluded.has(m.tableName));
  const references = new Map(entities.map((m) => [m.tableName, m.foreignKeys.map((fk) => fk.referencedEntityMetadata.tableName)]));
  const byName = new Map(entities.map((m) => [m.tableName, m]));
  return dependencyOrder(references).map((name) => planOf(byName.get(name)!));
}
