/**
 * A SELECT that sees only committed data. On MySQL/MariaDB every pooled
 * connection does. On SQLite the API has one connection, and a read on it
 * during an open transaction sees that transaction's rows, its version bump
 * included: a figure then worked out by the aggregate readers (other
 * connections, committed data only) would be stored under a version it does
 * not show. So on SQLite versions are read on a read-only connection of their
 * own — a point lookup of a few rows, microseconds, never blocking for long.
 */
import Database from 'better-sqlite3';
import { resolve } from 'path';
import type { DataSource } from 'typeorm';

interface Reader {
  db: Database.Database;
  statements: Map<string, Database.Statement>;
}

const readers = new WeakMap<DataSource, Reader>();

function sqliteFile(dataSource: DataSource): string | null {
  if (dataSource.options.type !== 'better-sqlite3') return null;
  const file = String(dataSource.options.database ?? '');
  // An in-memory database has no other connection to see it: only tests use one.
  return file && file !== ':memory:' ? resolve(file) : null;
}

function readerOf(dataSource: DataSource, file: string): Reader {
  let reader = readers.get(dataSource);
  if (reader?.db.open) return reader;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // A checkpoint may hold the file for a moment; more than this and the read fails (and the caller computes uncached).
  db.pragma('busy_timeout = 200');
  readers.set(dataSource, (reader = { db, statements: new Map() }));
  return reader;
}

export async function selectCommitted<T>(dataSource: DataSource, sql: string): Promise<T[]> {
  const file = sqliteFile(dataSource);
  if (!file) return dataSource.query(sql);
  const reader = readerOf(dataSource, file);
  let statement = reader.statements.get(sql);
  if (!statement) reader.statements.set(sql, (statement = reader.db.prepare(sql)));
  return statement.all() as T[];
}

/** Closes the data source's version reader (it also closes with the process). */
export function closeCommittedReads(dataSource: DataSource): void {
  readers.get(dataSource)?.db.close();
  readers.delete(dataSource);
}
