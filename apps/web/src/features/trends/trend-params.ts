/**
 * A trend question as URL query parameters, the same ones the CSV export
 * (GET /export/trend.csv) accepts, read and written by the one parser in
 * @complaints/domain. So `/trends?<params>` and `/export/trend.csv?<params>`
 * ask the same question, and a misspelt value is refused with the same field
 * named as by the API.
 *
 *   ?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&recordTypeGroups=FORMAL_COMPLAINT
 */
import { parseTrendParams, trendParamsToSearch, TREND_FILTER_KEYS, type FieldProblem, type TrendFilterKey } from '@complaints/domain';
import type { TrendFilter, TrendInput } from '../../graphql/graphql';

export const FILTER_KEYS = TREND_FILTER_KEYS;
export type FilterKey = TrendFilterKey;
export type ParamProblem = FieldProblem;

// Fails the typecheck when the API adds a filter the shared parser does not carry.
type UnmappedFilterKeys = Exclude<keyof TrendFilter, FilterKey>;
const everyFilterIsMapped: [UnmappedFilterKeys] extends [never] ? true : UnmappedFilterKeys = true;
void everyFilterIsMapped;

export const EXPORT_PATH = '/export/trend.csv';

/** URL → TrendInput, with a problem for each value that could not be used (it is left out). */
export function trendInputFromSearch(search: URLSearchParams | string): { input: TrendInput; problems: ParamProblem[] } {
  return parseTrendParams(search);
}

/** TrendInput → query string (no '?'): only what is set, in the API's order. */
export function trendInputToSearch(input: TrendInput): string {
  return trendParamsToSearch(input);
}

/** The CSV download of the same question. */
export function trendCsvHref(input: TrendInput): string {
  return `${EXPORT_PATH}?${trendInputToSearch(input)}`;
}

/** The chart as an image (`/export/trend.svg` or `.png`): the same question, drawn as the chart type shown. */
export function trendImageHref(input: TrendInput, format: 'svg' | 'png', chartType: string): string {
  return `/export/trend.${format}?${trendInputToSearch(input)}&chartType=${chartType}`;
}

export function hasDateRange(input: TrendInput): boolean {
  return Boolean(input.financialYear || input.from || input.to);
}

/** What the explorer shows at /trends with nothing chosen: contacts by record type, month by month. */
export function defaultTrendInput(financialYear: string): TrendInput {
  return { financialYear, granularity: 'MONTH', groupBy: 'RECORD_TYPE', measure: 'CONTACTS' };
}

/**
 * The question a URL asks once defaults are filled in: an empty URL gets the
 * default question; one without a period gets the default financial year.
 */
export function withDefaults(input: TrendInput, search: string, defaultYear: string): TrendInput {
  if (new URLSearchParams(search).toString() === '') return defaultTrendInput(defaultYear);
  if (!hasDateRange(input)) return { ...input, financialYear: defaultYear };
  return input;
}

/** How many filter values are chosen, for "Filters (3 chosen)". */
export function countFilters(filter: { readonly [K in FilterKey]?: readonly string[] | null } | null | undefined): number {
  if (!filter) return 0;
  return FILTER_KEYS.reduce((n, key) => n + (filter[key]?.length ?? 0), 0);
}
