/**
 * Real databases for integration tests, one per test file: a temporary SQLite
 * file, or a scratch database on the MySQL/MariaDB server named by
 * TEST_MYSQL_URL when TEST_DIALECT=mysql, each a copy of a template migrated
 * once per jest run. Never a mock.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { openDatabase } from '../db/data-source';
import { createScratchMysqlDatabase } from '../db/scratch-mysql-database';
import { generateDemoDataset } from '../demo-data/generate-demo-dataset';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { cloneMysqlDatabase, copySqliteFile, mysqlTemplate, sqliteTemplate } from './template-database';
import { templateRun, type TemplateKind } from './template-run';

export type Dialect = 'sqlite' | 'mysql';

export function testDialect(): Dialect {
  const dialect = process.env.TEST_DIALECT ?? 'sqlite';
  if (dialect !== 'sqlite' && dialect !== 'mysql') throw new Error(`TEST_DIALECT must be sqlite or mysql, not '${dialect}'`);
  return dialect;
}

export interface TestDatabase {
  dialect: Dialect;
  config: DatabaseConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** An empty, migrated database with the standard reference data. */
export function openTestDatabase(): Promise<TestDatabase> {
  return openCopyOf('base');
}

/** A database holding the demo dataset; tests must only read it. */
export function openDemoDatabase(): Promise<TestDatabase> {
  return openCopyOf('demo');
}

/**
 * A scratch database for one test file, copied from this run's template of that
 * kind (see template-database.ts); outside a jest run with the templates'
 * globalSetup, migrated and filled here instead.
 */
async function openCopyOf(kind: TemplateKind): Promise<TestDatabase> {
  const dialect = testDialect();
  const run = templateRun();
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'complaints-test-'));
    config = { dialect, path: join(dir, 'test.sqlite') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    if (run) copySqliteFile(await sqliteTemplate(run, kind), config.path);
  } else {
    const server = process.env.TEST_MYSQL_URL;
    if (!server) throw new Error('TEST_DIALECT=mysql needs TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/test)');
    const scratch = await createScratchMysqlDatabase(server, 'ci_test');
    config = { dialect, url: scratch.url };
    cleanup = scratch.drop;
    if (run) await cloneMysqlDatabase(server, await mysqlTemplate(run, server, kind), new URL(scratch.url).pathname.slice(1));
  }
  // On a copy this only confirms that no migration is pending.
  const dataSource = await openDatabase(config);
  if (!run) {
    await ensureReferenceData(dataSource);
    if (kind === 'demo') await loadDemoDataset(dataSource, generateDemoDataset());
  }
  return {
    dialect,
    config,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await cleanup();
    },
  };
}
