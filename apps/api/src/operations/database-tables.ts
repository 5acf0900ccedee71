/**
 * The few things the copy, backup and restore tools do to a database beyond
 * reading rows, written once per dialect: open it, list and drop its tables,
 * insert batches of rows, and read or set auto-increment counters.
 */
import { existsSync } from 'fs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { createDataSource } from '../db/data-source';
import { databaseValue, type CanonicalValue } from './canonical-value';
import { OperationError } from './operation-error';
import type { TablePlan } from './table-plan';

export type Dialect = DatabaseConfig['dialect'];

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

/** "the SQLite file data/x.sqlite" or "the MySQL database complaints on db:3306", never with a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.dialect === 'sqlite') return `the SQLite file ${config.path}`;
  const url = new URL(config.url);
  return `the MySQL database ${decodeURIComponent(url.pathname.slice(1))} on ${url.host}`;
}

/** Connects without running migrations. A SQLite file must exist unless `create` says it may be made. */
export async function connect(config: DatabaseConfig, options: { create: boolean }, adjust?: (dataSource: DataSource) => DataSource): Promise<DataSource> {
  if (config.dialect === 'sqlite' && !options.create && !existsSync(config.path)) {
    throw new OperationError(`there is no SQLite database at ${config.path}`);
  }
  try {
    const base = await createDataSource(config);
    const dataSource = adjust ? adjust(base) : base;
    await dataSource.initialize();
    return dataSource;
  } catch (error) {
    if (error instanceof OperationError) throw error;
    const e = error as { code?: string; message?: string };
    throw new OperationError(`cannot open ${describeDatabase(config)}: ${e.code ?? e.message ?? String(error)}`);
  }
}

/** Every table and view in the database, the migrations table included. */
export async function listTables(runner: QueryRunner): Promise<string[]> {
  const rows: Array<{ name: string }> =
    dialectOf(runner.connection) === 'sqlite'
      ? await runner.query(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`)
      : await runner.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()');
  return rows.map((r) => r.name).sort();
}

/** Leaves the database with no tables at all, as before a restore that failed half way. */
export async function dropAllTables(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const sqlite = dialectOf(dataSource) === 'sqlite';
  try {
    await runner.query(sqlite ? 'PRAGMA foreign_keys = OFF' : 'SET FOREIGN_KEY_CHECKS = 0');
    const views: Array<{ name: string }> = sqlite
      ? await runner.query(`SELECT name FROM sqlite_master WHERE type = 'view'`)
      : await runner.query(`SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'VIEW'`);
    for (const { name } of views) await runner.query(`DROP VIEW ${dataSource.driver.escape(name)}`);
    for (const name of await listTables(runner)) await runner.query(`DROP TABLE ${dataSource.driver.escape(name)}`);
    if (sqlite) await runner.query('DELETE FROM sqlite_sequence').catch(() => undefined);
  } finally {
    await runner.query(sqlite ? 'PRAGMA foreign_keys = ON' : 'SET FOREIGN_KEY_CHECKS = 1').catch(() => undefined);
    await runner.release();
  }
}

/** Tables among `tables` that hold rows, with their counts. */
export async function tablesWithRows(runner: QueryRunner, tables: readonly TablePlan[]): Promise<Array<{ name: string; rows: number }>> {
  const found: Array<{ name: string; rows: number }> = [];
  for (const table of tables) {
    const [row] = await runner.query(`SELECT COUNT(*) AS n FROM ${runner.connection.driver.escape(table.name)}`);
    if (Number(row.n) > 0) found.push({ name: table.name, rows: Number(row.n) });
  }
  return found;
}

/** Deletes every row of these tables, dependants first: the rows migrations write (e.g. data_version's), before a load replaces them. */
export async function clearTables(dataSource: DataSource, tables: readonly TablePlan[]): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    for (const table of [...tables].reverse()) await runner.query(`DELETE FROM ${dataSource.driver.escape(table.name)}`);
  } finally {
    await runner.release();
  }
}

/**
 * How many rows a freshly migrated database holds in each table (migrations
 * may write some, e.g. data_version's counters): a target holding no more is
 * empty. Measured on an in-memory SQLite database; the MySQL migrations write the same rows.
 */
export async function rowsMigrationsWrite(tables: readonly TablePlan[]): Promise<Map<string, number>> {
  const dataSource = await createDataSource({ dialect: 'sqlite', path: ':memory:' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    const runner = dataSource.createQueryRunner();
    try {
      return new Map((await tablesWithRows(runner, tables)).map((t) => [t.name, t.rows]));
    } finally {
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Rows per INSERT: under SQLite's 32,766 parameters, and small enough for MySQL's packet limit. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 500;
const MAX_BYTES_PER_INSERT = 4 * 1024 * 1024;

function roughBytes(row: readonly CanonicalValue[]): number {
  return row.reduce<number>((sum, v) => sum + (typeof v === 'string' ? v.length : 8), 0);
}

/** Inserts rows (canonical values in the table's column order) with as few statements as the limits allow. */
export async function insertRows(runner: QueryRunner, table: TablePlan, rows: readonly (readonly CanonicalValue[])[]): Promise<void> {
  const dialect = dialectOf(runner.connection);
  const q = (name: string) => runner.connection.driver.escape(name);
  const head = `INSERT INTO ${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) VALUES `;
  const placeholders = `(${table.columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / table.columns.length)));
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && end - start < perStatement && (end === start || bytes < MAX_BYTES_PER_INSERT)) {
      bytes += roughBytes(rows[end]!);
      end += 1;
    }
    const batch = rows.slice(start, end);
    const parameters = batch.flatMap((row) => table.columns.map((column, i) => databaseValue(column, row[i] ?? null, dialect)));
    await runner.query(head + batch.map(() => placeholders).join(', '), parameters);
    start = end;
  }
}

/** The next value of each table's auto-increment counter (only counters the database keeps). */
export async function autoIncrementCounters(runner: QueryRunner): Promise<Map<string, number>> {
  if (dialectOf(runner.connection) === 'sqlite') {
    if (!(await runner.hasTable('sqlite_sequence'))) return new Map();
    const rows: Array<{ name: string; seq: number }> = await runner.query('SELECT name, seq FROM sqlite_sequence');
    return new Map(rows.map((r) => [r.name, Number(r.seq) + 1]));
  }
  // MySQL 8 caches these figures for a day unless told not to; MariaDB has no such setting.
  await runner.query('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
  const rows: Array<{ name: string; next: number | null }> = await runner.query(
    'SELECT TABLE_NAME AS name, AUTO_INCREMENT AS next FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
  );
  return new Map(rows.filter((r) => r.next !== null).map((r) => [r.name, Number(r.next)]));
}

/** Sets a table's counter so that the next row it numbers gets `next`. */
export async function setNextId(runner: QueryRunner, table: string, next: number): Promise<void> {
  if (dialectOf(runner.connection) === 'sqlite') {
    await runner.query('DELETE FROM sqlite_sequence WHERE name = ?', [table]);
    await runner.query('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)', [table, next - 1]);
  } else {
    await runner.query(`ALTER TABLE ${runner.connection.driver.escape(table)} AUTO_INCREMENT = ${Math.trunc(next)}`);
  }
}
