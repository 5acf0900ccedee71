/**
 * A trend question as URL query parameters (what the web app keeps in its URL
 * and the CSV export accepts): scalar options by name, filter lists as
 * comma-separated codes, e.g.
 *   ?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&recordTypeGroups=FORMAL_COMPLAINT
 */
import type { FieldProblem } from '../graphql/errors';
import { isIsoDate } from '../timescales/iso-date';
import { Dimension, Granularity, TrendMeasure } from './trend.enums';
import type { TrendFilter, TrendInput } from './trend.inputs';

const FILTER_KEYS = [
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

type Params = Record<string, unknown>;

function one(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function choice<T extends string>(params: Params, key: string, allowed: Record<string, T>, problems: FieldProblem[]): T | undefined {
  const value = one(params, key);
  if (value === undefined) return undefined;
  if (!(value in allowed)) {
    problems.push({ field: key, message: `'${value}' is not one of ${Object.keys(allowed).join(', ')}` });
    return undefined;
  }
  return allowed[value];
}

export function trendInputFromParams(params: Params): { input: TrendInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const input: TrendInput = {
    financialYear: one(params, 'financialYear'),
    from: one(params, 'from'),
    to: one(params, 'to'),
    granularity: choice(params, 'granularity', Granularity, problems),
    groupBy: choice(params, 'groupBy', Dimension, problems),
    crossBy: choice(params, 'crossBy', Dimension, problems),
    measure: choice(params, 'measure', TrendMeasure, problems),
  };
  for (const key of ['from', 'to'] as const) {
    if (input[key] && !isIsoDate(input[key])) problems.push({ field: key, message: `'${input[key]}' is not a real date in the form YYYY-MM-DD` });
  }
  const filter: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const value = one(params, key);
    if (value !== undefined) filter[key] = value.split(',').map((v) => v.trim()).filter(Boolean);
  }
  if (Object.keys(filter).length) input.filter = filter as TrendFilter;
  return { input, problems };
}
