/**
 * Turns a TrendInput into a validated plan: the date range, the periods, the
 * dimensions and the filters as column conditions. Every problem an analyst
 * can cause is reported here as BAD_USER_INPUT naming the field, before any SQL runs.
 */
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { TREND_LIMITS, trendDateRange } from '@complaints/domain';
import { monthsBetween, PERIOD_OF, periodsBetween } from '../periods/period-series';
import { idsOfCodes, type Indexed, type ReferenceCatalog } from '../reference/reference-catalog';
import { RECORD_TYPE_GROUPS, type RecordTypeCode } from '../reference/reference-data';
import { findDeadlineRule } from '../timescales';
import { addCalendarDays } from '../timescales/iso-date';
import { DIMENSIONS, type DimensionSpec } from './dimensions';
import { MEASURES, type MeasureSpec } from './measures';
import { Dimension, Granularity, TrendMeasure } from './trend.enums';
import type { TrendFilter, TrendInput } from './trend.inputs';
import { Taxonomy } from '../reference/taxonomy/taxonomy.enums';
import { expandedFilter } from './trend-taxonomy';

export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

export interface TrendPlan {
  from: string;
  to: string;
  granularity: Granularity;
  periodColumn: string;
  periods: string[];
  measure: TrendMeasure;
  measureSpec: MeasureSpec;
  groupBy: Dimension | null;
  crossBy: Dimension | null;
  conditions: Condition[];
  taxonomy: Taxonomy;
}

const PERIOD_COLUMNS: Record<Granularity, string> = {
  [Granularity.MONTH]: 'c.receivedMonth',
  [Granularity.QUARTER]: 'c.receivedQuarter',
  [Granularity.FINANCIAL_YEAR]: 'c.receivedFinancialYear',
};

function dateRange(input: TrendInput, today: string, problems: FieldProblem[]): { from: string; to: string } | null {
  const answer = trendDateRange(input, today);
  if ('problem' in answer) {
    problems.push(answer.problem);
    return null;
  }
  return answer.range;
}

function idCondition(
  field: string,
  column: string,
  codes: string[] | null | undefined,
  known: Indexed<{ id: number; code: string }>,
  problems: FieldProblem[],
): Condition | null {
  if (!codes) return null;
  const { ids, unknown } = idsOfCodes(known, codes);
  if (unknown.length) {
    problems.push({ field: `filter.${field}`, message: `unknown code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `'${c}'`).join(', ')}` });
    return null;
  }
  return inList(column, ids, field);
}

function inList(column: string, values: unknown[], name: string): Condition {
  return values.length ? { sql: `${column} IN (:...${name})`, params: { [name]: values } } : { sql: '1 = 0', params: {} };
}

function exists(table: string, column: string, ids: number[], name: string): Condition {
  // The join tables' names are fixed; ids are bound parameters.
  return ids.length
    ? { sql: `EXISTS (SELECT 1 FROM ${table} f_${name} WHERE f_${name}.contactId = c.id AND f_${name}.${column} IN (:...${name}))`, params: { [name]: ids } }
    : { sql: '1 = 0', params: {} };
}

function filterConditions(
  filter: TrendFilter,
  catalog: ReferenceCatalog,
  problems: FieldProblem[],
): { conditions: Condition[]; recordTypeIds: { named: number[] | null; all: number[] | null } } {
  const conditions: Array<Condition | null> = [
    idCondition('recordTypes', 'c.recordTypeId', filter.recordTypes, catalog.recordTypes, problems),
    idCondition('channels', 'c.channelId', filter.channels, catalog.channels, problems),
    idCondition('divisions', 'c.divisionId', filter.divisions, catalog.divisions, problems),
    idCondition('serviceAreas', 'c.primaryServiceAreaId', filter.serviceAreas, catalog.serviceAreas, problems),
    idCondition('issueCategories', 'c.primaryIssueCategoryId', filter.issueCategories, catalog.issueCategories, problems),
    idCondition('issues', 'c.primaryIssueId', filter.issues, catalog.issues, problems),
  ];
  const named = filter.recordTypes ? idsOfCodes(catalog.recordTypes, filter.recordTypes).ids : null;
  let all = named;
  if (filter.recordTypeGroups) {
    const bad = filter.recordTypeGroups.filter((g) => !(g in RECORD_TYPE_GROUPS));
    if (bad.length) problems.push({ field: 'filter.recordTypeGroups', message: `unknown group ${bad.join(', ')}` });
    const ids = catalog.recordTypes.list.filter((r) => filter.recordTypeGroups!.includes(r.group)).map((r) => r.id);
    conditions.push(inList('c.recordTypeId', ids, 'recordTypeGroupIds'));
    all = all ? all.filter((id) => ids.includes(id)) : ids;
  }
  for (const [field, column, table, known] of [
    ['anyServiceAreas', 'serviceAreaId', 'contact_service_area', catalog.serviceAreas],
    ['anyIssues', 'issueId', 'contact_issue', catalog.issues],
  ] as const) {
    const codes = filter[field];
    if (!codes) continue;
    const { ids, unknown } = idsOfCodes(known, codes);
    if (unknown.length) problems.push({ field: `filter.${field}`, message: `unknown codes ${unknown.join(', ')}` });
    else conditions.push(exists(table, column, ids, field));
  }
  if (filter.outcomes) conditions.push(inList('c.outcome', filter.outcomes, 'outcomes'));
  if (filter.complainantTypes) conditions.push(inList('c.complainantType', filter.complainantTypes, 'complainantTypes'));
  if (filter.stages) conditions.push(inList('c.stage', filter.stages, 'stages'));
  return { conditions: conditions.filter((c): c is Condition => c !== null), recordTypeIds: { named, all } };
}

