/**
 * Template databases, built once per jest run and copied for each test file
 * instead of migrating (and loading the demo dataset) per file. Built lazily by
 * the first worker that needs one, under a lock directory, so a unit-only run
 * builds nothing. SQLite: a file copied per test file. MySQL/MariaDB: a
 * template database cloned into each file's scratch database.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../db/data-source';
import { databaseUrl } from '../db/scratch-mysql-database';
import { generateDemoDataset } from '../demo-data/generate-demo-dataset';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { mysqlTemplateName, type TemplateKind, type TemplateRun } from './template-run';

/** What each template holds beyond the migrated schema. */
async function fill(dataSource: DataSource, kind: TemplateKind): Promise<void> {
  if (kind === 'base') await ensureReferenceData(dataSource);
  else await loadDemoDataset(dataSource, generateDemoDataset());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `build` in exactly one worker of the run; the others wait for it to finish. */
async function buildOnce(run: TemplateRun, name: string, build: () => Promise<void>): Promise<void> {
  const done = join(run.dir, `${name}.done`);
  const failed = join(run.dir, `${name}.failed`);
  if (existsSync(done)) return;
  let mine = false;
  try {
    mkdirSync(join(run.dir, `${name}.lock`));
    mine = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (mine) {
    try {
      await build();
    } catch (error) {
      writeFileSync(failed, String((error as Error)?.stack ?? error));
      throw error;
    }
    writeFileSync(done, '');
    return;
  }
  // Generous: another worker may be loading the demo dataset on a busy machine.
  const deadline = Date.now() + 10 * 60_000;
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`Building the ${name} test template failed in another worker:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another worker to build the ${name} test template`);
    await sleep(50);
  }
}

/** Copies a SQLite database file and its write-ahead log, if any. */
export function copySqliteFile(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/** Closes a SQLite data source with everything written into the main file. */
async function closeSqlite(dataSource: DataSource): Promise<void> {
  await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await dataSource.destroy();
}

/** The path of this run's SQLite template of that kind, built on first use. */
export async function sqliteTemplate(run: TemplateRun, kind: TemplateKind): Promise<string> {
  const path = join(run.dir, `${kind}.sqlite`);
  await buildOnce(run, `sqlite-${kind}`, async () => {
    if (kind === 'demo') copySqliteFile(await sqliteTemplate(run, 'base'), path);
    const dataSource = await openDatabase({ dialect: 'sqlite', path });
    try {
      await fill(dataSource, kind);
    } finally {
      await closeSqlite(dataSource);
    }
  });
  return path;
}

/** The name of this run's MySQL template database of that kind, built on first use. */
export async function mysqlTemplate(run: TemplateRun, serverUrl: string, kind: TemplateKind): Promise<string> {
  const name = mysqlTemplateName(run, kind);
  await buildOnce(run, `mysql-${kind}`, async () => {
    const admin = await createConnection({ uri: serverUrl });
    try {
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    } finally {
      await admin.end();
    }
    if (kind === 'demo') await cloneMysqlDatabase(serverUrl, await mysqlTemplate(run, serverUrl, 'base'), name);
    const dataSource = await openDatabase({ dialect: 'mysql', url: databaseUrl(serverUrl, name) });
    try {
      await fill(dataSource, kind);
    } finally {
      await dataSource.destroy();
    }
  });
  return name;
}

/** Copies every table (structure, rows and auto-increment counters) of database `from` into the empty database `to`. */
export async function cloneMysqlDatabase(serverUrl: string, from: string, to: string): Promise<void> {
  const conn = await createConnection({ uri: databaseUrl(serverUrl, to), multipleStatements: true });
  try {
    const [rows] = await conn.query(`SHOW FULL TABLES FROM \`${from}\` WHERE Table_type = 'BASE TABLE'`);
    const tables = (rows as Array<Record<string, string>>).map((row) => Object.values(row)[0]);
    const [created] = await conn.query(tables.map((table) => `SHOW CREATE TABLE \`${from}\`.\`${table}\``).join(';'));
    const ddl = (tables.length === 1 ? [created] : (created as unknown[])).map((result) => (result as Array<Record<string, string>>)[0]['Create Table']);
    // One round trip. Tables come in any order; their foreign keys were checked in the template, not again here.
    await conn.query(
      [
        'SET FOREIGN_KEY_CHECKS = 0',
        ...ddl,
        ...tables.map((table) => `INSERT INTO \`${table}\` SELECT * FROM \`${from}\`.\`${table}\``),
        'SET FOREIGN_KEY_CHECKS = 1',
      ].join(';\n'),
    );
  } finally {
    await conn.end();
  }
}
