import { periodsBetween } from '../periods/period-series';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { planTrend, rangeCondition } from './trend-plan';
import { Granularity } from './trend.enums';

const condition = (from: string, to: string, granularity: Granularity) => rangeCondition({ from, to }, granularity, periodsBetween(from, to, granularity));

describe('rangeCondition', () => {
  it.each([
    ['a financial year by month', '2009-04-01', '2010-03-31', Granularity.MONTH, 'c.receivedMonth', 12],
    ['a financial year by quarter', '2009-04-01', '2010-03-31', Granularity.QUARTER, 'c.receivedQuarter', 4],
    ['two financial years by year', '2008-04-01', '2010-03-31', Granularity.FINANCIAL_YEAR, 'c.receivedFinancialYear', 2],
    ['whole months across a year end', '2009-11-01', '2010-02-28', Granularity.MONTH, 'c.receivedMonth', 4],
    ['one whole month in a leap year', '2012-02-01', '2012-02-29', Granularity.MONTH, 'c.receivedMonth', 1],
  ])('lists the periods of %s on the period column', (_case, from, to, granularity, column, count) => {
    const { sql, params } = condition(from, to, granularity);
    expect(sql).toBe(`${column} IN (:...periods)`);
    expect(params.periods).toEqual(periodsBetween(from, to, granularity));
    expect((params.periods as string[]).length).toBe(count);
  });

  it.each([
    ['a range starting mid-month', '2009-04-02', '2010-03-31', Granularity.MONTH],
    ['a range ending mid-month', '2009-04-01', '2010-03-30', Granularity.MONTH],
    ['whole months that cut a quarter', '2009-05-01', '2010-03-31', Granularity.QUARTER],
    ['whole quarters that cut a financial year', '2009-04-01', '2009-12-31', Granularity.FINANCIAL_YEAR],
    ['a single day', '2009-06-15', '2009-06-15', Granularity.MONTH],
  ])('keeps the date test for %s', (_case, from, to, granularity) => {
    expect(condition(from, to, granularity)).toEqual({ sql: 'c.receivedDate BETWEEN :from AND :to', params: { from, to } });
  });
});

describe('planTrend', () => {
  const none = { list: [], byCode: new Map(), byId: new Map() };
  const catalog = { divisions: none, serviceAreas: none, issueCategories: none, issues: none, recordTypes: none, channels: none } as unknown as ReferenceCatalog;

  it('gives every plan its own list of periods, however often the range is asked for', () => {
    const input = { from: '2015-04-01', to: '2025-03-31', granularity: Granularity.MONTH };
    const first = planTrend(input, catalog, '2026-11-26');
    expect(first.periods).toEqual(periodsBetween('2015-04-01', '2025-03-31', Granularity.MONTH));
    first.periods.splice(0, first.periods.length, 'changed');
    expect(planTrend(input, catalog, '2026-11-26').periods).toHaveLength(120);
  });
});