/**
 * A percentage of something that has no timescale (e.g. compliments acknowledged
 * in time) is refused: when a record type without one is named explicitly, or
 * when nothing selected has one. Groups may mix (school complaints have no
 * council response timescale); their untimed members simply do not count.
 */
function checkTimescale(
  measure: TrendMeasure,
  spec: MeasureSpec,
  selection: { named: number[] | null; all: number[] | null },
  catalog: ReferenceCatalog,
  to: string,
  problems: FieldProblem[],
) {
  if (!spec.needsTimescale) return;
  const untimed = (ids: number[]) =>
    ids
      .map((id) => catalog.recordTypes.byId.get(id)!)
      .filter((recordType) => {
        const rule = findDeadlineRule({ kind: 'CONTACT', recordType: recordType.code as RecordTypeCode }, to);
        return spec.needsTimescale === 'acknowledgement' ? rule.acknowledgementWorkingDays === null : rule.response === null;
      });
  const named = untimed(selection.named ?? []);
  const all = selection.all ?? [];
  const refused = named.length ? named : selection.all && untimed(all).length === all.length ? untimed(all) : [];
  if (refused.length) {
    problems.push({
      field: 'measure',
      message: `${measure} does not apply to ${refused.map((r) => r.name).join(', ')}: there is no ${spec.needsTimescale} timescale to be in time for`,
    });
  }
}

/**
 * The date range as a condition. A range of whole periods (a financial year by
 * month, quarter or year; any run of whole months by month) becomes the list of
 * those periods on the period column the query groups on: the same contacts as
 * `receivedDate BETWEEN`, since the period columns are derived from receivedDate,
 * but answerable from the covering (period, dimensions, measures) indexes of
 * Contact alone, and listing the periods lets the index seek each (period, record
 * type) pair. A range that cuts a period keeps the date test.
 */
export function rangeCondition(range: { from: string; to: string }, granularity: Granularity, periods: string[]): Condition {
  const periodOf = PERIOD_OF[granularity];
  const wholePeriods = periodOf(addCalendarDays(range.from, -1)) !== periods[0] && periodOf(addCalendarDays(range.to, 1)) !== periods[periods.length - 1];
  return wholePeriods
    ? { sql: `${PERIOD_COLUMNS[granularity]} IN (:...periods)`, params: { periods } }
    : { sql: 'c.receivedDate BETWEEN :from AND :to', params: { from: range.from, to: range.to } };
}

/** Ranges recently listed, by from|to|granularity: listing ten years month by month took a good part of a plan. */
const recentPeriods = new Map<string, readonly string[]>();
const RECENT_PERIODS_MAX = 256;

/** periodsBetween, remembered (a fresh array each time: the plan's periods become the answer's). */
function periodsOf(from: string, to: string, granularity: Granularity): string[] {
  const key = `${from}|${to}|${granularity}`;
  let periods = recentPeriods.get(key);
  if (!periods) {
    if (recentPeriods.size >= RECENT_PERIODS_MAX) recentPeriods.clear();
    recentPeriods.set(key, (periods = periodsBetween(from, to, granularity)));
  }
  return [...periods];
}

/** `taxonomyDate`: the day whose taxonomy a CURRENT filter maps onto (a comparison's earlier range uses the main range's). */
export function planTrend(input: TrendInput, catalog: ReferenceCatalog, today: string, taxonomyDate?: string): TrendPlan {
  const problems: FieldProblem[] = [];
  const granularity = input.granularity ?? Granularity.MONTH;
  const measure = input.measure ?? TrendMeasure.CONTACTS;
  const measureSpec = MEASURES[measure];
  const groupBy = input.groupBy ?? null;
  const crossBy = input.crossBy ?? null;
  if (crossBy && !groupBy) problems.push({ field: 'crossBy', message: 'needs a groupBy dimension to cross with' });
  if (crossBy && crossBy === groupBy) problems.push({ field: 'crossBy', message: `is the same dimension as groupBy (${groupBy})` });

  const range = dateRange(input, today, problems);
  const taxonomy = input.taxonomy ?? Taxonomy.AS_RECORDED;
  // CURRENT: a code takes in the old codes counted under it (trend-taxonomy.ts reports the splits this relies on).
  const filter = expandedFilter(input.filter ?? {}, catalog, taxonomy === Taxonomy.CURRENT && range ? (taxonomyDate ?? range.to) : null);
  const { conditions, recordTypeIds } = filterConditions(filter, catalog, problems);
  if (range) checkTimescale(measure, measureSpec, recordTypeIds, catalog, range.to, problems);

  let periods: string[] = [];
  if (range) {
    if (monthsBetween(range.from, range.to) > TREND_LIMITS.periods && granularity === Granularity.MONTH) {
      problems.push({ field: 'to', message: `the range has more than ${TREND_LIMITS.periods} months: shorten it or use QUARTER or FINANCIAL_YEAR` });
    } else {
      periods = periodsOf(range.from, range.to, granularity);
      if (periods.length > TREND_LIMITS.periods) {
        problems.push({ field: 'to', message: `the range has ${periods.length} periods, more than ${TREND_LIMITS.periods}: shorten it or use a coarser granularity` });
      }
    }
  }
  if (problems.length || !range) throw badUserInput('trend', problems);

  conditions.unshift(rangeCondition(range, granularity, periods));
  for (const where of measureSpec.where) conditions.push({ sql: where, params: {} });
  return { ...range, granularity, periodColumn: PERIOD_COLUMNS[granularity], periods, measure, measureSpec, groupBy, crossBy, conditions, taxonomy };
}

export function dimensionSpec(dimension: Dimension | null): DimensionSpec | null {
  return dimension ? DIMENSIONS[dimension] : null;
}
