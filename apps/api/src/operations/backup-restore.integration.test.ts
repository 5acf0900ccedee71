/**
 * db:backup and db:restore: a backup taken from either dialect restores into
 * the other with the same row counts, checksums and 2009/10 report; a
 * tampered or truncated file, or a target that has tables, is refused with a
 * clear message and nothing written. On SQLite: SQLite → SQLite. On MySQL
 * (TEST_DIALECT=mysql): MariaDB → SQLite and SQLite → MariaDB.
 */
import { randomBytes } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { gunzipSync, gzipSync } from 'zlib';
import type { DatabaseConfig } from '../config/config';
import { createDataSource, openDatabase } from '../db/data-source';
import { inTransaction } from '../db/transaction';
import { testDialect } from '../test-support/test-database';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';
import { annualReport, emptyMysql, mysqlDemo, scratchDirectory, sqliteDemo, type ScratchDirectory, tableNames, tableSummaries, type ScratchDatabase } from '../test-support/operations-databases';
import { planTables } from './table-plan';

const onMysql = testDialect() === 'mysql';
const KEY = randomBytes(32);
let files: ScratchDirectory;
const scratch: ScratchDatabase[] = [];

beforeAll(() => {
  files = scratchDirectory();
});
afterAll(async () => {
  for (const db of scratch) await db.drop();
  await files?.drop();
});

/**
 * Backs up `source` while another connection (as the API would) keeps adding
 * rows to it; the backup holds a consistent moment: between the counts before
 * and after, and its own checks pass on restore.
 */
