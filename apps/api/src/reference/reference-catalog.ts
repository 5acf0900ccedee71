/**
 * All reference data, loaded in one round of small queries and indexed by code
 * and id. Services validate input codes against it and resolve names from it.
 */
import { isInUseOn } from '@complaints/domain';
import { EntityManager } from 'typeorm';
import type { FieldProblem } from '../graphql/errors';
import { Channel } from './channel.entity';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { RecordType } from './record-type.entity';
import { ServiceArea } from './service-area.entity';
import { TaxonomyMapping } from './taxonomy/taxonomy-mapping.entity';

export interface Indexed<T extends { id: number; code: string }> {
  list: T[];
  byCode: Map<string, T>;
  byId: Map<number, T>;
}

function index<T extends { id: number; code: string }>(list: T[]): Indexed<T> {
  return { list, byCode: new Map(list.map((r) => [r.code, r])), byId: new Map(list.map((r) => [r.id, r])) };
}

/** The ids of the codes `known` holds, in the order given, and the codes it does not hold. */
export function idsOfCodes(known: Indexed<{ id: number; code: string }>, codes: readonly string[]): { ids: number[]; unknown: string[] } {
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const code of codes) {
    const row = known.byCode.get(code);
    if (row) ids.push(row.id);
    else unknown.push(code);
  }
  return { ids, unknown };
}

/** A list filter's codes as ids (null when the filter is not given); each unknown code is a problem of `filter.<field>`. */
export function filterIds(
  field: string,
  codes: readonly string[] | null | undefined,
  known: Indexed<{ id: number; code: string }>,
  problems: FieldProblem[],
): number[] | null {
  if (!codes) return null;
  const { ids, unknown } = idsOfCodes(known, codes);
  for (const code of unknown) problems.push({ field: `filter.${field}`, message: `unknown code '${code}'` });
  return ids;
}

/**
 * A problem for each code whose value is retired on `date` (a new record's
 * received date): retired values stay on older records, but new ones may not
 * use them. For the services that record contacts and requests.
 */
export function retiredCodeProblems(
  field: string,
  codes: readonly string[],
  known: Indexed<{ id: number; code: string; name: string; retiredFrom?: string | null; effectiveFrom?: string | null }>,
  date: string,
  problems: FieldProblem[],
): void {
  for (const code of codes) {
    const row = known.byCode.get(code);
    if (row && !isInUseOn(row, date)) problems.push({ field, message: `'${row.name}' is retired: not used from ${row.retiredFrom}` });
    // A value added by a reorganisation is not used before it took effect.
    else if (row?.effectiveFrom && date < row.effectiveFrom) problems.push({ field, message: `'${row.name}' is not in use until ${row.effectiveFrom}` });
  }
}

export interface ReferenceCatalog {
  divisions: Indexed<Division>;
  serviceAreas: Indexed<ServiceArea>;
  issueCategories: Indexed<IssueCategory>;
  issues: Indexed<Issue>;
  recordTypes: Indexed<RecordType>;
  channels: Indexed<Channel>;
  /** Old code → new code mappings of reorganisations (taxonomy/), for trends and reports in the CURRENT taxonomy. */
  taxonomyMappings?: TaxonomyMapping[];
}

export async function loadReferenceCatalog(manager: EntityManager): Promise<ReferenceCatalog> {
  const order = { sortOrder: 'ASC', id: 'ASC' } as const;
  const [divisions, serviceAreas, issueCategories, issues, recordTypes, channels, taxonomyMappings] = await Promise.all([
    manager.find(Division, { order }),
    manager.find(ServiceArea, { order }),
    manager.find(IssueCategory, { order }),
    manager.find(Issue, { order }),
    manager.find(RecordType, { order }),
    manager.find(Channel, { order }),
    manager.find(TaxonomyMapping, { order: { id: 'ASC' } }),
  ]);
  return {
    divisions: index(divisions),
    serviceAreas: index(serviceAreas),
    issueCategories: index(issueCategories),
    issues: index(issues),
    recordTypes: index(recordTypes),
    channels: index(channels),
    taxonomyMappings,
  };
}

/**
 * Reads share one catalog per data source for a short while: reference data
 * changes rarely, and loading it (thousands of rows at national scale) on every
 * request was most of a trend's cost. Writes validate against
 * loadReferenceCatalog inside their own transaction instead.
 */
export const CATALOG_CACHE_MS = 30_000;
const cache = new WeakMap<object, { at: number; catalog: Promise<ReferenceCatalog> }>();

export function cachedReferenceCatalog(dataSource: { manager: EntityManager }, now = Date.now()): Promise<ReferenceCatalog> {
  const hit = cache.get(dataSource);
  if (hit && now - hit.at < CATALOG_CACHE_MS) return hit.catalog;
  const catalog = loadReferenceCatalog(dataSource.manager);
  cache.set(dataSource, { at: now, catalog });
  // A failed load is not kept.
  catalog.catch(() => cache.delete(dataSource));
  return catalog;
}

/** Forget the cached catalog, after this process changes reference data. */
export function invalidateReferenceCatalog(dataSource: object): void {
  cache.delete(dataSource);
}
