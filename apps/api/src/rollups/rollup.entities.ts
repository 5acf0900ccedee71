/**
 * The rollup tables as TypeORM entities (so the migrations test checks them),
 * made from rollup-definitions.ts rather than written out six times. Rows are
 * keyed by (month, row number within the month): a month is always rewritten
 * whole, and the stage key may be null, so it cannot be part of a primary key.
 * Only raw SQL writes them (rollup-maintenance.ts), inside the contact write's
 * transaction, which bumps the contacts data version itself.
 */
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { COUNT_COLUMNS, PERIOD_COLUMNS, ROLLUP_LOCK_TABLE, ROLLUPS, type RollupDefinition, type RollupKey } from './rollup-definitions';

const KEY_COLUMN: Record<RollupKey, { type: 'int' | 'varchar'; length?: number; nullable?: boolean }> = {
  recordTypeId: { type: 'int' },
  divisionId: { type: 'int' },
  primaryServiceAreaId: { type: 'int' },
  primaryIssueCategoryId: { type: 'int' },
  primaryIssueId: { type: 'int' },
  channelId: { type: 'int' },
  outcome: { type: 'varchar', length: 24 },
  stage: { type: 'varchar', length: 16, nullable: true },
  complainantType: { type: 'varchar', length: 32 },
  workingDaysToResponse: { type: 'int' },
};

function rollupEntity(definition: RollupDefinition): new () => object {
  // A named class per table (TypeORM tells entities apart by their class).
  const name = definition.table.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase());
  const target = { [name]: class {} }[name];
  const prototype = target.prototype as object;
  PrimaryColumn({ type: 'varchar', length: 7 })(prototype, 'receivedMonth');
  PrimaryColumn({ type: 'int' })(prototype, 'rowInMonth');
  Column({ type: 'varchar', length: 10 })(prototype, 'receivedQuarter');
  Column({ type: 'varchar', length: 7 })(prototype, 'receivedFinancialYear');
  for (const key of definition.keys) Column({ ...KEY_COLUMN[key], nullable: KEY_COLUMN[key].nullable ?? false })(prototype, key);
  for (const count of definition.histogram ? ['contacts'] : Object.keys(COUNT_COLUMNS)) Column({ type: 'int' })(prototype, count);
  const counts = definition.histogram ? ['contacts'] : Object.keys(COUNT_COLUMNS);
  for (const leading of definition.leadingKeys ?? []) {
    const rest = [...PERIOD_COLUMNS.slice(1), ...definition.keys.filter((k) => k !== leading), ...counts];
    Index(`IDX_${definition.table}_${leading}`, [leading, 'receivedMonth', ...rest])(target);
  }
  Entity(definition.table)(target);
  return target;
}

export const ROLLUP_ENTITIES: ReadonlyMap<string, new () => object> = new Map(ROLLUPS.map((d) => [d.table, rollupEntity(d)]));

/** One row (id 1): contact writers on MySQL lock it before their first contact write. */
@Entity(ROLLUP_LOCK_TABLE)
export class RollupLock {
  @PrimaryColumn({ type: 'int' })
  id: number;
}
