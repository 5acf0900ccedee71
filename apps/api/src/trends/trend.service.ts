/**
 * Answers a trend question with one GROUP BY query over indexed columns (plus
 * one more for the period totals when a dimension counts contacts once per value),
 * then zero-fills periods and folds cells into series and totals. A comparison
 * (compareWith) asks the same of the range a year earlier and lines its periods up
 * with these. The queries run through the admitted aggregate's AggregateRun (time
 * limit, off the event loop on SQLite).
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { badUserInput } from '../graphql/errors';
import { Contact } from '../contacts/contact.entity';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import type { Accumulator, AggregateRow } from './measures';
import { comparisonRange, previousYearPeriod, TREND_LIMITS, TREND_MEASURES, trendChange } from '@complaints/domain';
import { dimensionSpec, planTrend, type TrendPlan } from './trend-plan';
import { chooseRollup, reportTrendSource, rollupQuery, selectRollupMeasure } from '../rollups/rollup-planner';
import type { DimensionSpec, DimensionValue } from './dimensions';
import type { TrendInput } from './trend.inputs';
import type { TrendPoint, TrendPrevious, TrendResult, TrendSeries } from './trend.types';
import { trendTaxonomy } from './trend-taxonomy';

interface Axis {
  spec: DimensionSpec;
  alias: string;
  values: readonly DimensionValue[];
}

const ALL: DimensionValue = { key: 'ALL', label: 'All contacts' };

function baseQuery(dataSource: DataSource, plan: TrendPlan): SelectQueryBuilder<Contact> {
  const query = dataSource.createQueryBuilder().from(Contact, 'c');
  plan.conditions.forEach((condition, i) => (i === 0 ? query.where(condition.sql, condition.params) : query.andWhere(condition.sql, condition.params)));
  return query;
}

function selectMeasure(query: SelectQueryBuilder<Contact>, plan: TrendPlan): void {
  for (const [alias, sql] of Object.entries(plan.measureSpec.selects)) query.addSelect(sql, alias);
  if (plan.measureSpec.bucket) query.addSelect(plan.measureSpec.bucket, 'bucket').addGroupBy(plan.measureSpec.bucket);
}

function axis(spec: DimensionSpec | null, alias: string, catalog: ReferenceCatalog): Axis | null {
  return spec ? { spec, alias, values: spec.values(catalog) } : null;
}

/** Every (period, series) cell of one range, folded into series, period and grand totals. */
interface Cells {
  bySeries: Map<string, Map<string, Accumulator>>;
  seriesTotals: Map<string, Accumulator>;
  byPeriod: Map<string, Accumulator>;
  grand: Accumulator;
  present: Set<string>;
}

const seriesKeyOf = (g: string, x: string | null) => (x === null ? g : `${g}\u0000${x}`);

function entry<K>(map: Map<K, Accumulator>, key: K, plan: TrendPlan): Accumulator {
  let accumulator = map.get(key);
  if (!accumulator) map.set(key, (accumulator = plan.measureSpec.accumulator()));
  return accumulator;
}

async function aggregateCells(run: AggregateRun, catalog: ReferenceCatalog, plan: TrendPlan, group: Axis | null, cross: Axis | null, oncePerValue: boolean): Promise<Cells> {
  // The smallest rollup that covers the question answers it exactly; else the base tables (rollups/rollup-planner.ts).
  const rollup = chooseRollup(plan, [group?.spec ?? null, cross?.spec ?? null]);
  reportTrendSource('definition' in rollup ? { rollup: rollup.definition.table } : { rollup: null, reason: rollup.reason }, plan);
  const source = 'definition' in rollup ? rollupQuery(run.dataSource, rollup) : baseQuery(run.dataSource, plan);
  const query = source.select(plan.periodColumn, 'period').groupBy(plan.periodColumn);
  for (const a of [group, cross]) {
    if (!a) continue;
    const column = a.spec.column(a.spec.join ? a.alias : 'c');
    if (a.spec.join) query.innerJoin(a.spec.join.entity, a.alias, a.spec.join.on(a.alias));
    query.addSelect(column, a.alias === 'g' ? 'groupKey' : 'crossKey').addGroupBy(column);
  }
  if ('definition' in rollup) selectRollupMeasure(query, rollup);
  else selectMeasure(query as SelectQueryBuilder<Contact>, plan);
  const rows = await run.rawMany<AggregateRow>(query);

  const cells: Cells = { bySeries: new Map(), seriesTotals: new Map(), byPeriod: new Map(), grand: plan.measureSpec.accumulator(), present: new Set() };
  const periodTotal = (row: AggregateRow, period: string) => {
    entry(cells.byPeriod, period, plan).add(row);
    cells.grand.add(row);
  };
  // Each series' cells and total, found with one lookup per row (a trend folds thousands of rows per request).
  const seriesOf = new Map<string, { byPeriod: Map<string, Accumulator>; total: Accumulator }>();
  for (const row of rows) {
    const g = group ? group.spec.keyOf(row.groupKey, catalog) : ALL.key;
    const x = cross ? cross.spec.keyOf(row.crossKey, catalog) : null;
    const key = seriesKeyOf(g, x);
    let series = seriesOf.get(key);
    if (!series) {
      seriesOf.set(key, (series = { byPeriod: new Map(), total: plan.measureSpec.accumulator() }));
      cells.present.add(key);
      cells.bySeries.set(key, series.byPeriod);
      cells.seriesTotals.set(key, series.total);
    }
    const period = String(row.period);
    entry(series.byPeriod, period, plan).add(row);
    series.total.add(row);
    if (!oncePerValue) periodTotal(row, period);
  }
  if (oncePerValue) {
    // Each contact once: the same filters without the per-value join.
    const totalQuery = baseQuery(run.dataSource, plan).select(plan.periodColumn, 'period').groupBy(plan.periodColumn);
    selectMeasure(totalQuery, plan);
    for (const row of await run.rawMany<AggregateRow>(totalQuery)) periodTotal(row, String(row.period));
  }
  return cells;
}

