/**
 * The benchmark's databases: `bench_trends_<contacts>` on the MariaDB server and
 * `<tmp>/complaints-bench-trends/trends-<contacts>.sqlite`, each built by the real
 * migrations (openDatabase + ensureReferenceData) and then bulk-loaded. They are
 * kept after a run so `--reuse` can skip generation; `--clean` drops them.
 * A metadata file, written only after a complete load, marks a dataset reusable.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../apps/api/src/config/config';
import { openDatabase } from '../../apps/api/src/db/data-source';
import { databaseUrl } from '../../apps/api/src/db/scratch-mysql-database';
import { ensureReferenceData } from '../../apps/api/src/reference/ensure-reference-data';
import { ContactGenerator, GENERATOR_VERSION } from './dataset';
import { insertCouncilReferenceData, loadContacts, type LoadCounts } from './load-dataset';
import type { BenchOptions, Dialect } from './options';

export const MYSQL_PREFIX = 'bench_trends_';

export interface DatasetMeta {
  version: number;
  dialect: Dialect;
  contacts: number;
  councils: number;
  divisions: number;
  serviceAreas: number;
  counts: LoadCounts;
  /** Generating the rows and loading them (they stream together). */
  loadSeconds: number;
  generatedAt: string;
}

function metaPath(options: BenchOptions, dialect: Dialect) {
  return join(options.workDir, `${dialect}-${options.contacts}.meta.json`);
}

export function databaseConfig(options: BenchOptions, dialect: Dialect): DatabaseConfig {
  return dialect === 'sqlite'
    ? { dialect, path: join(options.workDir, `trends-${options.contacts}.sqlite`) }
    : { dialect, url: databaseUrl(options.mysqlUrl, `${MYSQL_PREFIX}${options.contacts}`) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<unknown> {
  const connection = await createConnection({ uri: serverUrl });
  try {
    return (await connection.query(sql))[0];
  } finally {
    await connection.end();
  }
}

async function dropDatabase(options: BenchOptions, dialect: Dialect): Promise<void> {
  rmSync(metaPath(options, dialect), { force: true });
  const config = databaseConfig(options, dialect);
  if (config.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(config.path + suffix, { force: true });
  } else {
    await adminQuery(options.mysqlUrl, `DROP DATABASE IF EXISTS \`${MYSQL_PREFIX}${options.contacts}\``);
  }
}

/** Whether the dataset the metadata describes is still there (someone may have dropped the database or deleted the file). */
async function datasetExists(options: BenchOptions, config: DatabaseConfig): Promise<boolean> {
  if (config.dialect === 'sqlite') return existsSync(config.path);
  const rows = (await adminQuery(options.mysqlUrl, `SHOW DATABASES LIKE '${MYSQL_PREFIX}${options.contacts}'`)) as unknown[];
  return rows.length > 0;
}

/** Opens the dataset (migrating it to the current schema), generating it first unless a complete one may be reused. */
export async function openBenchDatabase(
  options: BenchOptions,
  dialect: Dialect,
  log: (line: string) => void,
): Promise<{ dataSource: DataSource; config: DatabaseConfig; meta: DatasetMeta; reused: boolean }> {
  mkdirSync(options.workDir, { recursive: true });
  const config = databaseConfig(options, dialect);
  const metaFile = metaPath(options, dialect);
  if (options.reuse && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta;
    if (meta.version === GENERATOR_VERSION && meta.contacts === options.contacts && (await datasetExists(options, config))) {
      const dataSource = await openDatabase(config);
      await ensureReferenceData(dataSource);
      const [{ n }] = await dataSource.query('SELECT COUNT(*) AS n FROM contact');
      if (Number(n) === meta.contacts) return { dataSource, config, meta, reused: true };
      log(`${dialect}: the kept dataset has ${n} contacts, not ${meta.contacts}; generating it again`);
      await dataSource.destroy();
    }
  }

  await dropDatabase(options, dialect);
  if (config.dialect === 'mysql') {
    await adminQuery(options.mysqlUrl, `CREATE DATABASE \`${MYSQL_PREFIX}${options.contacts}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  const started = performance.now();
  let dataSource = await openDatabase(config);
  await ensureReferenceData(dataSource);
  const generator = new ContactGenerator(options.contacts);
  const ids = await insertCouncilReferenceData(dataSource, generator.councils);
  const step = Math.max(100_000, Math.round(options.contacts / 10 / 25_000) * 25_000);
  const counts = await loadContacts(dataSource, generator, ids, (done) => {
    if (done % step === 0 || done === options.contacts) {
      log(`${dialect}: ${done.toLocaleString('en-GB')} contacts loaded (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  const meta: DatasetMeta = {
    version: GENERATOR_VERSION,
    dialect,
    contacts: counts.contacts,
    councils: generator.councils.length,
    divisions: generator.councils.reduce((n, c) => n + c.divisions.length, 0),
    serviceAreas: generator.councils.reduce((n, c) => n + c.serviceAreas.length, 0),
    counts,
    loadSeconds: Math.round((performance.now() - started) / 100) / 10,
    generatedAt: new Date().toISOString(),
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  // Time the queries on a fresh connection, as the API would open it.
  await dataSource.destroy();
  dataSource = await openDatabase(config);
  return { dataSource, config, meta, reused: false };
}

/** Drops every kept benchmark dataset (any size) and the work directory. */
export async function cleanBenchDatabases(options: BenchOptions, log: (line: string) => void): Promise<void> {
  if (options.dialects.includes('mysql')) {
    const databases = (await adminQuery(options.mysqlUrl, `SHOW DATABASES LIKE '${MYSQL_PREFIX}%'`)) as Array<Record<string, string>>;
    for (const row of databases) {
      const name = Object.values(row)[0];
      await adminQuery(options.mysqlUrl, `DROP DATABASE IF EXISTS \`${name}\``);
      log(`dropped MariaDB database ${name}`);
    }
  }
  if (existsSync(options.workDir)) {
    log(`removed ${options.workDir} (${readdirSync(options.workDir).length} files)`);
    rmSync(options.workDir, { recursive: true, force: true });
  }
}
