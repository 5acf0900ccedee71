/**
 * A trend in the CURRENT taxonomy (issue 15): records keep their codes, and the
 * mapping happens after aggregation. Each reorganisable dimension's keyOf maps
 * the recorded code to the code in force on the last day of the range, so the
 * fold in runTrend adds the rows of old codes into their successor's series
 * (this works just as well on rows read from rollups). Its values are the codes
 * in force on that day, plus any other code the data still holds (retired
 * without a mapping). Filters are expanded in trend-plan.ts (expandedFilter);
 * a split that expansion depends on is reported too (filterSplits). As
 * recorded, the values are today's less those a later reorganisation brought in.
 *
 * The dimensions that count a contact once per value named (ALL_SERVICE_AREAS,
 * ALL_ISSUES) cannot be mapped after aggregation: a contact naming two codes that
 * merged would count twice under their successor. Those are mapped in the SQL
 * instead (mappedLinkSpec), keeping one link row per contact and mapped code.
 */
import { describeSplit, resolveCode, type AppliedSplit } from '@complaints/domain';
import { edgesOf, expandCodes, inForceOn, itemsOfKind } from '../reference/taxonomy/taxonomy-catalog';
import { Taxonomy, TaxonomyKind } from '../reference/taxonomy/taxonomy.enums';
import type { Indexed, ReferenceCatalog } from '../reference/reference-catalog';
import type { DimensionSpec, DimensionValue } from './dimensions';
import { frozenList, memoOn } from './catalog-memo';
import { Dimension } from './trend.enums';
import type { TrendFilter } from './trend.inputs';
import type { TrendTaxonomySplit } from './trend.types';

/** The dimensions a reorganisation changes, and the reference data behind each. */
export const TAXONOMY_KIND_OF: Partial<Record<Dimension, TaxonomyKind>> = {
  [Dimension.DIVISION]: TaxonomyKind.DIVISION,
  [Dimension.SERVICE_AREA]: TaxonomyKind.SERVICE_AREA,
  [Dimension.ALL_SERVICE_AREAS]: TaxonomyKind.SERVICE_AREA,
  [Dimension.ISSUE_CATEGORY]: TaxonomyKind.ISSUE_CATEGORY,
  [Dimension.ISSUE]: TaxonomyKind.ISSUE,
  [Dimension.ALL_ISSUES]: TaxonomyKind.ISSUE,
};

/** The filters naming reorganisable codes: the reference data each names, and the dimension a split it depends on is reported under. */
export const TAXONOMY_FILTERS = {
  divisions: { kind: TaxonomyKind.DIVISION, dimension: Dimension.DIVISION },
  serviceAreas: { kind: TaxonomyKind.SERVICE_AREA, dimension: Dimension.SERVICE_AREA },
  anyServiceAreas: { kind: TaxonomyKind.SERVICE_AREA, dimension: Dimension.SERVICE_AREA },
  issueCategories: { kind: TaxonomyKind.ISSUE_CATEGORY, dimension: Dimension.ISSUE_CATEGORY },
  issues: { kind: TaxonomyKind.ISSUE, dimension: Dimension.ISSUE },
  anyIssues: { kind: TaxonomyKind.ISSUE, dimension: Dimension.ISSUE },
} as const satisfies Partial<Record<keyof TrendFilter, { kind: TaxonomyKind; dimension: Dimension }>>;

type TaxonomyFilterField = keyof typeof TAXONOMY_FILTERS;
const FILTER_FIELDS = Object.keys(TAXONOMY_FILTERS) as TaxonomyFilterField[];

/**
 * In the CURRENT taxonomy a filter by a code takes in every code counted under
 * it on `date` (the old codes mapped onto it; a retired code means its successor).
 */
export function expandedFilter(filter: TrendFilter, catalog: ReferenceCatalog, date: string | null): TrendFilter {
  if (!date) return filter;
  const expanded: TrendFilter = { ...filter };
  for (const field of FILTER_FIELDS) {
    const codes = filter[field];
    if (codes) expanded[field] = expandCodes(catalog, TAXONOMY_FILTERS[field].kind, codes, date);
  }
  return expanded;
}

/**
 * The splits a CURRENT filter depends on, with the dimension to report each
 * under: a split whose old code the filter takes in (its records count under
 * the designated successor named), and one whose other successor the filter
 * names (the old records are left out of it). Either changes what the filter
 * counts, whatever the grouping. Codes the catalog lacks are left to the plan's
 * validation.
 */