/**
 * The plan of the range a comparison reads: the same question over other dates, in the same taxonomy
 * (a CURRENT filter maps the earlier range onto the codes in force at the end of the main one).
 */
function comparedPlan(input: TrendInput, plan: TrendPlan, catalog: ReferenceCatalog, today: string): TrendPlan | null {
  if (!input.compareWith) return null;
  const range = comparisonRange(input.compareWith, plan);
  return planTrend({ ...input, financialYear: null, from: range.from, to: range.to, granularity: plan.granularity }, catalog, today, plan.to);
}

export async function runTrend(run: AggregateRun, catalog: ReferenceCatalog, input: TrendInput, today: string): Promise<TrendResult> {
  const plan = planTrend(input, catalog, today);
  const previousPlan = comparedPlan(input, plan, catalog, today);
  // CURRENT taxonomy: keys mapped to the codes in force on the range's last day, so old codes' rows add into their successors.
  const taxonomy = trendTaxonomy(input.taxonomy, catalog, plan.to, input.filter);
  const group = axis(taxonomy.spec(dimensionSpec(plan.groupBy), plan.groupBy), 'g', catalog);
  const cross = axis(taxonomy.spec(dimensionSpec(plan.crossBy), plan.crossBy), 'x', catalog);
  const oncePerValue = !!(group?.spec.oncePerValue || cross?.spec.oncePerValue);

  const cells = await aggregateCells(run, catalog, plan, group, cross, oncePerValue);
  const presentKeys = [...cells.present].map((key) => key.split('\u0000'));
  if (group) group.values = taxonomy.withPresent(group.values, plan.groupBy, presentKeys.map(([g]) => g));
  if (cross) cross.values = taxonomy.withPresent(cross.values, plan.crossBy, presentKeys.map(([, x]) => x));

  // Series: every value of each dimension while that is few enough to show, else those with data.
  const groupValues = group?.values ?? [ALL];
  const crossValues: ReadonlyArray<DimensionValue | null> = cross?.values ?? [null];
  const every = groupValues.length * crossValues.length <= TREND_LIMITS.series;
  const combos: Array<{ g: DimensionValue; x: DimensionValue | null }> = [];
  for (const g of groupValues) {
    for (const x of crossValues) if (every || cells.present.has(seriesKeyOf(g.key, x?.key ?? null))) combos.push({ g, x });
  }
  // A comparison doubles the points answered.
  const points = combos.length * plan.periods.length * (previousPlan ? 2 : 1);
  if (combos.length > TREND_LIMITS.series || points > TREND_LIMITS.cells) {
    throw badUserInput('trend', [
      {
        field: plan.crossBy ? 'crossBy' : 'groupBy',
        message:
          `the answer would have ${combos.length} series over ${plan.periods.length} periods${previousPlan ? ', twice over with compareWith' : ''} ` +
          `(limits: ${TREND_LIMITS.series} series, ${TREND_LIMITS.cells} points): filter it or choose a coarser dimension or granularity`,
      },
    ]);
  }

  const previousCells = previousPlan ? await aggregateCells(run, catalog, previousPlan, group, cross, oncePerValue) : null;
  const unit = TREND_MEASURES[plan.measure].unit;
  // What a cell without rows reads as: one empty accumulator, only ever read.
  const none = plan.measureSpec.accumulator();
  const compared = (value: number | null, earlier: Accumulator, period: string | null): TrendPrevious => ({
    period,
    value: earlier.value(),
    count: earlier.count(),
    ...trendChange(unit, value, earlier.value()),
  });
  const point = (period: string, cell: Accumulator | undefined, earlier: Map<string, Accumulator> | undefined): TrendPoint => {
    const filled = cell ?? none;
    const value = filled.value();
    const result: TrendPoint = { period, value, count: filled.count() };
    if (previousCells) {
      const previousPeriod = previousYearPeriod(period);
      result.previous = compared(value, earlier?.get(previousPeriod) ?? none, previousPeriod);
    }
    return result;
  };

  const series: TrendSeries[] = combos.map(({ g, x }) => {
    const key = seriesKeyOf(g.key, x?.key ?? null);
    const byPeriod = cells.bySeries.get(key);
    const total = cells.seriesTotals.get(key) ?? none;
    return {
      key: g.key,
      label: g.label,
      crossKey: x?.key ?? null,
      crossLabel: x?.label ?? null,
      points: plan.periods.map((period) => point(period, byPeriod?.get(period), previousCells?.bySeries.get(key))),
      total: total.value(),
      totalCount: total.count(),
      ...(previousCells ? { previousTotal: compared(total.value(), previousCells.seriesTotals.get(key) ?? none, null) } : {}),
    };
  });

  return {
    measure: plan.measure,
    granularity: plan.granularity,
    groupBy: plan.groupBy,
    crossBy: plan.crossBy,
    from: plan.from,
    to: plan.to,
    periods: plan.periods,
    series,
    total: cells.grand.value(),
    totalCount: cells.grand.count(),
    periodTotals: plan.periods.map((period) => point(period, cells.byPeriod.get(period), previousCells?.byPeriod)),
    ...(previousCells && previousPlan && input.compareWith
      ? {
          previousTotal: compared(cells.grand.value(), previousCells.grand, null),
          comparison: { compareWith: input.compareWith, from: previousPlan.from, to: previousPlan.to },
        }
      : {}),
    countsContactsOncePerValue: oncePerValue,
    definition: plan.measureSpec.definition,
    ...taxonomy.result(),
  };
}
