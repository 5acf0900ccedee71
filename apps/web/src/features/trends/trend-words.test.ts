import { channelYear, comparedMonthly } from './trend-fixtures';
import { filterClauses, referenceNames, trendTitle, whereClause } from './trend-words';

const options = {
  recordTypes: [{ code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' as const }],
  channels: [
    { code: 'EMAIL', name: 'Email' },
    { code: 'LETTER', name: 'Letter' },
  ],
  divisions: [],
  serviceAreas: [],
  issueCategories: [{ code: 'COMMUNICATION', name: 'Communication', issues: [{ code: 'COMMUNICATION_DELAY', name: 'Communication: delayed response' }] }],
};

describe('a trend in words', () => {
  const nameOf = referenceNames(options);

  it('names codes from the reference data, and leaves unknown ones as codes', () => {
    expect(nameOf('channels', 'LETTER')).toBe('Letter');
    expect(nameOf('issues', 'COMMUNICATION_DELAY')).toBe('Communication: delayed response');
    expect(nameOf('channels', 'PIGEON')).toBeUndefined();
    expect(referenceNames(undefined)('channels', 'LETTER')).toBeUndefined();
  });

  it('says each active filter as a clause, in the question’s order', () => {
    expect(
      filterClauses({ outcomes: ['UPHELD'], channels: ['LETTER', 'EMAIL'], anyIssues: ['COMMUNICATION_DELAY'], recordTypeGroups: ['FORMAL_COMPLAINT'] }, nameOf),
    ).toEqual([
      'record type group is Formal complaints',
      'channel is Letter or Email',
      'issue (any raised) is Communication: delayed response',
      'outcome is Upheld',
    ]);
    expect(filterClauses({ channels: ['PIGEON'] }, nameOf)).toEqual(['channel is PIGEON']);
    expect(filterClauses(null, nameOf)).toEqual([]);
  });

  it('joins the clauses', () => {
    expect(whereClause([])).toBe('');
    expect(whereClause(['a'])).toBe(', where a');
    expect(whereClause(['a', 'b', 'c'])).toBe(', where a, b and c');
  });

  it('titles the answer with its question, period, comparison and filters', () => {
    expect(trendTitle(channelYear(), null, nameOf)).toBe('Number of contacts by channel, 2009/10, by financial year');
    expect(trendTitle(channelYear(), { channels: ['LETTER'] }, nameOf)).toBe(
      'Number of contacts by channel, 2009/10, by financial year, where channel is Letter',
    );
    expect(trendTitle(comparedMonthly(), null, nameOf)).toBe(
      'Number of contacts by record type, 1 April 2009 to 30 June 2009, by month, compared with 1 April 2008 to 30 June 2008 (the same periods a year earlier)',
    );
  });
});
