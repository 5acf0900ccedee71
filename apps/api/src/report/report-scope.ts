/**
 * What every table module is given: the database, the reference data, the two
 * years compared, and shorthands for asking the trend engine about them.
 */
import type { DataSource } from 'typeorm';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { Taxonomy } from '../reference/taxonomy/taxonomy.enums';
import { Granularity } from '../trends/trend.enums';
import type { TrendFilter, TrendInput } from '../trends/trend.inputs';
import { runTrend } from '../trends/trend.service';
import type { TrendResult, TrendSeries } from '../trends/trend.types';
import type { ReportYear } from './report-year';

export interface ReportScope {
  /** For building queries and small lookups by key; aggregate SELECTs run through `aggregates`. */
  dataSource: DataSource;
  /** The admitted aggregate this report runs in: its time limit, off the event loop on SQLite. */
  aggregates: AggregateRun;
  catalog: ReferenceCatalog;
  /** Today's date, for the trend engine's checks. */
  today: string;
  current: ReportYear;
  previous: ReportYear;
  /** The database holds the bundled demo dataset, the council of the printed 2009/10 report (see printed-report.ts). */
  isDemoDataset: boolean;
}

/** A trend question without its date range, which the report fixes. */
export type TrendQuestion = Omit<TrendInput, 'from' | 'to' | 'financialYear'>;

/** Formal (Stage 1) complaints: statutory, corporate, school and Ombudsman complaints. */
export const FORMAL_COMPLAINTS: TrendFilter = { recordTypeGroups: ['FORMAL_COMPLAINT'] };

/**
 * The report year, by default as a single period. The report counts in the
 * taxonomy in force at the end of its year (CURRENT, dated the range's last day).
 */
export function trendOfYear(scope: ReportScope, question: TrendQuestion): Promise<TrendResult> {
  const { from, to } = scope.current;
  return runTrend(scope.aggregates, scope.catalog, { granularity: Granularity.FINANCIAL_YEAR, taxonomy: Taxonomy.CURRENT, ...question, from, to }, scope.today);
}

/** The previous year and the report year, one period each: the previous year mapped onto the report year's taxonomy (see report-taxonomy.ts for its note). */
export function trendOfBothYears(scope: ReportScope, question: TrendQuestion): Promise<TrendResult> {
  const input = { taxonomy: Taxonomy.CURRENT, ...question, granularity: Granularity.FINANCIAL_YEAR, from: scope.previous.from, to: scope.current.to };
  return runTrend(scope.aggregates, scope.catalog, input, scope.today);
}

/** A series' value in one period (0 for a count with no contacts, null for a percentage with nothing to count). */
export function pointOf(series: TrendSeries | undefined, period: string): { value: number | null; count: number } {
  return series?.points.find((p) => p.period === period) ?? { value: null, count: 0 };
}

/** Series totals by series key (code), for a trend without crossBy. */
export function totalsByKey(result: TrendResult): Map<string, number> {
  return new Map(result.series.map((s) => [s.key, s.total ?? 0]));
}

/** Counts of one year by series key, from a two-year trend. */
export function countsInYear(result: TrendResult, financialYear: string): Map<string, number> {
  return new Map(result.series.map((s) => [s.key, pointOf(s, financialYear).value ?? 0]));
}

/** The sum of `counts` over the keys given (missing keys count 0). */
export function sumOf(counts: Map<string, number>, keys: Iterable<string>): number {
  let sum = 0;
  for (const key of keys) sum += counts.get(key) ?? 0;
  return sum;
}

/** Record type codes in a record-type group (e.g. FORMAL_COMPLAINT), in report order. */
export function recordTypesInGroup(scope: ReportScope, group: string): string[] {
  return scope.catalog.recordTypes.list.filter((r) => r.group === group).map((r) => r.code);
}
