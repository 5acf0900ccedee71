import { parseTrendParams, trendParamsToSearch, type TrendParams } from './trend-params';

describe('one parser for the trend question in a URL or query string', () => {
  it('reads the scalar options and comma-separated filters', () => {
    const { input, problems } = parseTrendParams(
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

  it('reads a server framework’s parsed query object the same way as a query string', () => {
    const search = 'financialYear=2009/10&groupBy=CHANNEL&outcomes=UPHELD,NOT_UPHELD';
    expect(parseTrendParams({ financialYear: '2009/10', groupBy: 'CHANNEL', outcomes: 'UPHELD,NOT_UPHELD' })).toEqual(parseTrendParams(search));
  });

  it.each([
    ['outcomes=UPHELDD', 'filter.outcomes', "'UPHELDD' is not one of UPHELD, PARTIALLY_UPHELD"],
    ['stages=STAGE_4', 'filter.stages', "'STAGE_4' is not one of STAGE_1"],
    ['recordTypeGroups=FORMAL', 'filter.recordTypeGroups', "'FORMAL' is not one of FORMAL_COMPLAINT"],
    ['complainantTypes=ALIEN', 'filter.complainantTypes', "'ALIEN' is not one of PARENT_OR_CARER"],
    ['groupBy=COLOUR', 'groupBy', "'COLOUR' is not one of RECORD_TYPE, DIVISION"],
    ['granularity=WEEK', 'granularity', "'WEEK' is not one of MONTH, QUARTER, FINANCIAL_YEAR"],
    ['measure=SPEED', 'measure', "'SPEED' is not one of CONTACTS"],
    ['from=2009-02-30', 'from', "'2009-02-30' is not a real date in the form YYYY-MM-DD"],
    ['compareWith=LAST_YEAR', 'compareWith', "'LAST_YEAR' is not one of PREVIOUS_YEAR"],
    ['taxonomy=TODAY', 'taxonomy', "'TODAY' is not one of AS_RECORDED, CURRENT"],
  ])('refuses a misspelt value (%s), naming the field as GraphQL does', (search, field, message) => {
    const { problems } = parseTrendParams(search);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(field);
    expect(problems[0]!.message).toContain(message);
  });

  it('leaves out the values it cannot use and keeps the rest', () => {
    const { input, problems } = parseTrendParams('groupBy=COLOUR&from=2009-02-30&outcomes=UPHELD,MAYBE&measure=');
    expect(input).toEqual({ filter: { outcomes: ['UPHELD'] } });
    expect(problems.map((p) => p.field)).toEqual(['from', 'groupBy', 'filter.outcomes']);
  });

  it('refuses a parameter given twice rather than picking one', () => {
    expect(parseTrendParams('groupBy=CHANNEL&groupBy=STAGE').problems).toEqual([{ field: 'groupBy', message: 'is given more than once' }]);
    expect(parseTrendParams({ groupBy: ['CHANNEL', 'STAGE'] }).problems).toEqual([{ field: 'groupBy', message: 'is given more than once' }]);
  });

  it('writes only what is set, in a fixed order, with readable slashes and commas', () => {
    const input: TrendParams = {
      measure: 'CONTACTS',
      filter: { outcomes: ['UPHELD', 'PARTIALLY_UPHELD'], recordTypes: ['STATUTORY_COMPLAINT'] },
      groupBy: 'SERVICE_AREA',
      financialYear: '2009/10',
      granularity: 'MONTH',
    };
    expect(trendParamsToSearch(input)).toBe(
      'financialYear=2009/10&granularity=MONTH&groupBy=SERVICE_AREA&measure=CONTACTS&recordTypes=STATUTORY_COMPLAINT&outcomes=UPHELD,PARTIALLY_UPHELD',
    );
  });

  it('round-trips: URL → question → URL', () => {
    const search =
      'from=2009-04-01&to=2009-09-30&granularity=MONTH&groupBy=ALL_SERVICE_AREAS&measure=CONTACTS&channels=LETTER,EMAIL&serviceAreas=SOCIAL_CARE&anyIssues=COMMUNICATION_DELAY&stages=STAGE_1';
    expect(trendParamsToSearch(parseTrendParams(search).input)).toBe(search);
  });

  it('reads and writes the comparison with the previous year', () => {
    const search = 'financialYear=2009/10&groupBy=CHANNEL&compareWith=PREVIOUS_YEAR';
    expect(parseTrendParams(search)).toEqual({ input: { financialYear: '2009/10', groupBy: 'CHANNEL', compareWith: 'PREVIOUS_YEAR' }, problems: [] });
    expect(trendParamsToSearch(parseTrendParams(search).input)).toBe(search);
  });

  it('ignores empty filter lists both ways', () => {
    expect(parseTrendParams('channels=,').input).toEqual({});
    expect(trendParamsToSearch({ financialYear: '2009/10', filter: { channels: [] } })).toBe('financialYear=2009/10');
  });
});
