/**
 * Which schema version a database is at, by the migrations recorded in it,
 * against the migrations this build knows for its dialect.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { OperationError } from './operation-error';

/** This build's migrations for the data source's dialect, oldest first. */
export function knownMigrations(dataSource: DataSource): string[] {
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name);
}

function migrationsTable(dataSource: DataSource): string {
  return dataSource.options.migrationsTableName ?? 'migrations';
}

/** Migrations run on the database, oldest first; null when it has no migrations table. */
export async function executedMigrations(runner: QueryRunner): Promise<string[] | null> {
  const table = migrationsTable(runner.connection);
  if (!(await runner.hasTable(table))) return null;
  const q = (name: string) => runner.connection.driver.escape(name);
  const rows: Array<{ name: string }> = await runner.query(`SELECT ${q('name')} FROM ${q(table)} ORDER BY ${q('timestamp')}, ${q('id')}`);
  return rows.map((r) => r.name);
}

/**
 * The database's last migration, when it is exactly this build's schema;
 * otherwise an OperationError saying what to do (`what` names the database).
 */
export function requireCurrentSchema(executed: string[] | null, known: string[], what: string): string {
  const latest = known[known.length - 1]!;
  if (!executed || executed.length === 0) throw new OperationError(`${what} has no record of migrations: it is not a Complaints Insight database, or not a migrated one`);
  const unknown = executed.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new OperationError(`${what} has migration ${unknown[unknown.length - 1]}, which this version does not know: use the version of Complaints Insight that wrote it, or a newer one`);
  }
  if (executed.length < known.length || executed[executed.length - 1] !== latest) {
    throw new OperationError(`${what} is at migration ${executed[executed.length - 1]}, not this version's ${latest}: start the API on it once (it migrates on start), then try again`);
  }
  return latest;
}
