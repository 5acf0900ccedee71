/**
 * The checks a saved chart's fields must pass, each problem naming its field.
 * `params` is the trend question as URL query parameters: read by the one
 * parser (parseTrendParams), checked against the reference data as the trend
 * query would check it, and stored in canonical order so equal questions are
 * equal strings.
 */
import { parseTrendParams, trendParamsToSearch } from '@complaints/domain';
import { GraphQLError } from 'graphql';
import type { FieldProblem } from '../graphql/errors';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { planTrend } from '../trends/trend-plan';
import type { TrendInput } from '../trends/trend.inputs';

export const SAVED_CHART_LIMITS = { name: 120, description: 1000, params: 2000 } as const;

/** `value` trimmed, or a problem when it is empty or longer than `max` (a null value is left alone: not being changed). */
export function requiredText(field: string, value: string | null | undefined, max: number, problems: FieldProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (!text) problems.push({ field, message: 'is required' });
  else if (text.length > max) problems.push({ field, message: `is ${text.length} characters; at most ${max}` });
  return text;
}

/** The trend question `params` describes, in canonical form; every problem is reported on the field `params`. */
export function canonicalTrendParams(
  params: string,
  catalog: ReferenceCatalog,
  today: string,
  problems: FieldProblem[],
): { params: string; input: TrendInput } | null {
  const raw = params.trim().replace(/^\?/, '');
  if (raw.length > SAVED_CHART_LIMITS.params) {
    problems.push({ field: 'params', message: `is ${raw.length} characters; at most ${SAVED_CHART_LIMITS.params}` });
    return null;
  }
  const parsed = parseTrendParams(raw);
  const own = parsed.problems.map((p) => ({ field: 'params', message: `${p.field}: ${p.message}` }));
  if (own.length) {
    problems.push(...own);
    return null;
  }
  const input = parsed.input as TrendInput;
  try {
    // The same checks the trend query makes before any SQL (dates, codes, limits).
    planTrend(input, catalog, today);
  } catch (error) {
    const found = error instanceof GraphQLError ? (error.extensions.problems as FieldProblem[] | undefined) : undefined;
    if (!found) throw error;
    problems.push(...found.map((p) => ({ field: 'params', message: `${p.field}: ${p.message}` })));
    return null;
  }
  return { params: trendParamsToSearch(parsed.input), input };
}
