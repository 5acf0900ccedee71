/**
 * Databases for the operations tests, which need both dialects at once: a
 * copy of the SQLite demo database, the MySQL demo database or an empty MySQL
 * database (scratch databases on TEST_MYSQL_URL), and what the tests compare
 * between them (every table's count and checksum, the 2009/10 annual report).
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { admitAggregate, closeAggregates } from '../aggregates/aggregate-admission';
import type { DatabaseConfig } from '../config/config';
import { openDatabase } from '../db/data-source';
import { createScratchMysqlDatabase } from '../db/scratch-mysql-database';
import { generateDemoDataset } from '../demo-data/generate-demo-dataset';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { todayIso } from '../periods/today';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { buildAnnualReport } from '../report/report.service';
import type { AnnualReport } from '../report/report.types';
import { cloneMysqlDatabase, copySqliteFile, mysqlTemplate, sqliteTemplate } from './template-database';
import { templateRun } from './template-run';
import { openSnapshot } from '../operations/database-snapshot';
import { connect, listTables } from '../operations/database-tables';
import type { TableSummary } from '../operations/table-checksum';
import { TableChecksum } from '../operations/table-checksum';

export interface ScratchDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface ScratchDirectory {
  dir: string;
  /** A file in the directory. */
  file(name: string): string;
  /** A SQLite database in the directory (the file is made when first opened). */
  sqlite(name: string): DatabaseConfig;
  drop(): Promise<void>;
}

/** A directory for SQLite files and backups, removed by drop(). */
export function scratchDirectory(): ScratchDirectory {
  const dir = mkdtempSync(join(tmpdir(), 'complaints-ops-'));
  return {
    dir,
    file: (name) => join(dir, name),
    sqlite: (name) => ({ dialect: 'sqlite', path: join(dir, name) }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function mysqlServer(): string {
  const server = process.env.TEST_MYSQL_URL;
  if (!server) throw new Error('these tests need TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/test)');
  return server;
}

/** A copy of the demo database as a SQLite file at `path`. */
export async function sqliteDemo(path: string): Promise<DatabaseConfig> {
  const config: DatabaseConfig = { dialect: 'sqlite', path };
  const run = templateRun();
  if (run) {
    copySqliteFile(await sqliteTemplate(run, 'demo'), path);
    return config;
  }
  const dataSource = await openDatabase(config);
  await ensureReferenceData(dataSource);
  await loadDemoDataset(dataSource, generateDemoDataset());
  await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await dataSource.destroy();
  return config;
}

/** An empty MySQL database (no tables). */
export async function emptyMysql(): Promise<ScratchDatabase> {
  const scratch = await createScratchMysqlDatabase(mysqlServer(), 'ci_ops');
  return { config: { dialect: 'mysql', url: scratch.url }, drop: scratch.drop };
}

/** A MySQL database holding the demo dataset. */
export async function mysqlDemo(): Promise<ScratchDatabase> {
  const scratch = await emptyMysql();
  const run = templateRun();
  if (run) {
    const name = decodeURIComponent(new URL((scratch.config as { url: string }).url).pathname.slice(1));
    await cloneMysqlDatabase(mysqlServer(), await mysqlTemplate(run, mysqlServer(), 'demo'), name);
  } else {
    const dataSource = await openDatabase(scratch.config);
    await ensureReferenceData(dataSource);
    await loadDemoDataset(dataSource, generateDemoDataset());
    await dataSource.destroy();
  }
  return scratch;
}

/** Every copied table's row count and checksum, read as db:copy reads a source. */
export async function tableSummaries(config: DatabaseConfig): Promise<Record<string, TableSummary>> {
  const snapshot = await openSnapshot(config);
  try {
    const summaries: Record<string, TableSummary> = {};
    for (const table of snapshot.tables) {
      const checksum = new TableChecksum(table.columns);
      for await (const rows of snapshot.batches(table)) for (const row of rows) checksum.add(row);
      summaries[table.name] = checksum.summary();
    }
    return summaries;
  } finally {
    await snapshot.close();
  }
}

/** The 2009/10 annual report as the annualReport query builds it. */
export async function annualReport(config: DatabaseConfig): Promise<AnnualReport> {
  const dataSource = await openDatabase(config);
  try {
    const catalog = await loadReferenceCatalog(dataSource.manager);
    return await admitAggregate(dataSource, null, (run) => buildAnnualReport(run, catalog, '2009/10', todayIso()));
  } finally {
    closeAggregates(dataSource);
    await dataSource.destroy();
  }
}

/** Tables in the database (none for a SQLite file that does not exist). */
export async function tableNames(config: DatabaseConfig): Promise<string[]> {
  if (config.dialect === 'sqlite' && !existsSync(config.path)) return [];
  const dataSource = await connect(config, { create: false });
  const runner = dataSource.createQueryRunner();
  try {
    return await listTables(runner);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}
