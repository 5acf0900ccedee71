/**
 * db:copy: every table of one database into another, empty one, of either
 * dialect, from one consistent snapshot; then each table is read back and its
 * row count and checksum compared with the source's. Sessions are not copied.
 * If anything fails once writing has begun, the target's tables are dropped again.
 */
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { openSnapshot } from './database-snapshot';
import { clearTables, connect, describeDatabase, dropAllTables, listTables, rowsMigrationsWrite, tablesWithRows } from './database-tables';
import { executedMigrations, knownMigrations, requireCurrentSchema } from './migration-state';
import { OperationError } from './operation-error';
import type { TableSummary } from './table-checksum';
import { loadTable, setCounter, verifyTables } from './table-loader';
import type { TablePlan } from './table-plan';

export interface CopiedTable extends TableSummary {
  name: string;
}

function sameDatabase(a: DatabaseConfig, b: DatabaseConfig): boolean {
  if (a.dialect === 'sqlite' || b.dialect === 'sqlite') return a.dialect === 'sqlite' && b.dialect === 'sqlite' && a.path === b.path;
  const [x, y] = [new URL(a.url), new URL(b.url)];
  return x.hostname === y.hostname && (x.port || '3306') === (y.port || '3306') && x.pathname === y.pathname;
}

/**
 * Opens the target: with no tables, it is migrated here; with tables, it must
 * be at this build's schema with nothing in it beyond what migrations write.
 */
async function openEmptyTarget(config: DatabaseConfig, tables: readonly TablePlan[]): Promise<DataSource> {
  const dataSource = await connect(config, { create: true });
  const runner = dataSource.createQueryRunner();
  try {
    if ((await listTables(runner)).length === 0) {
      await dataSource.runMigrations({ transaction: 'each' });
      return dataSource;
    }
    requireCurrentSchema(await executedMigrations(runner), knownMigrations(dataSource), `the target, ${describeDatabase(config)},`);
    const seeded = await rowsMigrationsWrite(tables);
    const full = (await tablesWithRows(runner, tables)).filter((t) => t.rows > (seeded.get(t.name) ?? 0));
    if (full.length) {
      const shown = full.slice(0, 3).map((t) => `${t.name} has ${t.rows} rows`);
      throw new OperationError(`the target, ${describeDatabase(config)}, is not empty (${shown.join(', ')}${full.length > 3 ? ', …' : ''}); copy only into an empty database`);
    }
    return dataSource;
  } catch (error) {
    await runner.release();
    await dataSource.destroy();
    throw error;
  } finally {
    if (!runner.isReleased) await runner.release();
  }
}

export async function copyDatabase(from: DatabaseConfig, to: DatabaseConfig, log: (line: string) => void = () => undefined): Promise<CopiedTable[]> {
  if (sameDatabase(from, to)) throw new OperationError('the source and the target are the same database');
  const snapshot = await openSnapshot(from);
  try {
    const target = await openEmptyTarget(to, snapshot.tables);
    try {
      const copied: CopiedTable[] = [];
      try {
        await clearTables(target, snapshot.tables);
        for (const table of snapshot.tables) {
          const loaded = await loadTable(target, table, snapshot.batches(table));
          await setCounter(target, table, loaded, snapshot.counters.get(table.name));
          copied.push({ name: table.name, rows: loaded.rows, checksum: loaded.checksum });
          log(`${table.name}: ${loaded.rows} rows`);
        }
        await verifyTables(target, snapshot.tables, new Map(copied.map((t) => [t.name, t])));
      } catch (error) {
        // The target held nothing (checked above): drop everything, leaving an empty database to copy into again.
        await dropAllTables(target).catch(() => undefined);
        throw error;
      }
      log(`checked: ${copied.length} tables read back from the target, every row count and checksum as in the source`);
      return copied;
    } finally {
      await target.destroy();
    }
  } finally {
    await snapshot.close();
  }
}
