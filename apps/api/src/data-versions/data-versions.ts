/**
 * Which version of each kind of data (data-kinds.ts) the database holds: a
 * counter per kind in the `data_version` table, bumped in the same transaction
 * as any write to that kind (data-version-subscriber.ts). Caches of figures
 * (result-cache/, embeds) key on the versions of the kinds they read, so an
 * answer is never served after the data under it changed — in any API
 * process, since every process reads the versions from the database itself
 * (four rows per cached request; on MySQL/MariaDB in the same statement as the
 * request's session) rather than waiting to be told.
 *
 * Keys use each version with the time it changed: a restored backup takes the
 * versions back, and the next write then reaches an old number again, but
 * never at the same time.
 */
import type { DataSource } from 'typeorm';
import { invalidateReferenceCatalog } from '../reference/reference-catalog';
import { selectCommitted } from './committed-reads';
import type { DataKind } from './data-kinds';
import { DataVersionSubscriber } from './data-version-subscriber';
import { kindOfRow } from './version-slots';

export { ACCOUNTS_KIND, DATA_KINDS, VERSIONED_KINDS, type DataKind } from './data-kinds';
export { bumpDataVersions, DataVersionSubscriber, rolledBackWrites } from './data-version-subscriber';

export interface DataVersionStamp {
  version: number;
  /** When the data last changed (for "Last updated"). */
  updatedAt: Date;
}

/** The version of each kind; a kind without its row (a database not yet migrated) is missing, and caches then keep nothing that reads it. */
export type DataVersions = Partial<Record<DataKind, DataVersionStamp>>;

/**
 * Makes every write through this data source to a versioned table bump its
 * kind's version (idempotent). createDataSource already does this for every
 * data source it makes.
 */
export function watchDataVersions(dataSource: DataSource): void {
  if (dataSource.subscribers.some((s) => s instanceof DataVersionSubscriber)) return;
  dataSource.subscribers.push(new DataVersionSubscriber());
}

function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  // SQLite keeps UTC text: '2026-11-26 10:00:00' or with milliseconds.
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** The reference data's version each data source last saw, to reload its catalog when another process changed it. */
const referenceSeen = new WeakMap<DataSource, string>();

/** A row of the `data_version` table as read: a kind's name, its version and when it changed. */
export interface DataVersionRow {
  name: string;
  version: unknown;
  updatedAt: unknown;
}

/** The SELECT of every kind's row, with the columns named as `DataVersionRow`'s, after any `leading` columns. */
export function dataVersionsSelect(dataSource: DataSource, leading = ''): string {
  const q = (name: string) => dataSource.driver.escape(name);
  return `SELECT ${leading}${q('name')} AS ${q('name')}, ${q('version')} AS ${q('version')}, ${q('updatedAt')} AS ${q('updatedAt')} FROM ${q('data_version')}`;
}

/** Every kind's version now, as committed. */
export async function readDataVersions(dataSource: DataSource): Promise<DataVersions> {
  return versionsFromRows(dataSource, await selectCommitted<DataVersionRow>(dataSource, dataVersionsSelect(dataSource)));
}

/**
 * The versions in rows of the `data_version` table, read as committed (by readDataVersions, or on MySQL
 * with the session a request is signed in with: auth/session.service.ts).
 */
export function versionsFromRows(dataSource: DataSource, rows: readonly DataVersionRow[]): DataVersions {
  // Each kind's slots (version-slots.ts) summed, with the latest change: a few dozen rows, so here rather than in SQL
  // that would differ by dialect.
  const versions: DataVersions = {};
  for (const row of rows) {
    const kind = kindOfRow(row.name);
    if (!kind) continue;
    const version = Number(row.version);
    const updatedAt = asDate(row.updatedAt);
    const seen = versions[kind];
    versions[kind] = seen
      ? { version: seen.version + version, updatedAt: updatedAt > seen.updatedAt ? updatedAt : seen.updatedAt }
      : { version, updatedAt };
  }
  // The reference catalog is cached per process for 30 s: when another process renamed or retired a
  // code, reload it now, so that nothing computed under the new version uses the old names.
  const reference = versionTag(versions, ['reference_data']);
  if (referenceSeen.get(dataSource) !== reference) {
    invalidateReferenceCatalog(dataSource);
    referenceSeen.set(dataSource, reference);
  }
  return versions;
}

/** Whether every kind named has a version (its row exists). */
export function hasVersions(versions: DataVersions, kinds: readonly DataKind[]): boolean {
  return kinds.every((kind) => versions[kind] !== undefined);
}

/** The versions of `kinds`, as text for keys and ETags: 'contacts:12@1795714000123,reference_data:3@…'. */
export function versionTag(versions: DataVersions, kinds: readonly DataKind[]): string {
  return kinds
    .map((kind) => {
      const stamp = versions[kind];
      return `${kind}:${stamp ? `${stamp.version}@${stamp.updatedAt.getTime()}` : '-'}`;
    })
    .join(',');
}

/** When the newest of `kinds` last changed (epoch 0 when none is known). */
export function lastChanged(versions: DataVersions, kinds: readonly DataKind[]): Date {
  return new Date(Math.max(0, ...kinds.map((kind) => versions[kind]?.updatedAt.getTime() ?? 0)));
}
