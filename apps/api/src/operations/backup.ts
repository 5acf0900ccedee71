/**
 * db:backup: every table of a database (sessions aside) into one backup file,
 * from a consistent snapshot while the API keeps serving. The snapshot is read
 * twice: once for the header's counts and checksums, once for the rows, which
 * are checked against the first reading as they are written. The file is
 * written under a temporary name and renamed only when complete.
 */
import { existsSync } from 'fs';
import { rename, rm } from 'fs/promises';
import type { DatabaseConfig } from '../config/config';
import { writeBackupFile, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTable } from './backup-file';
import { openSnapshot, type Snapshot } from './database-snapshot';
import { OperationError } from './operation-error';
import { TableChecksum } from './table-checksum';

async function describeTables(snapshot: Snapshot): Promise<BackupTable[]> {
  const tables: BackupTable[] = [];
  for (const table of snapshot.tables) {
    const checksum = new TableChecksum(table.columns);
    const idAt = table.autoIncrement ? table.columns.findIndex((c) => c.name === table.autoIncrement) : -1;
    let maxId = 0;
    for await (const rows of snapshot.batches(table)) {
      for (const row of rows) {
        checksum.add(row);
        if (idAt >= 0 && typeof row[idAt] === 'number') maxId = Math.max(maxId, row[idAt] as number);
      }
    }
    const nextId = table.autoIncrement ? Math.max(snapshot.counters.get(table.name) ?? 1, maxId + 1) : null;
    tables.push({ ...table, ...checksum.summary(), nextId });
  }
  return tables;
}

async function* bodyLines(snapshot: Snapshot, tables: readonly BackupTable[]): AsyncGenerator<string> {
  for (const [i, table] of tables.entries()) {
    yield `${JSON.stringify({ table: table.name })}\n`;
    const checksum = new TableChecksum(table.columns);
    for await (const rows of snapshot.batches(snapshot.tables[i]!)) {
      for (const row of rows) checksum.add(row);
      yield `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
    }
    const { rows, checksum: digest } = checksum.summary();
    // Cannot happen in a snapshot; if it ever did, the file would not match its own header.
    if (rows !== table.rows || digest !== table.checksum) throw new OperationError(`${table.name} changed while it was being read; the snapshot was not consistent`);
  }
  yield `${JSON.stringify({ end: true })}\n`;
}

export async function backupDatabase(from: DatabaseConfig, outPath: string, key: Buffer | null, log: (line: string) => void = () => undefined): Promise<BackupHeader> {
  if (existsSync(outPath)) throw new OperationError(`${outPath} already exists; choose a new file name (a backup never overwrites one)`);
  const partial = `${outPath}.partial`;
  const snapshot = await openSnapshot(from);
  try {
    const tables = await describeTables(snapshot);
    for (const t of tables) log(`${t.name}: ${t.rows} rows`);
    const header = {
      format: BACKUP_FORMAT as typeof BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: { dialect: snapshot.dialect },
      migration: snapshot.migration,
      compression: 'gzip' as const,
      tables,
    };
    try {
      const written = await writeBackupFile(partial, header, key, bodyLines(snapshot, tables));
      await rename(partial, outPath);
      return written;
    } catch (error) {
      // Never leave a part-written file where a backup is expected (a .partial that existed before is refused by 'wx').
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OperationError(`${partial} already exists (left by an interrupted backup?); remove it first`);
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await snapshot.close();
  }
}
