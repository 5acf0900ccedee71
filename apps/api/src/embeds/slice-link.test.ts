import type { TrendParams } from '@complaints/domain';
import { periodRange, sliceLink } from './slice-link';

describe('periods as date ranges', () => {
  it.each([
    ['2009-10', 'MONTH', { from: '2009-10-01', to: '2009-10-31' }],
    ['2008-02', 'MONTH', { from: '2008-02-01', to: '2008-02-29' }],
    ['2009/10 Q1', 'QUARTER', { from: '2009-04-01', to: '2009-06-30' }],
    ['2009/10 Q3', 'QUARTER', { from: '2009-10-01', to: '2009-12-31' }],
    ['2009/10 Q4', 'QUARTER', { from: '2010-01-01', to: '2010-03-31' }],
    ['2009/10', 'FINANCIAL_YEAR', { from: '2009-04-01', to: '2010-03-31' }],
  ] as const)('%s (%s)', (period, granularity, range) => {
    expect(periodRange(period, granularity)).toEqual(range);
  });

  it.each([
    ['2009-13', 'MONTH'],
    ['2009/10', 'QUARTER'],
    ['2009/10 Q1', 'FINANCIAL_YEAR'],
    ['2009/11', 'FINANCIAL_YEAR'],
    ['javascript:alert(1)', 'MONTH'],
  ] as const)('refuses %s as a %s', (period, granularity) => {
    expect(periodRange(period, granularity)).toBeNull();
  });
});

describe('a click on a chart opens that slice in the app', () => {
  const range = { from: '2009-04-01', to: '2010-03-31' };

  it('narrows to the series and the period, keeping the other filters', () => {
    const input = { financialYear: '2009/10', groupBy: 'CHANNEL', filter: { recordTypes: ['STATUTORY_COMPLAINT'] } } satisfies TrendParams;
    expect(sliceLink(input, range, { seriesKey: 'LETTER', crossKey: null, period: '2009-10' })).toBe(
      '/trends?from=2009-10-01&to=2009-10-31&groupBy=CHANNEL&recordTypes=STATUTORY_COMPLAINT&channels=LETTER',
    );
  });

  it('narrows a cross-tab by both values, and a total by its series only', () => {
    const input: TrendParams = { financialYear: '2009/10', granularity: 'QUARTER', groupBy: 'RECORD_TYPE', crossBy: 'OUTCOME' };
    expect(sliceLink(input, range, { seriesKey: 'STATUTORY_COMPLAINT', crossKey: 'UPHELD', period: '2009/10 Q2' })).toBe(
      '/trends?from=2009-07-01&to=2009-09-30&granularity=QUARTER&groupBy=RECORD_TYPE&crossBy=OUTCOME&recordTypes=STATUTORY_COMPLAINT&outcomes=UPHELD',
    );
    expect(sliceLink(input, range, { seriesKey: 'STATUTORY_COMPLAINT', crossKey: 'UPHELD', period: null })).toBe(
      '/trends?financialYear=2009/10&granularity=QUARTER&groupBy=RECORD_TYPE&crossBy=OUTCOME&recordTypes=STATUTORY_COMPLAINT&outcomes=UPHELD',
    );
  });

  it('clips a period to the chart range, leaves all contacts unfiltered, and gives no link for "no stage"', () => {
    const input = { from: '2009-04-15', to: '2009-06-10' };
    expect(sliceLink(input, { from: '2009-04-15', to: '2009-06-10' }, { seriesKey: 'ALL', crossKey: null, period: '2009-04' })).toBe(
      '/trends?from=2009-04-15&to=2009-04-30',
    );
    expect(sliceLink({ financialYear: '2009/10', groupBy: 'STAGE' }, range, { seriesKey: 'NONE', crossKey: null, period: '2009-04' })).toBeNull();
  });
});