export function filterSplits(filter: TrendFilter | null | undefined, catalog: ReferenceCatalog, date: string): Array<{ dimension: Dimension; kind: TaxonomyKind; split: AppliedSplit }> {
  const found: Array<{ dimension: Dimension; kind: TaxonomyKind; split: AppliedSplit }> = [];
  for (const field of FILTER_FIELDS) {
    const codes = filter?.[field];
    if (!codes?.length) continue;
    const { kind, dimension } = TAXONOMY_FILTERS[field];
    const edges = edgesOf(catalog, kind);
    if (!edges.some((edge) => edge.kind === 'SPLIT')) continue;
    const items = itemsOfKind(catalog, kind);
    const currentOf = (code: string) => resolveCode(edges, code, date).code;
    const named = new Set(codes.filter((code) => items.byCode.has(code)).map(currentOf));
    for (const item of items.list) {
      const resolved = resolveCode(edges, item.code, date);
      for (const split of resolved.splits) {
        const shapes = named.has(resolved.code) || split.successors.some((successor) => named.has(currentOf(successor)));
        if (shapes && !found.some((f) => f.kind === kind && f.split.fromCode === split.fromCode)) found.push({ dimension, kind, split });
      }
    }
  }
  return found;
}

interface MappedAxis {
  dimension: Dimension;
  kind: TaxonomyKind;
  /** Splits applied to codes the data held, by old code. */
  used: Map<string, AppliedSplit>;
}

export interface TrendTaxonomy {
  mode: Taxonomy;
  /** The dimension's spec, mapping keys in CURRENT mode (unchanged otherwise). */
  spec(spec: DimensionSpec | null, dimension: Dimension | null): DimensionSpec | null;
  /** Adds to `values` any key the data holds that the list lacks (e.g. one retired without a mapping). */
  withPresent(values: readonly DimensionValue[], dimension: Dimension | null, presentKeys: Iterable<string>): readonly DimensionValue[];
  /** What the result says about the taxonomy. */
  result(): { taxonomy: Taxonomy; taxonomyDate: string | null; taxonomySplits: TrendTaxonomySplit[] };
}

/** `filter`: the trend's filter as asked (before expansion), whose splits are reported with the axes'. */
export function trendTaxonomy(mode: Taxonomy | null | undefined, catalog: ReferenceCatalog, date: string, filter?: TrendFilter | null): TrendTaxonomy {
  const current = mode === Taxonomy.CURRENT;
  const axes: MappedAxis[] = [];
  return {
    mode: current ? Taxonomy.CURRENT : Taxonomy.AS_RECORDED,
    spec(spec, dimension) {
      const kind = dimension ? TAXONOMY_KIND_OF[dimension] : undefined;
      if (!spec || !dimension || !kind) return spec;
      if (!current) {
        // As recorded: every value as before, less those not yet in force by the range's end (a later reorganisation's).
        if (!laterCodes(itemsOfKind(catalog, kind).list, date).size) return spec;
        const values = (c: ReferenceCatalog) => {
          const { list } = itemsOfKind(c, kind);
          const later = laterCodes(list, date);
          return memoOn(list, `recorded:${dimension}:${date}`, () => frozenList(spec.values(c).filter((v) => !later.has(v.key))));
        };
        return { ...spec, values };
      }
      const edges = edgesOf(catalog, kind);
      const items = itemsOfKind(catalog, kind);
      const resolved = new Map(items.list.map((item) => [item.code, resolveCode(edges, item.code, date)]));
      const axis: MappedAxis = { dimension, kind, used: new Map() };
      axes.push(axis);
      if (spec.join) return mappedLinkSpec(spec, spec.join, items, resolved, axis, date, kind);
      return {
        ...spec,
        values: valuesInForce(kind, date),
        keyOf: (raw, c) => {
          const recorded = spec.keyOf(raw, c);
          const mapped = resolved.get(recorded);
          if (!mapped) return recorded;
          for (const split of mapped.splits) axis.used.set(split.fromCode, split);
          return mapped.code;
        },
      };
    },
    withPresent(values, dimension, presentKeys) {
      const kind = dimension ? TAXONOMY_KIND_OF[dimension] : undefined;
      if (!kind) return values;
      const known = memoOn(values, 'keys', () => new Set(values.map((v) => v.key)));
      const items = itemsOfKind(catalog, kind);
      const extra = [...new Set(presentKeys)].filter((key) => !known.has(key) && items.byCode.has(key));
      return extra.length ? [...values, ...extra.map((key) => ({ key, label: items.byCode.get(key)!.name }))] : values;
    },
    result() {
      const reported: Array<{ dimension: Dimension; kind: TaxonomyKind; split: AppliedSplit }> = axes.flatMap((axis) =>
        [...axis.used.values()].map((split) => ({ dimension: axis.dimension, kind: axis.kind, split })),
      );
      if (current) {
        // A split the group or cross already reports is not repeated for the filter (whatever the dimension's name).
        for (const found of filterSplits(filter, catalog, date)) {
          if (!reported.some((r) => r.kind === found.kind && r.split.fromCode === found.split.fromCode)) reported.push(found);
        }
      }
      const taxonomySplits = reported.map(({ dimension, kind, split }) => {
        const items = itemsOfKind(catalog, kind);
        const labelOf = (code: string) => items.byCode.get(code)?.name ?? code;
        return {
          dimension,
          fromCode: split.fromCode,
          fromLabel: labelOf(split.fromCode),
          toCode: split.toCode,
          toLabel: labelOf(split.toCode),
          successors: [split.toCode, ...split.successors.filter((c) => c !== split.toCode)],
          rule: split.rule,
          description: describeSplit(split, labelOf),
        };
      });
      return { taxonomy: current ? Taxonomy.CURRENT : Taxonomy.AS_RECORDED, taxonomyDate: current ? date : null, taxonomySplits };
    },
  };
}

