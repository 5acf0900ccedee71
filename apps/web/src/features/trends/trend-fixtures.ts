/** Trend results shaped like the API's, for tests. */
import type { TrendResultData } from './useTrendQuery';

const point = (period: string, value: number | null, count = value ?? 0) => ({ period, value, count });

export function channelYear(): TrendResultData {
  return {
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
    series: [
      { key: 'EMAIL', label: 'Email', crossKey: null, crossLabel: null, total: 114, totalCount: 114, points: [point('2009/10', 114)] },
      { key: 'LETTER', label: 'Letter', crossKey: null, crossLabel: null, total: 165, totalCount: 165, points: [point('2009/10', 165)] },
      { key: 'TELEPHONE', label: 'Telephone', crossKey: null, crossLabel: null, total: 162, totalCount: 162, points: [point('2009/10', 162)] },
    ],
  };
}

export function monthly(overrides: Partial<TrendResultData> = {}): TrendResultData {
  const periods = ['2009-04', '2009-05', '2009-06'];
  return {
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
    series: [
      { key: 'COMMENT', label: 'Comment', crossKey: null, crossLabel: null, total: 12, totalCount: 12, points: [point('2009-04', 2), point('2009-05', 4), point('2009-06', 6)] },
      { key: 'COMPLIMENT', label: 'Compliment', crossKey: null, crossLabel: null, total: 18, totalCount: 18, points: [point('2009-04', 5), point('2009-05', 6), point('2009-06', 7)] },
    ],
    ...overrides,
  };
}

export function crossTab(): TrendResultData {
  const s = (key: string, label: string, crossKey: string, crossLabel: string, total: number) => ({
    key,
    label,
    crossKey,
    crossLabel,
    total,
    totalCount: total,
    points: [point('2009/10', total)],
  });
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
    series: [
      s('EMAIL', 'Email', 'UPHELD', 'Upheld', 3),
      s('EMAIL', 'Email', 'NOT_UPHELD', 'Not upheld', 5),
      s('LETTER', 'Letter', 'UPHELD', 'Upheld', 4),
      s('LETTER', 'Letter', 'NOT_UPHELD', 'Not upheld', 8),
    ],
  };
}
