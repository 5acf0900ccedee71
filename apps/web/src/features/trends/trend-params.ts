/**
 * A trend question as URL query parameters, the same ones the CSV export
 * (GET /export/trend.csv) accepts: scalar options by name, filter lists as
 * comma-separated codes, in the API's order (apps/api/src/trends/trend-query-params.ts).
 * So `/trends?<params>` and `/export/trend.csv?<params>` ask the same question.
 *
 *   ?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&recordTypeGroups=FORMAL_COMPLAINT
 */
import type { TrendFilter, TrendInput } from '../../graphql/graphql';
import {
  COMPLAINANT_TYPES,
  DIMENSIONS,
  GRANULARITIES,
  MEASURES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  STAGES,
  codesOf,
} from './trend-labels';

export const SCALAR_KEYS = ['financialYear', 'from', 'to', 'granularity', 'groupBy', 'crossBy', 'measure'] as const;

export const FILTER_KEYS = [
  'recordTypes',
  'recordTypeGroups',
  'channels',
  'divisions',
  'serviceAreas',
  'anyServiceAreas',
  'issueCategories',
  'issues',
  'anyIssues',
  'outcomes',
  'stages',
  'complainantTypes',
] as const satisfies readonly (keyof TrendFilter)[];

export type FilterKey = (typeof FILTER_KEYS)[number];

// Fails the typecheck when the API adds a filter this mapping does not carry.
type UnmappedFilterKeys = Exclude<keyof TrendFilter, FilterKey>;
const everyFilterIsMapped: [UnmappedFilterKeys] extends [never] ? true : UnmappedFilterKeys = true;
void everyFilterIsMapped;

/** Filters whose values are enums: unknown values are dropped here (GraphQL would refuse the whole query). */
const ENUM_FILTERS: Partial<Record<FilterKey, readonly string[]>> = {
  recordTypeGroups: codesOf(RECORD_TYPE_GROUPS),
  outcomes: codesOf(OUTCOMES),
  stages: codesOf(STAGES),
  complainantTypes: codesOf(COMPLAINANT_TYPES),
};

export interface ParamProblem {
  field: string;
  message: string;
}

export const EXPORT_PATH = '/export/trend.csv';

function one(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value !== null && value.trim() !== '' ? value.trim() : undefined;
}

function choice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  problems: ParamProblem[],
): T | undefined {
  const value = one(params, key);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    problems.push({ field: key, message: `'${value}' is not one of ${allowed.join(', ')}` });
    return undefined;
  }
  return value as T;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** URL → TrendInput, with a problem for each value that could not be used (it is left out). */
export function trendInputFromSearch(search: URLSearchParams | string): { input: TrendInput; problems: ParamProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: ParamProblem[] = [];
  const input: TrendInput = {};
  const financialYear = one(params, 'financialYear');
  if (financialYear !== undefined) input.financialYear = financialYear;
  for (const key of ['from', 'to'] as const) {
    const value = one(params, key);
    if (value === undefined) continue;
    if (isIsoDate(value)) input[key] = value;
    else problems.push({ field: key, message: `'${value}' is not a real date in the form YYYY-MM-DD` });
  }
  const granularity = choice(params, 'granularity', codesOf(GRANULARITIES), problems);
  if (granularity) input.granularity = granularity;
  const groupBy = choice(params, 'groupBy', codesOf(DIMENSIONS), problems);
  if (groupBy) input.groupBy = groupBy;
  const crossBy = choice(params, 'crossBy', codesOf(DIMENSIONS), problems);
  if (crossBy) input.crossBy = crossBy;
  const measure = choice(params, 'measure', codesOf(MEASURES), problems);
  if (measure) input.measure = measure;

  const filter: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const value = one(params, key);
    if (value === undefined) continue;
    let codes = value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const allowed = ENUM_FILTERS[key];
    if (allowed) {
      const unknown = codes.filter((code) => !allowed.includes(code));
      if (unknown.length) problems.push({ field: key, message: `${unknown.map((c) => `'${c}'`).join(', ')} not known` });
      codes = codes.filter((code) => allowed.includes(code));
    }
    if (codes.length) filter[key] = codes;
  }
  if (Object.keys(filter).length) input.filter = filter as TrendFilter;
  return { input, problems };
}

/** Encodes a value for a query string, leaving '/', ',' and ':' readable (they are allowed there). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** TrendInput → query string (no '?'): only what is set, in the API's order. */
export function trendInputToSearch(input: TrendInput): string {
  const parts: string[] = [];
  for (const key of SCALAR_KEYS) {
    const value = input[key];
    if (value) parts.push(`${key}=${encode(value)}`);
  }
  for (const key of FILTER_KEYS) {
    const value = input.filter?.[key];
    if (value && value.length) parts.push(`${key}=${value.map(encode).join(',')}`);
  }
  return parts.join('&');
}

/** The CSV download of the same question. */
export function trendCsvHref(input: TrendInput): string {
  return `${EXPORT_PATH}?${trendInputToSearch(input)}`;
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