async function backupWhileWriting(source: DatabaseConfig, file: string, target: DatabaseConfig): Promise<void> {
  const api = await openDatabase(source);
  const count = async () => Number((await api.query('SELECT COUNT(*) AS n FROM reference_sequence'))[0].n);
  const before = await count();
  let writing = true;
  let written = 0;
  const writer = (async () => {
    while (writing) {
      await inTransaction(api, (m) => m.query('INSERT INTO reference_sequence (prefix, lastValue) VALUES (?, 1)', [`LIVE/${written}/`]));
      written += 1;
      // better-sqlite3 answers synchronously: without a turn of the event loop this loop would never let the backup run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    await backupDatabase(source, file, KEY);
  } finally {
    writing = false;
    await writer;
  }
  const after = await count();
  await api.destroy();
  expect(written).toBeGreaterThan(0);
  const header = await restoreDatabase(file, target, KEY);
  const saved = header.tables.find((t) => t.name === 'reference_sequence')!.rows;
  expect(saved).toBeGreaterThanOrEqual(before);
  expect(saved).toBeLessThanOrEqual(after);
  expect((await tableSummaries(target)).reference_sequence!.rows).toBe(saved);
}

/** The body after the header line, for tampering with. */
function split(path: string): { header: Buffer; body: Buffer } {
  const raw = readFileSync(path);
  const end = raw.indexOf(0x0a) + 1;
  return { header: raw.subarray(0, end), body: raw.subarray(end) };
}

(onMysql ? describe.skip : describe)('db:backup and db:restore on SQLite', () => {
  let backup: string;
  let plain: string;
  let source: Awaited<ReturnType<typeof sqliteDemo>>;

  beforeAll(async () => {
    source = await sqliteDemo(files.file('demo.sqlite'));
    backup = files.file('encrypted.backup');
    plain = files.file('plain.backup');
    await backupDatabase(source, backup, KEY);
    await backupDatabase(source, plain, null);
  });

  it('restores an encrypted backup into a new file: every table and the report as in the source, no sessions', async () => {
    const target = files.sqlite('restored.sqlite');
    const header = await restoreDatabase(backup, target, KEY);
    expect(header.encryption?.algorithm).toBe('aes-256-gcm');
    expect(header.tables.map((t) => t.name)).not.toContain('session');
    expect(await tableSummaries(target)).toEqual(await tableSummaries(source));
    expect(await annualReport(target)).toEqual(await annualReport(source));
  });

  it('writes a file that names its format, schema and tables in the clear, and no personal data', async () => {
    const { header, body } = split(backup);
    const parsed = JSON.parse(header.toString());
    expect(parsed).toMatchObject({ format: 'complaints-insight-backup', formatVersion: 1, source: { dialect: 'sqlite' }, compression: 'gzip' });
    expect(parsed.tables.find((t: { name: string }) => t.name === 'contact').rows).toBeGreaterThan(500);
    expect(readFileSync(backup).includes('admin@demo.example')).toBe(false);
    expect(body.length).toBeGreaterThan(1000);
    // Unencrypted, the body is plain gzip'd NDJSON.
    expect(gunzipSync(split(plain).body).toString()).toContain('admin@demo.example');
  });

  it('backs up a consistent moment while the API keeps writing', async () => {
    const live = await sqliteDemo(files.file('live.sqlite'));
    await backupWhileWriting(live, files.file('live.backup'), files.sqlite('live-restored.sqlite'));
  });

  it('never overwrites a file', async () => {
    await expect(backupDatabase(source, backup, KEY)).rejects.toThrow(/already exists/);
  });

  const refusals: Array<[string, (path: string) => void, RegExp]> = [
    ['a flipped bit', (p) => { const raw = readFileSync(p); raw[raw.length >> 1]! ^= 1; writeFileSync(p, raw); }, /altered or cut short/],
    ['a cut-off end', (p) => writeFileSync(p, readFileSync(p).subarray(0, -200)), /altered or cut short/],
    ['a changed header', (p) => writeFileSync(p, Buffer.from(readFileSync(p).toString('latin1').replace(/"rows":(\d+)/, (_, n) => `"rows":${Number(n) + 1}`), 'latin1')), /altered or cut short/],
    ['only the header', (p) => writeFileSync(p, split(p).header), /incomplete/],
  ];
  it.each(refusals)('refuses an encrypted file with %s, writing nothing', async (_what, damage, message) => {
    const copy = files.file(`damaged-${Math.random().toString(36).slice(2)}.backup`);
    writeFileSync(copy, readFileSync(backup));
    damage(copy);
    const target = files.sqlite(`never-${Math.random().toString(36).slice(2)}.sqlite`);
    await expect(restoreDatabase(copy, target, KEY)).rejects.toThrow(message);
    await expect(restoreDatabase(copy, target, KEY)).rejects.toThrow(/nothing was restored/);
    expect(await tableNames(target)).toEqual([]);
  });

  it('refuses an unencrypted file whose rows were changed, or which is cut short, writing nothing', async () => {
    const { header, body } = split(plain);
    const edited = files.file('edited.backup');
    writeFileSync(edited, Buffer.concat([header, gzipSync(Buffer.from(gunzipSync(body).toString().replace('admin@demo.example', 'evil@demo.example')))]));
    const cut = files.file('cut.backup');
    writeFileSync(cut, readFileSync(plain).subarray(0, -10));
    const target = files.sqlite('never-plain.sqlite');
    await expect(restoreDatabase(edited, target, null)).rejects.toThrow(/app_user does not match its checksum/);
    await expect(restoreDatabase(cut, target, null)).rejects.toThrow(/incomplete \(cut short\)/);
    expect(await tableNames(target)).toEqual([]);
  });

  it('refuses an encrypted file without its key, or with another', async () => {
    const target = files.sqlite('never-key.sqlite');
    await expect(restoreDatabase(backup, target, null)).rejects.toThrow(/is encrypted: set BACKUP_KEY/);
    await expect(restoreDatabase(backup, target, randomBytes(32))).rejects.toThrow(/written with another key/);
    await expect(restoreDatabase(files.file('demo.sqlite'), target, null)).rejects.toThrow(/not a Complaints Insight backup/);
    expect(await tableNames(target)).toEqual([]);
  });

  it('refuses a target that has tables, leaving it as it was', async () => {
    const other = await sqliteDemo(files.file('other.sqlite'));
    const before = await tableSummaries(other);
    await expect(restoreDatabase(backup, other, KEY)).rejects.toThrow(/has tables .*restore only into a database with no tables/);
    expect(await tableSummaries(other)).toEqual(before);
  });
});

(onMysql ? describe : describe.skip)('db:backup and db:restore between MariaDB and SQLite', () => {
  // Each test copies the whole demo dataset between the two engines: seconds on a quiet machine, past a
  // minute under CI's three lanes on two cores.
  jest.setTimeout(240_000);
  it('plans the same tables and columns from either dialect, so checksums compare', async () => {
    const sqlite = await createDataSource({ dialect: 'sqlite', path: ':memory:' });
    const mysql = await createDataSource({ dialect: 'mysql', url: process.env.TEST_MYSQL_URL! });
    await sqlite.initialize();
    await mysql.initialize();
    try {
      expect(planTables(mysql)).toEqual(planTables(sqlite));
    } finally {
      await sqlite.destroy();
      await mysql.destroy();
    }
  });

  it('backs up from MariaDB and restores into SQLite: same counts, checksums and report', async () => {
    const source = await mysqlDemo();
    scratch.push(source);
    const file = files.file('from-mysql.backup');
    const header = await backupDatabase(source.config, file, KEY);
    expect(header.source.dialect).toBe('mysql');
    const target = files.sqlite('from-mysql.sqlite');
    await restoreDatabase(file, target, KEY);
    expect(await tableSummaries(target)).toEqual(await tableSummaries(source.config));
    expect(await annualReport(target)).toEqual(await annualReport(source.config));
  });

  it('backs up from SQLite and restores into MariaDB: same counts, checksums and report', async () => {
    const source = await sqliteDemo(files.file('demo.sqlite'));
    const file = files.file('from-sqlite.backup');
    await backupDatabase(source, file, null);
    const target = await emptyMysql();
    scratch.push(target);
    await restoreDatabase(file, target.config, null);
    expect(await tableSummaries(target.config)).toEqual(await tableSummaries(source));
    expect(await annualReport(target.config)).toEqual(await annualReport(source));
  });

  it('backs up a consistent moment of MariaDB while the API keeps writing', async () => {
    const live = await mysqlDemo();
    scratch.push(live);
    const target = await emptyMysql();
    scratch.push(target);
    await backupWhileWriting(live.config, files.file('live-mysql.backup'), target.config);
  });

  it('refuses a tampered or truncated file, and a MariaDB database that has tables, writing nothing', async () => {
    const source = await sqliteDemo(files.file('demo2.sqlite'));
    const file = files.file('to-tamper.backup');
    await backupDatabase(source, file, KEY);
    const tampered = files.file('tampered.backup');
    const raw = readFileSync(file);
    raw[raw.length - 300]! ^= 0x20;
    writeFileSync(tampered, raw);
    const truncated = files.file('truncated.backup');
    writeFileSync(truncated, readFileSync(file).subarray(0, readFileSync(file).length >> 1));

    const target = await emptyMysql();
    scratch.push(target);
    await expect(restoreDatabase(tampered, target.config, KEY)).rejects.toThrow(/altered or cut short.*nothing was restored/);
    await expect(restoreDatabase(truncated, target.config, KEY)).rejects.toThrow(/nothing was restored/);
    expect(await tableNames(target.config)).toEqual([]);

    await restoreDatabase(file, target.config, KEY);
    const before = await tableSummaries(target.config);
    await expect(restoreDatabase(file, target.config, KEY)).rejects.toThrow(/has tables/);
    expect(await tableSummaries(target.config)).toEqual(before);
  });
});
