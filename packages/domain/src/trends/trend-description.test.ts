import {
  allContactsLabel,
  describeFilterList,
  describeRange,
  describeTrendQuestion,
  formatPeriodKey,
  formatShownValue,
  labelWithCode,
  roundAsShown,
  type NameOfCode,
} from './trend-description';

const names: Record<string, Record<string, string>> = {
  recordTypes: { STATUTORY_COMPLAINT: 'Statutory complaint', LGO_COMPLAINT: 'LGO Complaint' },
  channels: { LETTER: 'Letter' },
  issues: { COMMUNICATION_DELAY: 'Delay in communication' },
};
const nameOf: NameOfCode = (list, code) => names[list]?.[code];

describe('describeFilterList', () => {
  it('names each active filter with its values and codes, in parameter order', () => {
    expect(
      describeFilterList(
        { outcomes: ['UPHELD'], recordTypes: ['STATUTORY_COMPLAINT', 'LGO_COMPLAINT'], recordTypeGroups: ['FORMAL_COMPLAINT'], anyIssues: ['COMMUNICATION_DELAY'] },
        nameOf,
      ),
    ).toEqual([
      'Record type: Statutory complaint (STATUTORY_COMPLAINT), LGO Complaint (LGO_COMPLAINT)',
      'Record type group: Formal complaints (FORMAL_COMPLAINT)',
      'Issue (any raised): Delay in communication (COMMUNICATION_DELAY)',
      'Outcome: Upheld (UPHELD)',
    ]);
  });

  it('says nothing without filters, and shows a code it cannot name as it is', () => {
    expect(describeFilterList(null, nameOf)).toEqual([]);
    expect(describeFilterList({ channels: [] }, nameOf)).toEqual([]);
    expect(describeFilterList({ channels: ['PIGEON'] }, nameOf)).toEqual(['Channel: PIGEON']);
  });

  it('does not repeat a code that is its own name', () => {
    expect(labelWithCode('OMBUDSMAN', 'OMBUDSMAN')).toBe('OMBUDSMAN');
    expect(labelWithCode('Ombudsman', 'OMBUDSMAN')).toBe('Ombudsman (OMBUDSMAN)');
  });
});

describe('describeTrendQuestion', () => {
  const question = { measure: 'CONTACTS', granularity: 'MONTH', groupBy: 'CHANNEL', crossBy: null, from: '2009-04-01', to: '2010-03-31' } as const;

  it('gives the measure, grouping and period in words', () => {
    expect(describeTrendQuestion(question)).toEqual({
      measure: 'Number of contacts',
      grouping: 'by channel',
      period: '2009/10, by month',
      comparison: null,
      title: 'Number of contacts by channel, 2009/10, by month',
    });
  });

  it('names a cross-tab, a range of days and a comparison', () => {
    const words = describeTrendQuestion({
      ...question,
      measure: 'RESPONDED_IN_TIME_PERCENT',
      crossBy: 'OUTCOME',
      granularity: 'QUARTER',
      from: '2009-04-01',
      to: '2009-09-30',
      comparison: { compareWith: 'PREVIOUS_YEAR', from: '2008-04-01', to: '2008-09-30' },
    });
    expect(words.title).toBe(
      'Responded to in time (%) by channel and outcome, 1 April 2009 to 30 September 2009, by quarter, compared with 1 April 2008 to 30 September 2008 (the same periods a year earlier)',
    );
  });

  it('reads all contacts without a grouping', () => {
    expect(describeTrendQuestion({ ...question, groupBy: null, granularity: 'FINANCIAL_YEAR', from: '2008-04-01' }).title).toBe(
      'Number of contacts, 2008/09 to 2009/10, by financial year',
    );
  });
});

describe('words for periods and ranges', () => {
  it.each([
    ['2009-04', 'MONTH', 'Apr 2009'],
    ['2009/10 Q1', 'QUARTER', 'Q1 2009/10'],
    ['2009/10', 'FINANCIAL_YEAR', '2009/10'],
  ] as const)('%s by %s reads %s', (period, granularity, words) => expect(formatPeriodKey(period, granularity)).toBe(words));

  it('names whole financial years by their names and other ranges by their dates', () => {
    expect(describeRange('2009-04-01', '2010-03-31')).toBe('2009/10');
    expect(describeRange('2009-04-02', '2010-03-31')).toBe('2 April 2009 to 31 March 2010');
  });

  it('labels the row of all contacts for what it counts', () => {
    expect(allContactsLabel(false, false)).toBe('All contacts');
    expect(allContactsLabel(true, false)).toBe('All contacts matching the filters');
    expect(allContactsLabel(true, true)).toBe('All contacts matching the filters (each counted once)');
  });
});

describe('roundAsShown', () => {
  it('rounds percentages and medians to one place and counts to whole numbers', () => {
    expect(roundAsShown(53.333333333333336, 'percent')).toBe(53.3);
    expect(roundAsShown(21.25, 'percent')).toBe(21.3);
    expect(roundAsShown(12.5, 'days')).toBe(12.5);
    expect(roundAsShown(7, 'count')).toBe(7);
    expect(roundAsShown(-0.04, 'percent')).toBe(0);
    expect(roundAsShown(null, 'percent')).toBeNull();
  });

  it('rounds as the screen does, from the number actually held', () => {
    const onScreen = (value: number) => Number(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, useGrouping: false }).format(value));
    for (const value of [62.85, 0.05, 1.45, 99.95, 33.35, 100 / 3, 200 / 3]) expect(roundAsShown(value, 'percent')).toBe(onScreen(value));
  });
});

describe('formatShownValue', () => {
  it('shows counts whole, percentages and medians to one place', () => {
    expect(formatShownValue(1234, 'count')).toBe('1,234');
    expect(formatShownValue(62.83, 'percent')).toBe('62.8%');
    expect(formatShownValue(12.5, 'days')).toBe('12.5');
    expect(formatShownValue(null, 'percent')).toBe('no data');
  });
});
