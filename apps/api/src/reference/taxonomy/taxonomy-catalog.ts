/**
 * The reference catalog seen through its reorganisations: each kind's mapping
 * edges, every code mapped to the code in force on a date, and a current code
 * expanded to the old codes counted under it. Pure reads of the catalog, for
 * trends and reports.
 */
import { codeMapOn, codesCountedAs, isInForceOn, type AppliedSplit, type TaxonomyMappingEdge } from '@complaints/domain';
import type { Indexed, ReferenceCatalog } from '../reference-catalog';
import { TaxonomyKind } from './taxonomy.enums';

export type TaxonomyItem = { id: number; code: string; name: string; effectiveFrom?: string | null; retiredFrom?: string | null };

export function itemsOfKind(catalog: ReferenceCatalog, kind: TaxonomyKind): Indexed<TaxonomyItem> {
  switch (kind) {
    case TaxonomyKind.DIVISION:
      return catalog.divisions;
    case TaxonomyKind.SERVICE_AREA:
      return catalog.serviceAreas;
    case TaxonomyKind.ISSUE_CATEGORY:
      return catalog.issueCategories;
    case TaxonomyKind.ISSUE:
      return catalog.issues;
  }
}

export function edgesOf(catalog: ReferenceCatalog, kind: TaxonomyKind): TaxonomyMappingEdge[] {
  return (catalog.taxonomyMappings ?? [])
    .filter((m) => m.kind === kind)
    .map((m) => ({ fromCode: m.fromCode, toCode: m.toCode, effectiveFrom: m.effectiveFrom, kind: m.mappingKind, designated: !!m.designated, rule: m.rule }));
}

/** Every code of `kind` mapped to its code in force on `date`, with the splits that mapping applies. */
export function currentCodes(catalog: ReferenceCatalog, kind: TaxonomyKind, date: string): { map: Map<string, string>; splits: AppliedSplit[] } {
  return codeMapOn(edgesOf(catalog, kind), itemsOfKind(catalog, kind).list.map((i) => i.code), date);
}

/** The codes whose records count under each of `codes` in the taxonomy in force on `date` (filters in CURRENT mode). */
export function expandCodes(catalog: ReferenceCatalog, kind: TaxonomyKind, codes: readonly string[], date: string): string[] {
  const all = itemsOfKind(catalog, kind).list.map((i) => i.code);
  const edges = edgesOf(catalog, kind);
  return [...new Set(codes.flatMap((code) => (all.includes(code) ? codesCountedAs(edges, all, code, date) : [code])))];
}

/** The values of `kind` in force on `date`, in display order. */
export function inForceOn<T extends TaxonomyItem>(list: readonly T[], date: string): T[] {
  return list.filter((item) => isInForceOn(item, date));
}

