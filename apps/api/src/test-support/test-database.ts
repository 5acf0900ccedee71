/**
 * Real databases for integration tests, one per test file: a temporary SQLite
 * file, or a scratch database on the MySQL/MariaDB server named by
 * TEST_MYSQL_URL when TEST_DIALECT=mysql. Never a mock.
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
export async function openTestDatabase(): Promise<TestDatabase> {
  const dialect = testDialect();
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'complaints-test-'));
    config = { dialect, path: join(dir, 'test.sqlite') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = process.env.TEST_MYSQL_URL;
    if (!server) throw new Error('TEST_DIALECT=mysql needs TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/test)');
    const scratch = await createScratchMysqlDatabase(server, 'ci_test');
    config = { dialect, url: scratch.url };
    cleanup = scratch.drop;
  }
  const dataSource = await openDatabase(config);
  await ensureReferenceData(dataSource);
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

/** A database holding the demo dataset; tests must only read it. */
export async function openDemoDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase();
  await loadDemoDataset(db.dataSource, generateDemoDataset());
  return db;
}
