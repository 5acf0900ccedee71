import { monthsBetween, periodsBetween } from './period-series';

describe('periodsBetween', () => {
  it('lists every month of a financial year', () => {
    const months = periodsBetween('2009-04-01', '2010-03-31', 'MONTH');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2009-04');
    expect(months[11]).toBe('2010-03');
  });

  it('lists financial quarters and years, including partial ones at the ends', () => {
    expect(periodsBetween('2009-04-01', '2010-03-31', 'QUARTER')).toEqual(['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4']);
    expect(periodsBetween('2009-03-15', '2009-07-01', 'QUARTER')).toEqual(['2008/09 Q4', '2009/10 Q1', '2009/10 Q2']);
    expect(periodsBetween('2008-04-01', '2010-03-31', 'FINANCIAL_YEAR')).toEqual(['2008/09', '2009/10']);
    expect(periodsBetween('2009-12-01', '2010-01-31', 'MONTH')).toEqual(['2009-12', '2010-01']);
  });

  it('counts months touched', () => {
    expect(monthsBetween('2009-04-30', '2010-03-01')).toBe(12);
    expect(monthsBetween('2009-04-30', '2009-04-30')).toBe(1);
  });
});
