/**
 * A trend question and its one parser, shared by every entry point: the web's
 * URL (/trends?…), the CSV export's query string (/export/trend.csv?…) and, for
 * its enum values, GraphQL (whose enums are built from the same lists). Scalar
 * options go by name, filter lists as comma-separated codes:
 *   ?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&recordTypeGroups=FORMAL_COMPLAINT&compareWith=PREVIOUS_YEAR
 * A problem names the field as GraphQL does: `groupBy`, `from`, `filter.outcomes`.
 */
import { isIsoDate } from '../dates/iso-date';
import {
  COMPLAINANT_TYPES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  STAGES,
  codesOf,
  type ComplainantType,
  type Outcome,
  type RecordTypeGroup,
  type Stage,
} from '../reference/vocabularies';
import {
  DIMENSIONS,
  GRANULARITIES,
  TREND_COMPARISONS,
  TREND_MEASURES,
  type Dimension,
  type Granularity,
  type TrendComparison,
  type TrendMeasure,
} from './trend-vocabulary';
import { TAXONOMY_MODES, type TaxonomyMode } from '../taxonomy/taxonomy';

/** Restricts a trend to contacts matching every list given (each list is "any of"). */
export interface TrendFilterParams {
  recordTypes?: string[] | null;
  recordTypeGroups?: RecordTypeGroup[] | null;
  channels?: string[] | null;
  divisions?: string[] | null;
  serviceAreas?: string[] | null;
  anyServiceAreas?: string[] | null;
  issueCategories?: string[] | null;
  issues?: string[] | null;
  anyIssues?: string[] | null;
  outcomes?: Outcome[] | null;
  stages?: Stage[] | null;
  complainantTypes?: ComplainantType[] | null;
}

/** A trend question: either from/to or financialYear, plus how to split and filter it. */
export interface TrendParams {
  financialYear?: string | null;
  from?: string | null;
  to?: string | null;
  granularity?: Granularity | null;
  groupBy?: Dimension | null;
  crossBy?: Dimension | null;
  measure?: TrendMeasure | null;
  /** Adds the same periods of another range beside each point and total, with the change. */
  compareWith?: TrendComparison | null;
  /** AS_RECORDED (the default) or CURRENT: every record mapped to the taxonomy in force at the end of the range. */
  taxonomy?: TaxonomyMode | null;
  filter?: TrendFilterParams | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export const TREND_SCALAR_KEYS = ['financialYear', 'from', 'to', 'granularity', 'groupBy', 'crossBy', 'measure', 'compareWith', 'taxonomy'] as const;

export const TREND_FILTER_KEYS = [
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
] as const satisfies readonly (keyof TrendFilterParams)[];
export type TrendFilterKey = (typeof TREND_FILTER_KEYS)[number];

// Fails the typecheck when a filter is added to TrendFilterParams but not to the list.
type UnlistedFilterKeys = Exclude<keyof TrendFilterParams, TrendFilterKey>;
const everyFilterIsListed: [UnlistedFilterKeys] extends [never] ? true : UnlistedFilterKeys = true;
void everyFilterIsListed;

/** Filters whose values are enums; the others are reference-data codes, checked against the database. */
const ENUM_FILTERS: Partial<Record<TrendFilterKey, readonly string[]>> = {
  recordTypeGroups: codesOf(RECORD_TYPE_GROUPS),
  outcomes: codesOf(OUTCOMES),
  stages: codesOf(STAGES),
  complainantTypes: codesOf(COMPLAINANT_TYPES),
};

/** The field a problem with a filter list names (as in GraphQL's TrendInput). */
export function trendFilterField(key: TrendFilterKey): string {
  return `filter.${key}`;
}

/** A URL's query string, URLSearchParams, or a server's parsed query object (express `req.query`). */
export type QueryParams = string | URLSearchParams | Readonly<Record<string, unknown>>;

function reader(params: QueryParams, problems: FieldProblem[]): (key: string) => string | undefined {
  if (typeof params === 'string' || params instanceof URLSearchParams) {
    const search = typeof params === 'string' ? new URLSearchParams(params) : params;
    return (key) => {
      const values = search.getAll(key);
      if (values.length > 1) problems.push({ field: key, message: 'is given more than once' });
      const value = values[0]?.trim();
      return value ? value : undefined;
    };
  }
  return (key) => {
    const value = params[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      problems.push({ field: key, message: Array.isArray(value) ? 'is given more than once' : 'is not a single value' });
      return undefined;
    }
    return value.trim() || undefined;
  };
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function notOneOf(values: string[], allowed: readonly string[]): string {
  return `${values.map((v) => `'${v}'`).join(', ')} ${values.length > 1 ? 'are' : 'is'} not one of ${allowed.join(', ')}`;
}

/**
 * Query parameters → a trend question, with a problem for each value that could
 * not be used (it is left out, so the web can still show the rest; the API
 * refuses the question when there is any problem).
 */
export function parseTrendParams(params: QueryParams): { input: TrendParams; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const get = reader(params, problems);
  const input: TrendParams = {};

  const financialYear = get('financialYear');
  if (financialYear !== undefined) input.financialYear = financialYear;
  for (const key of ['from', 'to'] as const) {
    const value = get(key);
    if (value === undefined) continue;
    if (isIsoDate(value)) input[key] = value;
    else problems.push({ field: key, message: `'${value}' is not a real date in the form YYYY-MM-DD` });
  }
  const choice = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    if (isOneOf(allowed, value)) return value;
    problems.push({ field: key, message: notOneOf([value], allowed) });
    return undefined;
  };
  const granularity = choice('granularity', codesOf(GRANULARITIES));
  if (granularity) input.granularity = granularity;
  const groupBy = choice('groupBy', codesOf(DIMENSIONS));
  if (groupBy) input.groupBy = groupBy;
  const crossBy = choice('crossBy', codesOf(DIMENSIONS));
  if (crossBy) input.crossBy = crossBy;
  const measure = choice('measure', codesOf(TREND_MEASURES));
  if (measure) input.measure = measure;
  const compareWith = choice('compareWith', codesOf(TREND_COMPARISONS));
  if (compareWith) input.compareWith = compareWith;
  const taxonomy = choice('taxonomy', codesOf(TAXONOMY_MODES));
  if (taxonomy) input.taxonomy = taxonomy;

  const filter: Record<string, string[]> = {};
  for (const key of TREND_FILTER_KEYS) {
    const value = get(key);
    if (value === undefined) continue;
    let codes = value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const allowed = ENUM_FILTERS[key];
    if (allowed) {
      const unknown = codes.filter((code) => !allowed.includes(code));
      if (unknown.length) problems.push({ field: trendFilterField(key), message: notOneOf(unknown, allowed) });
      codes = codes.filter((code) => allowed.includes(code));
    }
    if (codes.length) filter[key] = codes;
  }
  if (Object.keys(filter).length) input.filter = filter as TrendFilterParams;
  return { input, problems };
}

/** Encodes a value for a query string, leaving '/', ',' and ':' readable (they are allowed there). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** A trend question → query string (no '?'): only what is set, in a fixed order, so equal questions give equal URLs. */
export function trendParamsToSearch(input: TrendParams): string {
  const parts: string[] = [];
  for (const key of TREND_SCALAR_KEYS) {
    const value = input[key];
    if (value) parts.push(`${key}=${encode(value)}`);
  }
  for (const key of TREND_FILTER_KEYS) {
    const value = input.filter?.[key];
    if (value && value.length) parts.push(`${key}=${value.map(encode).join(',')}`);
  }
  return parts.join('&');
}
