import type { TrendInput } from '../../graphql/graphql';
import { countFilters, defaultTrendInput, trendCsvHref, trendInputFromSearch, withDefaults } from './trend-params';

describe('trend question ⇄ URL', () => {
  it('gives the CSV export the same query string as the explorer URL', () => {
    const input: TrendInput = { financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'CHANNEL', measure: 'CONTACTS' };
    expect(trendCsvHref(input)).toBe('/export/trend.csv?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&measure=CONTACTS');
    const fromCsv = new URL(trendCsvHref(input), 'http://x').search;
    expect(trendInputFromSearch(fromCsv).input).toEqual(input);
  });

  it('reports a misspelt filter naming the same field as the API', () => {
    const { input, problems } = trendInputFromSearch('financialYear=2009/10&outcomes=UPHELD,UPHELDD');
    expect(input).toEqual({ financialYear: '2009/10', filter: { outcomes: ['UPHELD'] } });
    expect(problems).toEqual([{ field: 'filter.outcomes', message: expect.stringContaining("'UPHELDD' is not one of UPHELD") }]);
  });

  it('fills in the default question for a bare URL, and the default year when there is no period', () => {
    expect(withDefaults({}, '', '2009/10')).toEqual(defaultTrendInput('2009/10'));
    expect(withDefaults({ groupBy: 'CHANNEL' }, '?groupBy=CHANNEL', '2009/10')).toEqual({ groupBy: 'CHANNEL', financialYear: '2009/10' });
    const dated: TrendInput = { from: '2009-01-01', to: '2009-12-31' };
    expect(withDefaults(dated, '?from=2009-01-01&to=2009-12-31', '2009/10')).toBe(dated);
  });

  it('counts chosen filter values', () => {
    expect(countFilters({ channels: ['LETTER', 'EMAIL'], outcomes: ['UPHELD'], stages: null })).toBe(3);
    expect(countFilters(undefined)).toBe(0);
  });
});
