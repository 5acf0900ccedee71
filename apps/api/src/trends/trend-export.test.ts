import { trendToCsvRows } from './trend-export.route';
import { toCsv } from '../export/csv';
import { Granularity, TrendMeasure } from './trend.enums';

describe('trendToCsvRows', () => {
  it('defuses labels that a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      trendToCsvRows({
        measure: TrendMeasure.CONTACTS,
        granularity: Granularity.FINANCIAL_YEAR,
        groupBy: null,
        crossBy: null,
        from: '2009-04-01',
        to: '2010-03-31',
        periods: ['2009/10'],
        series: [{ key: 'X', label: '=HYPERLINK("http://evil")', crossKey: null, crossLabel: null, points: [{ period: '2009/10', value: 1, count: 1 }], total: 1, totalCount: 1 }],
        total: 1,
        totalCount: 1,
        countsContactsOncePerValue: false,
        definition: 'Number of contacts.',
      }),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",1,1`);
  });
});
