import type { TrendInput } from '../../graphql/graphql';
import {
  countFilters,
  defaultTrendInput,
  trendCsvHref,
  trendInputFromSearch,
  trendInputToSearch,
  withDefaults,
} from './trend-params';

describe('trend question ⇄ URL', () => {
  it('reads the scalar options and comma-separated filters the CSV export accepts', () => {
    const { input, problems } = trendInputFromSearch(
      '?financialYear=2009/10&granularity=QUARTER&groupBy=CHANNEL&crossBy=OUTCOME&measure=RESPONDED_IN_TIME_PERCENT' +
        '&recordTypeGroups=FORMAL_COMPLAINT&channels=LETTER,%20EMAIL&issueCategories=COMMUNICATION',
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      financialYear: '2009/10',
      granularity: 'QUARTER',
      groupBy: 'CHANNEL',
      crossBy: 'OUTCOME',
      measure: 'RESPONDED_IN_TIME_PERCENT',
      filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], channels: ['LETTER', 'EMAIL'], issueCategories: ['COMMUNICATION'] },
    });
  });

  it('writes only what is set, in the API order, with readable slashes and commas', () => {
    const input: TrendInput = {
      measure: 'CONTACTS',
      filter: { outcomes: ['UPHELD', 'PARTIALLY_UPHELD'], recordTypes: ['STATUTORY_COMPLAINT'] },
      groupBy: 'SERVICE_AREA',
      financialYear: '2009/10',
      granularity: 'MONTH',
    };
    expect(trendInputToSearch(input)).toBe(
      'financialYear=2009/10&granularity=MONTH&groupBy=SERVICE_AREA&measure=CONTACTS&recordTypes=STATUTORY_COMPLAINT&outcomes=UPHELD,PARTIALLY_UPHELD',
    );
  });

  it('round-trips: URL → input → URL', () => {
    const search =
      'from=2009-04-01&to=2009-09-30&granularity=MONTH&groupBy=ALL_SERVICE_AREAS&measure=CONTACTS&channels=LETTER,EMAIL&serviceAreas=SOCIAL_CARE&anyIssues=COMMUNICATION_DELAY&stages=STAGE_1';
    expect(trendInputToSearch(trendInputFromSearch(search).input)).toBe(search);
  });

  it('gives the CSV export the same query string as the explorer URL', () => {
    const input: TrendInput = { financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'CHANNEL', measure: 'CONTACTS' };
    expect(trendCsvHref(input)).toBe('/export/trend.csv?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&measure=CONTACTS');
    const fromCsv = new URL(trendCsvHref(input), 'http://x').search;
    expect(trendInputFromSearch(fromCsv).input).toEqual(input);
  });

  it('leaves out values it cannot use and says why', () => {
    const { input, problems } = trendInputFromSearch('groupBy=COLOUR&from=2009-02-30&outcomes=UPHELD,MAYBE&measure=');
    expect(input).toEqual({ filter: { outcomes: ['UPHELD'] } });
    expect(problems.map((p) => p.field)).toEqual(['from', 'groupBy', 'outcomes']);
    expect(problems[1]!.message).toMatch(/'COLOUR' is not one of RECORD_TYPE, CHANNEL/);
  });

  it('ignores empty filter lists both ways', () => {
    expect(trendInputFromSearch('channels=,').input).toEqual({});
    expect(trendInputToSearch({ financialYear: '2009/10', filter: { channels: [] } })).toBe('financialYear=2009/10');
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
