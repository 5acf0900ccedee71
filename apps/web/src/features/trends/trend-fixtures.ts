/** Trend results shaped like the API's, for tests. */
import { trendChange } from '@complaints/domain';
import type { TrendPointData, TrendPreviousData, TrendResultData, TrendSeriesData } from './useTrendQuery';

const point = (period: string, value: number | null, count = value ?? 0): TrendPointData => ({ period, value, count, previous: null });

type SeriesFields = Omit<TrendSeriesData, 'previousTotal' | 'crossKey' | 'crossLabel'> & Partial<Pick<TrendSeriesData, 'crossKey' | 'crossLabel'>>;
const series = (fields: SeriesFields): TrendSeriesData => ({ crossKey: null, crossLabel: null, previousTotal: null, ...fields });

/** The "All contacts" row per period, as the API adds it up (counts only, each contact once). */
function periodTotals(result: Pick<TrendResultData, 'periods' | 'series'>): TrendPointData[] {
  return result.periods.map((period, i) => {
    const value = result.series.reduce((sum, s) => sum + (s.points[i]?.value ?? 0), 0);
    return point(period, value);
  });
}

const NO_COMPARISON = { comparison: null, previousTotal: null, taxonomy: 'AS_RECORDED' as const, taxonomyDate: null, taxonomySplits: [] as TrendResultData['taxonomySplits'] };

export function channelYear(): TrendResultData {
  const result = {
    measure: 'CONTACTS',
    granularity: 'FINANCIAL_YEAR',
    groupBy: 'CHANNEL',
    crossBy: null,
    from: '2009-04-01',
    to: '2010-03-31',
    periods: ['2009/10'],
    definition: 'Number of contacts received in each period.',
    total: 441,
    totalCount: 441,
    countsContactsOncePerValue: false,
    ...NO_COMPARISON,
    series: [
      series({ key: 'EMAIL', label: 'Email', total: 114, totalCount: 114, points: [point('2009/10', 114)] }),
      series({ key: 'LETTER', label: 'Letter', total: 165, totalCount: 165, points: [point('2009/10', 165)] }),
      series({ key: 'TELEPHONE', label: 'Telephone', total: 162, totalCount: 162, points: [point('2009/10', 162)] }),
    ],
  } satisfies Omit<TrendResultData, 'periodTotals'>;
  return { ...result, periodTotals: periodTotals(result) };
}

export function monthly(overrides: Partial<TrendResultData> = {}): TrendResultData {
  const periods = ['2009-04', '2009-05', '2009-06'];
  const result = {
    measure: 'CONTACTS',
    granularity: 'MONTH',
    groupBy: 'RECORD_TYPE',
    crossBy: null,
    from: '2009-04-01',
    to: '2009-06-30',
    periods,
    definition: 'Number of contacts received in each period.',
    total: 30,
    totalCount: 30,
    countsContactsOncePerValue: false,
    ...NO_COMPARISON,
    series: [
      series({ key: 'COMMENT', label: 'Comment', total: 12, totalCount: 12, points: [point('2009-04', 2), point('2009-05', 4), point('2009-06', 6)] }),
      series({ key: 'COMPLIMENT', label: 'Compliment', total: 18, totalCount: 18, points: [point('2009-04', 5), point('2009-05', 6), point('2009-06', 7)] }),
    ],
    ...overrides,
  } satisfies Omit<TrendResultData, 'periodTotals'>;
  return { periodTotals: periodTotals(result), ...result };
}

/** Responded in time, per quarter: percentages with their bases, one of them of a single contact. */
export function inTimeByQuarter(): TrendResultData {
  const periods = ['2009/10 Q1', '2009/10 Q2'];
  return {
    measure: 'RESPONDED_IN_TIME_PERCENT',
    granularity: 'QUARTER',
    groupBy: 'CHANNEL',
    crossBy: null,
    from: '2009-04-01',
    to: '2009-09-30',
    periods,
    definition: 'Of the contacts responded to, the percentage responded to on or before the due date.',
    total: (100 * 77) / 122,
    totalCount: 122,
    countsContactsOncePerValue: false,
    ...NO_COMPARISON,
    periodTotals: [point('2009/10 Q1', (100 * 40) / 61, 61), point('2009/10 Q2', (100 * 37) / 61, 61)],
    series: [
      series({
        key: 'EMAIL',
        label: 'Email',
        total: (100 * 76) / 121,
        totalCount: 121,
        points: [point('2009/10 Q1', (100 * 39) / 60, 60), point('2009/10 Q2', (100 * 37) / 61, 61)],
      }),
      series({ key: 'FAX', label: 'Fax', total: 100, totalCount: 1, points: [point('2009/10 Q1', 100, 1), point('2009/10 Q2', null, 0)] }),
    ],
  };
}

const previous = (period: string | null, value: number | null, now: number | null, count = value ?? 0): TrendPreviousData => ({
  period,
  value,
  count,
  ...trendChange('count', now, value),
});

/** monthly(), compared with the same months a year earlier. */
export function comparedMonthly(): TrendResultData {
  const result = monthly();
  const earlier: Record<string, number[]> = { COMMENT: [1, 4, 3], COMPLIMENT: [5, 8, 7] };
  const withPrevious = (s: TrendSeriesData): TrendSeriesData => {
    const before = earlier[s.key]!;
    const total = before.reduce((a, b) => a + b, 0);
    return {
      ...s,
      previousTotal: previous(null, total, s.total),
      points: s.points.map((p, i) => ({ ...p, previous: previous(`2008-0${4 + i}`, before[i]!, p.value) })),
    };
  };
  const seriesWithPrevious = result.series.map(withPrevious);
  return {
    ...result,
    series: seriesWithPrevious,
    comparison: { compareWith: 'PREVIOUS_YEAR', from: '2008-04-01', to: '2008-06-30' },
    previousTotal: previous(null, 28, 30),
    periodTotals: result.periodTotals.map((p, i) => ({
      ...p,
      previous: previous(`2008-0${4 + i}`, earlier.COMMENT![i]! + earlier.COMPLIMENT![i]!, p.value),
    })),
  };
}

export function crossTab(): TrendResultData {
  const s = (key: string, label: string, crossKey: string, crossLabel: string, total: number) =>
    series({ key, label, crossKey, crossLabel, total, totalCount: total, points: [point('2009/10', total)] });
  return {
    measure: 'CONTACTS',
    granularity: 'FINANCIAL_YEAR',
    groupBy: 'CHANNEL',
    crossBy: 'OUTCOME',
    from: '2009-04-01',
    to: '2010-03-31',
    periods: ['2009/10'],
    definition: 'Number of contacts received in each period.',
    total: 20,
    totalCount: 20,
    countsContactsOncePerValue: false,
    ...NO_COMPARISON,
    periodTotals: [point('2009/10', 20)],
    series: [
      s('EMAIL', 'Email', 'UPHELD', 'Upheld', 3),
      s('EMAIL', 'Email', 'NOT_UPHELD', 'Not upheld', 5),
      s('LETTER', 'Letter', 'UPHELD', 'Upheld', 4),
      s('LETTER', 'Letter', 'NOT_UPHELD', 'Not upheld', 8),
    ],
  };
}
