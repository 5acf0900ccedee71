import { chartOf, choiceFromSearch, disclosedTableOf, formatPeriodKey, isEmptyTrend, questionTitle, searchOf, shownValue, trendInput, yearsWithFigures, type MemberTrendChoice } from './member-trends';

const TODAY = '2026-11-26';
const CHOICE: MemberTrendChoice = { year: '2026/27', granularity: 'QUARTER', measure: 'CONTACTS', groupBy: 'OUTCOME', contacts: 'FORMAL_COMPLAINT' };
const TREND = {
  periods: ['2026/27 Q1', '2026/27 Q2', '2026/27 Q3'],
  series: [
    { label: 'Upheld', cells: ['12', 'c', '0'], total: '19' },
    { label: 'Not upheld', cells: ['30', '21', 'c'], total: '54' },
  ],
  periodTotals: ['42', '24', 'c'],
  total: '73',
};

describe('the member’s trend choice', () => {
  it('reads the address, falling back to defaults for anything unknown or unpublishable', () => {
    expect(choiceFromSearch(new URLSearchParams('year=2025/26&granularity=QUARTER&measure=RESPONDED_IN_TIME_PERCENT&groupBy=OUTCOME&contacts=FORMAL_COMPLAINT'), '2026/27')).toEqual({
      year: '2025/26',
      granularity: 'QUARTER',
      measure: 'RESPONDED_IN_TIME_PERCENT',
      groupBy: 'OUTCOME',
      contacts: 'FORMAL_COMPLAINT',
    });
    expect(choiceFromSearch(new URLSearchParams('year=2030/31&granularity=DAY&measure=COLOUR&groupBy=toString&contacts=X'), '2026/27')).toEqual({
      year: '2026/27',
      granularity: 'MONTH',
      measure: 'CONTACTS',
      groupBy: '',
      contacts: '',
    });
    expect(searchOf({ ...CHOICE, groupBy: '', contacts: '' })).toEqual({ year: '2026/27', granularity: 'QUARTER', measure: 'CONTACTS' });
  });

  it('asks for the current year to today only, with the filter and split chosen', () => {
    expect(trendInput(CHOICE, TODAY)).toEqual({ from: '2026-04-01', to: '2026-11-26', granularity: 'QUARTER', measure: 'CONTACTS', groupBy: 'OUTCOME', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'] } });
    expect(trendInput({ ...CHOICE, year: '2025/26', groupBy: '', contacts: '' }, TODAY)).toEqual({ from: '2025-04-01', to: '2026-03-31', granularity: 'QUARTER', measure: 'CONTACTS' });
    expect(questionTitle(CHOICE, TODAY)).toBe('Number of contacts by outcome, quarter by quarter, 2026/27 to date (formal complaints)');
  });

  it('offers the years with figures, a suppressed total counting as figures', () => {
    expect(yearsWithFigures(['2008/09', '2009/10', '2010/11', '2025/26'], ['0', '1,204', 'c', '-'], '2026/27')).toEqual(['2026/27', '2010/11', '2009/10']);
  });
});

describe('the disclosed figures', () => {
  it('names periods as people read them', () => {
    expect([formatPeriodKey('2026-04', 'MONTH'), formatPeriodKey('2027-03', 'MONTH'), formatPeriodKey('2026/27 Q2', 'QUARTER'), formatPeriodKey('2026/27', 'FINANCIAL_YEAR')]).toEqual([
      'Apr 2026',
      'Mar 2027',
      'Q2 2026/27',
      '2026/27',
    ]);
  });

  it('draws only figures the rule shows', () => {
    expect(['12', '1,204', '62.8%', '-3', '<5', 'c', '[c]', '*', '-', ''].map(shownValue)).toEqual([12, 1204, 62.8, -3, null, null, null, null, null, null]);
  });

  it('lays the table out with periods down and the split across, totals last, as published', () => {
    const table = disclosedTableOf(TREND, CHOICE, TODAY);
    expect(table.title).toBe('Number of contacts by outcome, quarter by quarter, 2026/27 to date (formal complaints)');
    expect(table.columns).toEqual(['Upheld', 'Not upheld', 'All formal complaints']);
    expect(table.rows).toEqual([
      { label: 'Q1 2026/27', cells: ['12', '30', '42'] },
      { label: 'Q2 2026/27', cells: ['c', '21', '24'] },
      { label: 'Q3 2026/27', cells: ['0', 'c', 'c'] },
      { label: 'Total', cells: ['19', '54', '73'] },
    ]);
    const unsplit = disclosedTableOf({ ...TREND, series: [{ label: 'All contacts', cells: TREND.periodTotals, total: '73' }] }, { ...CHOICE, groupBy: '', measure: 'RESPONDED_IN_TIME_PERCENT' }, TODAY);
    expect(unsplit.columns).toEqual(['Responded to in time (%)']);
    expect(unsplit.rows.at(-1)).toEqual({ label: '2026/27 to date, overall', cells: ['73'] });
  });

  it('charts the totals, saying which periods are suppressed and not drawn', () => {
    const chart = chartOf(TREND, CHOICE, TODAY)!;
    expect(chart.categories).toEqual(['Q1 2026/27', 'Q2 2026/27', 'Q3 2026/27']);
    expect(chart.values).toEqual([42, 24, null]);
    expect(chart.description).toBe(
      'Bar chart: Number of contacts by outcome, quarter by quarter, 2026/27 to date (formal complaints), all formal complaints. Highest: 42 in Q1 2026/27. 1 period is suppressed under the disclosure rule and not drawn. The table below has every figure.',
    );
    expect(chartOf({ ...TREND, periods: ['2026/27'], periodTotals: ['73'] }, { ...CHOICE, granularity: 'FINANCIAL_YEAR' }, TODAY)).toBeNull();
  });

  it('is empty when every figure is nothing, not when one is suppressed', () => {
    expect(isEmptyTrend({ ...TREND, periodTotals: ['0', '-', '0'], total: '0' })).toBe(true);
    expect(isEmptyTrend({ ...TREND, periodTotals: ['0', 'c', '0'], total: 'c' })).toBe(false);
  });
});
