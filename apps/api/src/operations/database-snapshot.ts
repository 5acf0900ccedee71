/**
 * A consistent, read-only view of a source database while the API keeps
 * serving from it. SQLite: the online backup API copies the file, in one
 * step, into a temporary file, which is then read at leisure. MySQL/MariaDB: one connection holding
 * START TRANSACTION WITH CONSISTENT SNAPSHOT (InnoDB's repeatable read) for all its reads.
 * Either way the source must be at exactly this build's schema.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { DataSource, QueryRunner } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { autoIncrementCounters, connect, describeDatabase } from './database-tables';
import { executedMigrations, knownMigrations, requireCurrentSchema } from './migration-state';
import { OperationError } from './operation-error';
import { readBatches, type Row } from './table-reader';
import { planTables, type TablePlan } from './table-plan';

export interface Snapshot {
  dialect: DatabaseConfig['dialect'];
  tables: TablePlan[];
  /** The source's last migration (this build's latest). */
  migration: string;
  /** Each table's auto-increment counter as the source keeps it (the next id it would give). */
  counters: Map<string, number>;
  batches(table: TablePlan): AsyncGenerator<Row[]>;
  close(): Promise<void>;
}

async function sqliteCopy(path: string): Promise<{ path: string; remove(): void }> {
  if (!existsSync(path)) throw new OperationError(`there is no SQLite database at ${path}`);
  const dir = mkdtempSync(join(tmpdir(), 'complaints-snapshot-'));
  const copy = join(dir, 'snapshot.sqlite');
  let source: Database.Database;
  try {
    source = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new OperationError(`cannot open the SQLite file ${path}: ${(error as Error).message}`);
  }
  try {
    // All remaining pages in one step: copied page by page, a backup restarts whenever another connection
    // writes between steps, and under steady writes would never finish. One step holds the read lock
    // throughout, so the copy is one consistent moment (WAL: the API's writers are not blocked).
    await source.backup(copy, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new OperationError(`cannot take a snapshot of the SQLite file ${path}: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  return { path: copy, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function snapshotOf(dataSource: DataSource, runner: QueryRunner, config: DatabaseConfig, close: () => Promise<void>): Promise<Snapshot> {
  const migration = requireCurrentSchema(await executedMigrations(runner), knownMigrations(dataSource), describeDatabase(config));
  return {
    dialect: config.dialect,
    tables: planTables(dataSource),
    migration,
    counters: await autoIncrementCounters(runner),
    batches: (table) => readBatches(runner, table),
    close,
  };
}

export async function openSnapshot(config: DatabaseConfig): Promise<Snapshot> {
  if (config.dialect === 'sqlite') {
    const copy = await sqliteCopy(config.path);
    let dataSource: DataSource | null = null;
    try {
      dataSource = await connect({ dialect: 'sqlite', path: copy.path }, { create: false });
      const runner = dataSource.createQueryRunner();
      const opened = dataSource;
      return await snapshotOf(opened, runner, config, async () => {
        await runner.release();
        await opened.destroy();
        copy.remove();
      });
    } catch (error) {
      await dataSource?.destroy();
      copy.remove();
      throw error;
    }
  }
  const dataSource = await connect(config, { create: false });
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    return await snapshotOf(dataSource, runner, config, async () => {
      await runner.query('COMMIT').catch(() => undefined);
      await runner.release();
      await dataSource.destroy();
    });
  } catch (error) {
    await runner.release().catch(() => undefined);
    await dataSource.destroy();
    throw error;
  }
}
