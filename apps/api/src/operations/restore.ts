/**
 * db:restore: a backup file into a database with no tables, of either dialect.
 * The whole file is read and checked first (complete, unaltered, every table's
 * count and checksum as its header says), so a damaged file writes nothing.
 * Then the target is migrated to the backup's schema, each table loaded in
 * one transaction in foreign-key order, counters set, everything read back
 * and checked, and any later migrations run. If loading fails, every table is
 * dropped again, leaving the target as it was.
 */
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { openDatabase } from '../db/data-source';
import { authenticate, bodyRecords, openBackupFile, checkKey, BackupFileError, type BackupHeader, type BackupTable, type OpenedBackup } from './backup-file';
import { clearTables, connect, describeDatabase, dropAllTables, listTables } from './database-tables';
import { OperationError } from './operation-error';
import { TableChecksum } from './table-checksum';
import { loadTable, setCounter, verifyTables } from './table-loader';
import type { Row } from './table-reader';

const BATCH_ROWS = 500;

/** The file's tables in order, each with its rows in batches (read each table's batches before asking for the next table). */
export async function* backupTables(backup: OpenedBackup, key: Buffer | null): AsyncGenerator<{ table: BackupTable; batches: AsyncGenerator<Row[]> }> {
  const damaged = (why: string) => new BackupFileError(`${backup.path} is not a usable backup: ${why}; nothing was restored`);
  const records = bodyRecords(backup, key);
  let next = await records.next();
  for (const table of backup.header.tables) {
    if (next.done || next.value.kind !== 'table' || next.value.name !== table.name) throw damaged(`its data does not follow its header (table ${table.name} is missing or out of place)`);
    next = await records.next();
    async function* batches(): AsyncGenerator<Row[]> {
      let batch: Row[] = [];
      while (!next.done && next.value.kind === 'row') {
        if (next.value.values.length !== table.columns.length) throw damaged(`a row of ${table.name} has ${next.value.values.length} values, not ${table.columns.length}`);
        batch.push(next.value.values);
        if (batch.length === BATCH_ROWS) {
          yield batch;
          batch = [];
        }
        next = await records.next();
      }
      if (batch.length) yield batch;
    }
    yield { table, batches: batches() };
  }
  if (next.done || next.value.kind !== 'end') throw damaged('it is incomplete (cut short)');
  // Reading on to the end of the stream is what checks the gzip trailer and the encryption's tag.
  next = await records.next();
  if (!next.done) throw damaged('it has data after its end');
}

/** Reads the whole file, checking its encryption's tag, then each table's count and checksum against the header; writes nothing. */
export async function verifyBackupFile(backup: OpenedBackup, key: Buffer | null): Promise<void> {
  await authenticate(backup, key);
  for await (const { table, batches } of backupTables(backup, key)) {
    const checksum = new TableChecksum(table.columns);
    for await (const rows of batches) for (const row of rows) checksum.add(row);
    const got = checksum.summary();
    if (got.rows !== table.rows) throw new BackupFileError(`${backup.path} is not a usable backup: table ${table.name} holds ${got.rows} rows where its header says ${table.rows}; nothing was restored`);
    if (got.checksum !== table.checksum) throw new BackupFileError(`${backup.path} is not a usable backup: table ${table.name} does not match its checksum (altered?); nothing was restored`);
  }
}

type MigrationClass = new () => MigrationInterface;

/** The data source with only the migrations up to the backup's, so the rows go into the schema they came from. */
function migratingUpTo(last: string): (base: DataSource) => DataSource {
  return (base) => {
    const all = (base.options.migrations ?? []) as MigrationClass[];
    const at = all.findIndex((m) => (new m().name ?? m.name) === last);
    if (at < 0) throw new OperationError(`the backup's schema (migration ${last}) is not one this version knows: restore it with the version that wrote it, or a newer one; nothing was restored`);
    return new DataSource({ ...base.options, migrations: all.slice(0, at + 1) } as DataSourceOptions);
  };
}

export async function restoreDatabase(path: string, to: DatabaseConfig, key: Buffer | null, log: (line: string) => void = () => undefined): Promise<BackupHeader> {
  const backup = await openBackupFile(path);
  const { header } = backup;
  checkKey(backup, key);
  await verifyBackupFile(backup, key);
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  log(`checked ${path}: complete${header.encryption ? ', authenticated' : ''}, ${header.tables.length} tables and ${rows} rows as its header says`);

  const target = await connect(to, { create: true }, migratingUpTo(header.migration));
  let latest: string;
  try {
    const runner = target.createQueryRunner();
    const existing = await listTables(runner).finally(() => runner.release());
    if (existing.length) {
      throw new OperationError(
        `${describeDatabase(to)} has tables (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); restore only into a database with no tables; nothing was restored`,
      );
    }
    try {
      await target.runMigrations({ transaction: 'each' });
      await clearTables(target, header.tables);
      for await (const { table, batches } of backupTables(backup, key)) {
        const loaded = await loadTable(target, table, batches);
        await setCounter(target, table, loaded, table.nextId ?? undefined);
        log(`${table.name}: ${loaded.rows} rows`);
      }
      await verifyTables(target, header.tables, new Map(header.tables.map((t) => [t.name, t])));
    } catch (error) {
      await dropAllTables(target).catch(() => undefined);
      if (error instanceof BackupFileError || error instanceof OperationError) throw error;
      throw new OperationError(`could not restore ${path} into ${describeDatabase(to)} (${(error as Error).message.split('\n')[0]}); its tables were dropped again, nothing was restored`);
    }
    log(`checked: ${header.tables.length} tables read back, every row count and checksum as in the backup`);
    latest = (target.migrations.at(-1)?.name ?? header.migration);
  } finally {
    await target.destroy();
  }
  // A backup from an earlier version: bring its data up to this version's schema, as the API would on start.
  const upgraded = await openDatabase(to);
  const current = upgraded.migrations.at(-1)?.name;
  await upgraded.destroy();
  if (current && current !== latest) log(`upgraded the schema from ${latest} to ${current}`);
  return header;
}
