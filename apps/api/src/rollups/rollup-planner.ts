/**
 * Chooses the smallest rollup that answers a trend plan exactly, or none.
 *
 * A rollup covers a plan when its measure is one rollups keep (counts, the
 * in-time percentages, the median's histogram), every column the plan's
 * conditions and dimensions name is a column of the rollup (rollups name their
 * columns as `contact` does, alias `c`), and nothing needs a join or a
 * sub-query (a date range of whole months reads the month column). Otherwise the
 * trend reads the base tables: the ALL_* dimensions and the any-service-area /
 * any-issue filters (join tables), ranges that cut a month (`receivedDate`), the learning measures (learning outcomes), and any
 * condition added later that names a column no rollup keeps.
 */
import { AsyncLocalStorage } from 'async_hooks';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { DimensionSpec } from '../trends/dimensions';
import { TrendMeasure } from '../trends/trend.enums';
import type { Condition, TrendPlan } from '../trends/trend-plan';
import { PERIOD_COLUMNS, ROLLUPS, type RollupDefinition } from './rollup-definitions';
import { ROLLUP_ENTITIES } from './rollup.entities';

interface RollupMeasure {
  histogram: boolean;
  /** The measure's aggregates over rollup rows, by the aliases its accumulator reads. */
  selects: Record<string, string>;
  bucket?: string;
  /** Drops cells the base query would not return at all (no contact counted). */
  having?: string;
}

const ROLLUP_MEASURES: Partial<Record<TrendMeasure, RollupMeasure>> = {
  [TrendMeasure.CONTACTS]: { histogram: false, selects: { n: 'SUM(c.contacts)' } },
  [TrendMeasure.ACKNOWLEDGED_IN_TIME_PERCENT]: {
    histogram: false,
    selects: { n: 'SUM(c.acknowledgedCounted)', inTime: 'SUM(c.acknowledgedInTime)' },
    having: 'SUM(c.acknowledgedCounted) > 0',
  },
  [TrendMeasure.RESPONDED_IN_TIME_PERCENT]: {
    histogram: false,
    selects: { n: 'SUM(c.respondedCounted)', inTime: 'SUM(c.respondedInTime)' },
    having: 'SUM(c.respondedCounted) > 0',
  },
  [TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE]: { histogram: true, selects: { n: 'SUM(c.contacts)' }, bucket: 'c.workingDaysToResponse' },
};

export interface RollupChoice {
  definition: RollupDefinition;
  measure: RollupMeasure;
  /** The plan's conditions less the measure's own (the rollup's count columns apply those). */
  conditions: Condition[];
}

/** What answered a trend's cells: a rollup table, or the base tables and why. */
export type TrendSource = { rollup: string } | { rollup: null; reason: string };

type Listener = (source: TrendSource, plan: TrendPlan) => void;
const listeners = new Set<Listener>();

/** Tells `listener` what answered each trend query from now on (tests, debugging); returns the unsubscribe. */
export function onTrendSource(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportTrendSource(source: TrendSource, plan: TrendPlan): void {
  for (const listener of listeners) listener(source, plan);
}

const baseOnly = new AsyncLocalStorage<boolean>();

/** Runs `work` with every trend answered from the base tables (the property tests compare the two). */
export function withoutRollups<T>(work: () => Promise<T>): Promise<T> {
  return baseOnly.run(true, work);
}

/** The `c.column` names an SQL fragment reads, or null when it reads anything else (another alias, a sub-query). */
function columnsOf(sql: string): string[] | null {
  if (/\b(EXISTS|SELECT|JOIN)\b/i.test(sql)) return null;
  const withoutParams = sql.replace(/:(\.\.\.)?\w+/g, '');
  const references = [...withoutParams.matchAll(/\b(\w+)\.(\w+)\b/g)];
  if (references.some((r) => r[1] !== 'c')) return null;
  return references.map((r) => r[2]);
}

const lastDayOfMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * A date range of whole months (a quarter or year granularity cutting its first or
 * last period) as the same months on the month column, which rollups keep.
 */
function wholeMonths(condition: Condition): Condition {
  const { from, to } = condition.params as { from?: unknown; to?: unknown };
  if (condition.sql !== 'c.receivedDate BETWEEN :from AND :to' || typeof from !== 'string' || typeof to !== 'string') return condition;
  if (!from.endsWith('-01') || lastDayOfMonth(to.slice(0, 7)) !== to) return condition;
  return { sql: 'c.receivedMonth BETWEEN :fromMonth AND :toMonth', params: { fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7) } };
}

export function chooseRollup(plan: TrendPlan, axes: Array<DimensionSpec | null>): RollupChoice | { reason: string } {
  if (baseOnly.getStore()) return { reason: 'rollups turned off for this call' };
  const measure = ROLLUP_MEASURES[plan.measure];
  if (!measure) return { reason: `${plan.measure} is not rolled up` };
  const needed = new Set<string>();
  const add = (sql: string, what: string): string | null => {
    const columns = columnsOf(sql);
    if (!columns) return `${what} reads more than the contact row`;
    columns.forEach((c) => needed.add(c));
    return null;
  };
  const own = new Set(plan.measureSpec.where);
  const conditions = plan.conditions.filter((c) => !(own.has(c.sql) && !Object.keys(c.params).length)).map(wholeMonths);
  for (const condition of conditions) {
    const problem = add(condition.sql, `the condition ${condition.sql}`);
    if (problem) return { reason: problem };
  }
  const problem = add(plan.periodColumn, 'the period');
  if (problem) return { reason: problem };
  for (const spec of axes) {
    if (!spec) continue;
    if (spec.join) return { reason: 'a dimension counted once per value needs its join table' };
    const problem = add(spec.column('c'), 'a dimension');
    if (problem) return { reason: problem };
  }
  const definition = ROLLUPS.find(
    (d) => d.histogram === measure.histogram && [...needed].every((column) => (PERIOD_COLUMNS as readonly string[]).includes(column) || d.keys.includes(column as never)),
  );
  if (!definition) return { reason: `no rollup keeps ${[...needed].join(', ')}` };
  return { definition, measure, conditions };
}

/** The rollup's rows under the plan's conditions (the caller groups and selects, as on `contact`). */
export function rollupQuery(dataSource: DataSource, choice: RollupChoice): SelectQueryBuilder<object> {
  const query = dataSource.createQueryBuilder().from(ROLLUP_ENTITIES.get(choice.definition.table)!, 'c');
  choice.conditions.forEach((condition, i) => (i === 0 ? query.where(condition.sql, condition.params) : query.andWhere(condition.sql, condition.params)));
  return query;
}

/** The measure's aggregates over rollup rows, and its histogram bucket and HAVING. */
export function selectRollupMeasure(query: SelectQueryBuilder<object>, choice: RollupChoice): void {
  for (const [alias, sql] of Object.entries(choice.measure.selects)) query.addSelect(sql, alias);
  if (choice.measure.bucket) query.addSelect(choice.measure.bucket, 'bucket').addGroupBy(choice.measure.bucket);
  if (choice.measure.having) query.having(choice.measure.having);
}
