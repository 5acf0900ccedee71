/** Hand-made TrendResults for unit tests of what is built from a trend (disclosure, CSV, chart images): totals worked out as the service does. */
import { TREND_MEASURES, trendChange, previousYearPeriod } from '@complaints/domain';
import type { Dimension, Granularity, TrendMeasure } from './trend.enums';
import type { TrendPoint, TrendResult, TrendSeries } from './trend.types';

export interface FixtureSeries {
  key: string;
  label: string;
  crossKey?: string;
  crossLabel?: string;
  /** Contacts per period (for percentages and medians: the base). */
  counts: number[];
  /** Percentages: contacts in time per period. */
  inTime?: number[];
  /** Medians: the median per period (null with no contacts), and over the range. */
  medians?: Array<number | null>;
  totalMedian?: number | null;
  /** The same periods a year earlier (compareWith). */
  previousCounts?: number[];
  previousInTime?: number[];
}

export interface FixtureOptions {
  measure?: TrendMeasure;
  granularity?: Granularity;
  groupBy?: Dimension | null;
  crossBy?: Dimension | null;
  periods: string[];
  series: FixtureSeries[];
  /** When a contact counts once per value: the contacts per period, each once (and in time, for percentages). */
  onceCounts?: number[];
  onceInTime?: number[];
  /** Contacts in no series, per period (a value the dimension does not list). */
  unlisted?: number[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const percent = (inTime: number, base: number) => (base ? (100 * inTime) / base : null);

export function trendFixture(options: FixtureOptions): TrendResult {
  const measure = options.measure ?? 'CONTACTS';
  const unit = TREND_MEASURES[measure].unit;
  const periods = options.periods;
  const once = options.onceCounts !== undefined;
  const compared = options.series.some((s) => s.previousCounts);
  const value = (count: number, inTime: number | undefined, median: number | null | undefined) =>
    unit === 'percent' ? percent(inTime ?? 0, count) : unit === 'days' ? (median ?? null) : count;
  const withPrevious = (point: TrendPoint, count: number | undefined, inTime: number | undefined, median: number | null): TrendPoint => {
    if (!compared) return point;
    const earlier = value(count ?? 0, inTime, median);
    return { ...point, previous: { period: previousYearPeriod(point.period), value: earlier, count: count ?? 0, ...trendChange(unit, point.value, earlier) } };
  };

  const series: TrendSeries[] = options.series.map((s) => {
    const points = periods.map((period, p) =>
      withPrevious({ period, value: value(s.counts[p]!, s.inTime?.[p], s.medians?.[p]), count: s.counts[p]! }, s.previousCounts?.[p], s.previousInTime?.[p], s.medians?.[p] ?? null),
    );
    const totalCount = sum(s.counts);
    const total = value(totalCount, s.inTime && sum(s.inTime), s.totalMedian);
    const earlierCount = s.previousCounts && sum(s.previousCounts);
    const earlier = value(earlierCount ?? 0, s.previousInTime && sum(s.previousInTime), s.totalMedian ?? null);
    return {
      key: s.key,
      label: s.label,
      crossKey: s.crossKey ?? null,
      crossLabel: s.crossLabel ?? null,
      points,
      total,
      totalCount,
      ...(compared ? { previousTotal: { period: null, value: earlier, count: earlierCount ?? 0, ...trendChange(unit, total, earlier) } } : {}),
    };
  });

  const column = (pick: (s: FixtureSeries) => number[] | undefined, p: number) => sum(options.series.map((s) => pick(s)?.[p] ?? 0));
  const periodCount = (p: number) => (once ? options.onceCounts![p]! : column((s) => s.counts, p) + (options.unlisted?.[p] ?? 0));
  const periodInTime = (p: number) => (once ? (options.onceInTime?.[p] ?? 0) : column((s) => s.inTime, p));
  const periodTotals = periods.map((period, p) =>
    withPrevious(
      { period, value: value(periodCount(p), periodInTime(p), null), count: periodCount(p) },
      column((s) => s.previousCounts, p),
      column((s) => s.previousInTime, p),
      null,
    ),
  );
  const totalCount = sum(periodTotals.map((p) => p.count));
  const total = value(totalCount, sum(periods.map((_, p) => periodInTime(p))), null);
  const earlierCount = sum(periods.map((_, p) => column((s) => s.previousCounts, p)));
  const earlierValue = value(earlierCount, sum(periods.map((_, p) => column((s) => s.previousInTime, p))), null);

  return {
    measure,
    granularity: options.granularity ?? 'MONTH',
    groupBy: options.groupBy === undefined ? 'CHANNEL' : options.groupBy,
    crossBy: options.crossBy ?? null,
    from: '2009-04-01',
    to: '2010-03-31',
    periods,
    series,
    total,
    totalCount,
    periodTotals,
    ...(compared
      ? {
          previousTotal: { period: null, value: earlierValue, count: earlierCount, ...trendChange(unit, total, earlierValue) },
          comparison: { compareWith: 'PREVIOUS_YEAR' as const, from: '2008-04-01', to: '2009-03-31' },
        }
      : {}),
    countsContactsOncePerValue: once,
    definition: TREND_MEASURES[measure].label,
    taxonomy: 'AS_RECORDED',
    taxonomySplits: [],
  };
}