type Resolved = ReturnType<typeof resolveCode>;

/** A dimension's values in the CURRENT taxonomy: the codes of `kind` in force on `date`. */
function valuesInForce(kind: TaxonomyKind, date: string): (catalog: ReferenceCatalog) => readonly DimensionValue[] {
  return (catalog) => {
    const { list } = itemsOfKind(catalog, kind);
    return memoOn(list, `inForce:${date}`, () => frozenList(inForceOn(list, date).map((r) => ({ key: r.code, label: r.name }))));
  };
}

/** The codes a reorganisation after `date` brought in (not yet in force then). */
function laterCodes(list: ReadonlyArray<{ code: string; effectiveFrom?: string | null }>, date: string): ReadonlySet<string> {
  return memoOn(list, `later:${date}`, () => new Set(list.filter((item) => item.effectiveFrom && item.effectiveFrom > date).map((item) => item.code)));
}

/**
 * A once-per-value dimension in the CURRENT taxonomy, mapped in the SQL: the
 * group column is the recorded id mapped to its successor's (a CASE over the
 * catalog's ids), and a link row is dropped when the same contact has another
 * with a smaller id that maps to the same code, so each contact counts once per
 * code in force. The NOT EXISTS reads the join table's primary key (contactId, id).
 */
function mappedLinkSpec(
  spec: DimensionSpec,
  join: NonNullable<DimensionSpec['join']>,
  items: Indexed<{ id: number; code: string }>,
  resolved: Map<string, Resolved>,
  axis: MappedAxis,
  date: string,
  kind: TaxonomyKind,
): DimensionSpec {
  const moved = items.list.flatMap((item) => {
    const target = items.byCode.get(resolved.get(item.code)?.code ?? item.code);
    return target && target.id !== item.id ? [{ from: item.id, to: target.id }] : [];
  });
  if (!moved.length) return { ...spec, values: valuesInForce(kind, date) };
  // Catalogue ids are integers read from the database; Number() keeps anything else out of the SQL.
  const mapped = (column: string) => `CASE ${column} ${moved.map((m) => `WHEN ${Number(m.from)} THEN ${Number(m.to)}`).join(' ')} ELSE ${column} END`;
  const ref = join.refColumn;
  // Split sources by the code they are counted under: the SQL no longer says which old code a row had.
  const splitsInto = new Map<string, AppliedSplit[]>();
  for (const r of resolved.values()) for (const split of r.splits) splitsInto.set(r.code, [...(splitsInto.get(r.code) ?? []), split]);
  return {
    ...spec,
    column: (alias) => mapped(`${alias}.${ref}`),
    join: {
      ...join,
      on: (alias) =>
        `${join.on(alias)} AND NOT EXISTS (SELECT 1 FROM ${join.table} ${alias}_same WHERE ${alias}_same.contactId = ${alias}.contactId ` +
        `AND ${alias}_same.${ref} < ${alias}.${ref} AND ${mapped(`${alias}_same.${ref}`)} = ${mapped(`${alias}.${ref}`)})`,
    },
    values: valuesInForce(kind, date),
    keyOf: (raw, c) => {
      const code = spec.keyOf(raw, c);
      // Reported for the successor's series whenever it has data (a split source may not have had rows in range).
      for (const split of splitsInto.get(code) ?? []) axis.used.set(split.fromCode, split);
      return code;
    },
  };
}
