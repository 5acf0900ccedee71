/**
 * The limits every GraphQL request must stay within, in every mode
 * (development, test and production alike). docs/security.md cites them.
 * All are checked before anything runs: tokens while parsing, the shape
 * (depth, aliases, directives, aggregate fields) while validating, then the
 * cost. A request over any of them is refused with QUERY_TOO_COMPLEX.
 */
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { AGGREGATE_LIMITS } from '../aggregates/aggregate-limits';

export const QUERY_LIMITS = {
  /**
   * Lexical tokens in the query text, counted while parsing: every later check is linear in this (graphql's
   * own field-merging check is quadratic, so halving this quarters its worst case). The largest real query,
   * the schema introspection, has under 200.
   */
  maxTokens: 1_000,
  /** Nested selections, fragments followed (a fragment adds no level of its own). */
  maxDepth: 10,
  /** Aliased fields, every fragment spread counted as often as it is expanded. */
  maxAliases: 30,
  /** Directives (`@include`, `@skip`, …), counted the same way. */
  maxDirectives: 20,
  /**
   * Fields visited while costing, fragments expanded; more is refused without finishing the sum. The
   * largest real query (the schema introspection) expands to a few hundred; 2,000 costs a few ms.
   */
  maxCostedFields: 2_000,
  /** Points per request; see `FIELD_COSTS` and `perPageCost`. */
  maxCost: 10_000,
  /** The aggregate fields, the expensive ones: each runs statements over a whole period of contacts. */
  aggregateFields: ['Query.trend', 'Query.annualReport', 'Query.disclosedTrend', 'Query.complaintCodeReport'] as readonly string[],
  /**
   * How many aggregate fields one operation may name, aliases and fragment expansions included:
   * as many as one user may run at once (AGGREGATE_LIMITS.perUser), so an allowed query is never
   * half-refused at run time.
   */
  maxAggregatesPerQuery: AGGREGATE_LIMITS.perUser,
} as const;

/**
 * What a field costs beyond its children: other fields cost 1. These reflect
 * the database work behind each: an annual report runs every table's
 * statements over two financial years; a trend, one grouped scan of a period;
 * the casework queue reads every open case.
 */
export const FIELD_COSTS = {
  annualReport: 500,
  trend: 200,
  caseworkQueue: 100,
  informationRequestSummary: 50,
  /** Page size assumed for paged lists when the client names none (PageInput's default). */
  defaultPageSize: 50,
  /** Lists without paging (learning actions, users): sized by what a council holds, priced as this many rows. */
  unpagedListRows: 100,
} as const;

/** A field whose own work costs `points`, plus whatever its children cost. */
export function fixedCost(points: number): ComplexityEstimator {
  return ({ childComplexity }) => points + childComplexity;
}

/** A trend: one grouped scan of its range, and a second of the range it is compared with (compareWith). */
export const trendCost: ComplexityEstimator = ({ args, childComplexity }) =>
  FIELD_COSTS.trend * (args.input?.compareWith ? 2 : 1) + childComplexity;

/** A paged list: each requested child field costs once per row of the page. */
export const perPageCost: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + (args.page?.first ?? FIELD_COSTS.defaultPageSize) * childComplexity;

/** A list returned whole: priced as `FIELD_COSTS.unpagedListRows` rows. */
export const unpagedListCost: ComplexityEstimator = ({ childComplexity }) => 1 + FIELD_COSTS.unpagedListRows * childComplexity;
