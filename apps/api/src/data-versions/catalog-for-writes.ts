/**
 * The reference catalog a write validates against, loaded afresh only when the reference data's version has moved
 * since this process last loaded it: exact (unlike the 30 s cache reads share, cachedReferenceCatalog), at the cost
 * of one read of the versions instead of seven table reads of up to thousands of rows.
 *
 * Why: at national scale (1,260 service areas, 580 divisions) a learning-action update spent more of its CPU
 * loading and hydrating the catalog than on the update itself (bench:load profile, session 22). Learning actions'
 * writes and a new contact (createContact) use it; batches (imports) read theirs in their transaction.
 *
 * The version is read before the catalog is loaded: a change committed in between leaves a newer catalog under the
 * older version, which only reloads sooner; never an older catalog under a newer version. The catalog is shared
 * between requests, so callers only look things up in it (as every reader of cachedReferenceCatalog does); the
 * reference administration, which edits the entities it loads, keeps loadReferenceCatalog.
 */
import type { DataSource } from 'typeorm';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { hasVersions, readDataVersions, rolledBackWrites, versionTag, type DataVersions } from './data-versions';

const loaded = new WeakMap<DataSource, { tag: string; catalog: Promise<ReferenceCatalog> }>();

/**
 * `known`: versions already read for this request (with its session, auth/session.service.ts), a few
 * milliseconds old. A reference change committed since then is as if the write came just before it, the race any
 * write outside the reference data's own transaction already has; the next request sees the new version.
 */
export async function catalogForWrites(dataSource: DataSource, known?: DataVersions): Promise<ReferenceCatalog> {
  const versions = known ?? (await readDataVersions(dataSource));
  // A database without the versions (not yet migrated) cannot say when the catalog changed.
  if (!hasVersions(versions, ['reference_data'])) return loadReferenceCatalog(dataSource.manager);
  // With the rollbacks seen so far: on SQLite a catalog read outside a transaction can see another transaction's
  // uncommitted rows, and if that one rolls back the version does not move; the count does.
  const tag = `${versionTag(versions, ['reference_data'])}/${rolledBackWrites(dataSource)}`;
  const kept = loaded.get(dataSource);
  if (kept?.tag === tag) return kept.catalog;
  const catalog = loadReferenceCatalog(dataSource.manager);
  loaded.set(dataSource, { tag, catalog });
  // A failed load is not kept.
  catalog.catch(() => {
    if (loaded.get(dataSource)?.catalog === catalog) loaded.delete(dataSource);
  });
  return catalog;
}
