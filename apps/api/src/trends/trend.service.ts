/**
 * Answers a trend question with one GROUP BY query over indexed columns (plus
 * one more for the grand total when a dimension counts contacts once per value),
 * then zero-fills periods and folds cells into series and totals. The queries
 * run through the admitted aggregate's AggregateRun (time limit, off the event loop on SQLite).
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { badUserInput } from '../graphql/errors';
import { Contact } from '../contacts/contact.entity';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import type { Accumulator, AggregateRow } from './measures';
import { TREND_LIMITS } from '@complaints/domain';
import { dimensionSpec, planTrend, type TrendPlan } from './trend-plan';
import type { DimensionSpec, DimensionValue } from './dimensions';
import type { TrendInput } from './trend.inputs';
import type { TrendResult, TrendSeries } from './trend.types';

interface Axis {
  spec: DimensionSpec;
  alias: string;
  values: DimensionValue[];
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

export async function runTrend(run: AggregateRun, catalog: ReferenceCatalog, input: TrendInput, today: string): Promise<TrendResult> {
  const plan = planTrend(input, catalog, today);
  const group = axis(dimensionSpec(plan.groupBy), 'g', catalog);
  const cross = axis(dimensionSpec(plan.crossBy), 'x', catalog);
  const oncePerValue = !!(group?.spec.oncePerValue || cross?.spec.oncePerValue);

  const query = baseQuery(run.dataSource, plan).select(plan.periodColumn, 'period').groupBy(plan.periodColumn);
  for (const a of [group, cross]) {
    if (!a) continue;
    const column = a.spec.column(a.spec.join ? a.alias : 'c');
    if (a.spec.join) query.innerJoin(a.spec.join.entity, a.alias, a.spec.join.on(a.alias));
    query.addSelect(column, a.alias === 'g' ? 'groupKey' : 'crossKey').addGroupBy(column);
  }
  selectMeasure(query, plan);
  const rows = await run.rawMany<AggregateRow>(query);

  // Series: every value of each dimension while that is few enough to show, else those with data.
  const seriesKey = (g: string, x: string | null) => (x === null ? g : `${g}\u0000${x}`);
  const cells = new Map<string, Map<string, Accumulator>>();
  const totals = new Map<string, Accumulator>();
  const grand = plan.measureSpec.accumulator();
  const present = new Set<string>();
  for (const row of rows) {
    const g = group ? group.spec.keyOf(row.groupKey, catalog) : ALL.key;
    const x = cross ? cross.spec.keyOf(row.crossKey, catalog) : null;
    const key = seriesKey(g, x);
    present.add(key);
    let byPeriod = cells.get(key);
    if (!byPeriod) cells.set(key, (byPeriod = new Map()));
    let cell = byPeriod.get(String(row.period));
    if (!cell) byPeriod.set(String(row.period), (cell = plan.measureSpec.accumulator()));
    cell.add(row);
    let total = totals.get(key);
    if (!total) totals.set(key, (total = plan.measureSpec.accumulator()));
    total.add(row);
    if (!oncePerValue) grand.add(row);
  }

  const groupValues = group?.values ?? [ALL];
  const crossValues: Array<DimensionValue | null> = cross?.values ?? [null];
  let combos = groupValues.flatMap((g) => crossValues.map((x) => ({ g, x })));
  if (combos.length > TREND_LIMITS.series) combos = combos.filter(({ g, x }) => present.has(seriesKey(g.key, x?.key ?? null)));
  if (combos.length > TREND_LIMITS.series || combos.length * plan.periods.length > TREND_LIMITS.cells) {
    throw badUserInput('trend', [
      {
        field: plan.crossBy ? 'crossBy' : 'groupBy',
        message: `the answer would have ${combos.length} series over ${plan.periods.length} periods (limits: ${TREND_LIMITS.series} series, ${TREND_LIMITS.cells} points): filter it or choose a coarser dimension or granularity`,
      },
    ]);
  }

  const series: TrendSeries[] = combos.map(({ g, x }) => {
    const key = seriesKey(g.key, x?.key ?? null);
    const byPeriod = cells.get(key);
    const total = totals.get(key) ?? plan.measureSpec.accumulator();
    return {
      key: g.key,
      label: g.label,
      crossKey: x?.key ?? null,
      crossLabel: x?.label ?? null,
      points: plan.periods.map((period) => {
        const cell = byPeriod?.get(period) ?? plan.measureSpec.accumulator();
        return { period, value: cell.value(), count: cell.count() };
      }),
      total: total.value(),
      totalCount: total.count(),
    };
  });

  if (oncePerValue) {
    // Each contact once: the same filters without the per-value join.
    const totalQuery = baseQuery(run.dataSource, plan);
    selectMeasure(totalQuery, plan);
    for (const row of await run.rawMany<AggregateRow>(totalQuery)) grand.add(row);
  }

  return {
    measure: plan.measure,
    granularity: plan.granularity,
    groupBy: plan.groupBy,
    crossBy: plan.crossBy,
    from: plan.from,
    to: plan.to,
    periods: plan.periods,
    series,
    total: grand.value(),
    totalCount: grand.count(),
    countsContactsOncePerValue: oncePerValue,
    definition: plan.measureSpec.definition,
  };
}
