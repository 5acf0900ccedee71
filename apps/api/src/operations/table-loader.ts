/**
 * Loads tables into a target database and checks them afterwards. Each table
 * goes in in one transaction, in foreign-key order (so the target's foreign
 * keys stay on and check every row); its auto-increment counter is then set
 * past the copied rows; at the end every table is read back and its count and
 * checksum compared with the source's.
 */
import type { DataSource } from 'typeorm';
import { insertRows, setNextId } from './database-tables';
import { OperationError } from './operation-error';
import { TableChecksum, type TableSummary } from './table-checksum';
import { readBatches, type Row } from './table-reader';
import type { TablePlan } from './table-plan';

export interface LoadedTable extends TableSummary {
  /** The largest value of the auto-increment column, if the table has one and any rows. */
  maxId: number | null;
}

export async function loadTable(dataSource: DataSource, table: TablePlan, batches: AsyncIterable<Row[]>): Promise<LoadedTable> {
  const checksum = new TableChecksum(table.columns);
  const idAt = table.autoIncrement ? table.columns.findIndex((c) => c.name === table.autoIncrement) : -1;
  let maxId: number | null = null;
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    for await (const rows of batches) {
      await insertRows(runner, table, rows);
      for (const row of rows) {
        checksum.add(row);
        if (idAt >= 0 && typeof row[idAt] === 'number') maxId = Math.max(maxId ?? 0, row[idAt] as number);
      }
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  return { ...checksum.summary(), maxId };
}

/** Sets the counter to whichever is later: the source's own counter, or one past the largest id copied. */
export async function setCounter(dataSource: DataSource, table: TablePlan, loaded: LoadedTable, sourceNext: number | undefined): Promise<number | null> {
  if (!table.autoIncrement) return null;
  const next = Math.max(sourceNext ?? 1, (loaded.maxId ?? 0) + 1);
  const runner = dataSource.createQueryRunner();
  try {
    await setNextId(runner, table.name, next);
  } finally {
    await runner.release();
  }
  return next;
}

export async function summariseTable(dataSource: DataSource, table: TablePlan): Promise<TableSummary> {
  const checksum = new TableChecksum(table.columns);
  const runner = dataSource.createQueryRunner();
  try {
    for await (const rows of readBatches(runner, table)) for (const row of rows) checksum.add(row);
  } finally {
    await runner.release();
  }
  return checksum.summary();
}

/** Reads every table back from the target; an OperationError names each that differs from what was expected. */
export async function verifyTables(dataSource: DataSource, tables: readonly TablePlan[], expected: ReadonlyMap<string, TableSummary>): Promise<void> {
  const differences: string[] = [];
  for (const table of tables) {
    const want = expected.get(table.name)!;
    const got = await summariseTable(dataSource, table);
    if (got.rows !== want.rows) differences.push(`${table.name} has ${got.rows} rows, not ${want.rows}`);
    else if (got.checksum !== want.checksum) differences.push(`${table.name}'s checksum differs`);
  }
  if (differences.length) throw new OperationError(`the copy does not match its source: ${differences.join('; ')}`);
}
