import { previousYearPeriod, previousYearRange, trendChange } from './trend-comparison';

describe('previousYearRange', () => {
  it.each([
    ['a financial year', '2009-04-01', '2010-03-31', '2008-04-01', '2009-03-31'],
    ['a month in a leap year', '2012-02-01', '2012-02-29', '2011-02-01', '2011-02-28'],
    ['a month after a leap year', '2013-02-01', '2013-02-28', '2012-02-01', '2012-02-29'],
    ['a range starting on 29 February', '2012-02-29', '2012-06-15', '2011-03-01', '2011-06-15'],
    ['days within a month', '2009-06-03', '2009-06-17', '2008-06-03', '2008-06-17'],
  ])('moves %s back a year', (_case, from, to, previousFrom, previousTo) => {
    expect(previousYearRange({ from, to })).toEqual({ from: previousFrom, to: previousTo });
  });
});

describe('trendChange', () => {
  it('gives counts a change and a percentage change', () => {
    expect(trendChange('count', 30, 20)).toEqual({ change: 10, percentChange: 50 });
    expect(trendChange('count', 0, 20)).toEqual({ change: -20, percentChange: -100 });
  });

  it('gives no percentage change from nothing, and no change without both values', () => {
    expect(trendChange('count', 5, 0)).toEqual({ change: 5, percentChange: null });
    expect(trendChange('percent', null, 50)).toEqual({ change: null, percentChange: null });
    expect(trendChange('days', 12, null)).toEqual({ change: null, percentChange: null });
  });

  it('gives rates and medians their change in points or days only', () => {
    expect(trendChange('percent', 62.5, 50)).toEqual({ change: 12.5, percentChange: null });
    expect(trendChange('days', 18, 20)).toEqual({ change: -2, percentChange: null });
  });
});

describe('previousYearPeriod', () => {
  it.each([
    ['2009-04', '2008-04'],
    ['2010-01', '2009-01'],
    ['2009/10 Q3', '2008/09 Q3'],
    ['2000/01', '1999/00'],
  ])('%s → %s', (period, previous) => expect(previousYearPeriod(period)).toBe(previous));

  it('refuses what is not a period key', () => {
    expect(() => previousYearPeriod('April')).toThrow();
  });
});
