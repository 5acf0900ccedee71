/**
 * Reads a whole table a batch at a time, in primary-key order, each batch
 * starting after the last key of the one before (keyset pagination): a
 * million rows never sit in memory, and no batch re-reads what an OFFSET would skip.
 */
import type { QueryRunner } from 'typeorm';
import { canonicalValue, type CanonicalValue } from './canonical-value';
import type { TablePlan } from './table-plan';

export const READ_BATCH_ROWS = 1000;

export type Row = CanonicalValue[];

/** `(a > ?) OR (a = ? AND b > ?)`: rows after `last` in (a, b) order, written so both dialects use the key's index. */
function afterKey(quoted: string[]): string {
  return quoted.map((column, i) => `(${[...quoted.slice(0, i).map((c) => `${c} = ?`), `${column} > ?`].join(' AND ')})`).join(' OR ');
}

function afterKeyParameters(last: unknown[]): unknown[] {
  return last.flatMap((value, i) => [...last.slice(0, i), value]);
}

export async function* readBatches(runner: QueryRunner, table: TablePlan, batchRows = READ_BATCH_ROWS): AsyncGenerator<Row[]> {
  const q = (name: string) => runner.connection.driver.escape(name);
  const columns = table.columns.map((c) => q(c.name)).join(', ');
  const key = table.primaryKey.map(q);
  const order = key.join(', ');
  let last: unknown[] | null = null;
  for (;;) {
    const where = last ? ` WHERE ${afterKey(key)}` : '';
    const raw: Array<Record<string, unknown>> = await runner.query(
      `SELECT ${columns} FROM ${q(table.name)}${where} ORDER BY ${order} LIMIT ${batchRows}`,
      last ? afterKeyParameters(last) : [],
    );
    if (raw.length === 0) return;
    yield raw.map((record) => table.columns.map((column) => canonicalValue(column, record[column.name])));
    if (raw.length < batchRows) return;
    const end = raw[raw.length - 1]!;
    last = table.primaryKey.map((name) => end[name]);
  }
}
