/**
 * Rebuilds every rollup from the base tables, or compares them: the check
 * computes each rollup's rows afresh (the same SELECT the maintenance uses)
 * and lists every cell whose counts differ, is missing, or should not be there.
 */
import type { DataSource } from 'typeorm';
import { bumpDataVersions } from '../data-versions/data-versions';
import { ROLLUPS } from './rollup-definitions';
import { lockRollups, refreshRollupMonths } from './rollup-maintenance';
import { rollupColumns, rollupSelect } from './rollup-sql';

export interface RollupDifference {
  table: string;
  /** The cell: month and keys, as `column=value` pairs. */
  cell: string;
  expected: Record<string, number> | null;
  actual: Record<string, number> | null;
}

/** Recreates every rollup from `contact` in one transaction (writers wait; readers keep the old rows until COMMIT). */
export async function rebuildRollups(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await lockRollups(manager.queryRunner!);
    await refreshRollupMonths(manager.queryRunner!, 'all');
    // Answers cached from a rollup that was wrong are dropped with the contacts' version.
    await bumpDataVersions(manager, ['contacts']);
  });
}

function cells(rows: Array<Record<string, unknown>>, keys: string[], counts: string[]): Map<string, Record<string, number>> {
  const map = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const cell = keys.map((k) => `${k}=${row[k] === null || row[k] === undefined ? 'NULL' : String(row[k])}`).join(' ');
    // Two rows for one cell are added up, so a duplicate shows as a cell whose counts differ.
    const seen = map.get(cell);
    map.set(cell, Object.fromEntries(counts.map((c) => [c, Number(row[c]) + (seen?.[c] ?? 0)])));
  }
  return map;
}

export async function checkRollups(dataSource: DataSource): Promise<RollupDifference[]> {
  const differences: RollupDifference[] = [];
  for (const definition of ROLLUPS) {
    const columns = rollupColumns(definition);
    const counts = definition.histogram ? ['contacts'] : columns.slice(columns.indexOf('contacts'));
    const keys = columns.filter((c) => !counts.includes(c));
    const expected = cells(await dataSource.query(rollupSelect(definition, 'all', false)), keys, counts);
    const actual = cells(await dataSource.query(`SELECT ${columns.join(', ')} FROM ${definition.table}`), keys, counts);
    for (const [cell, want] of expected) {
      const got = actual.get(cell) ?? null;
      if (!got || counts.some((c) => got[c] !== want[c])) differences.push({ table: definition.table, cell, expected: want, actual: got });
    }
    for (const [cell, got] of actual) if (!expected.has(cell)) differences.push({ table: definition.table, cell, expected: null, actual: got });
  }
  return differences;
}
