import {
  financialQuarterOf,
  financialYearOf,
  financialYearRange,
  isFinancialYear,
  monthOf,
  previousFinancialYear,
} from './financial-year';

describe('financial periods', () => {
  it.each([
    ['2009-04-01', '2009/10', '2009/10 Q1'],
    ['2009-06-30', '2009/10', '2009/10 Q1'],
    ['2009-07-01', '2009/10', '2009/10 Q2'],
    ['2009-12-31', '2009/10', '2009/10 Q3'],
    ['2010-01-01', '2009/10', '2009/10 Q4'],
    ['2010-03-31', '2009/10', '2009/10 Q4'],
    ['2010-04-01', '2010/11', '2010/11 Q1'],
    ['1999-05-01', '1999/00', '1999/00 Q1'],
  ])('%s is in %s, %s', (date, year, quarter) => {
    expect(financialYearOf(date)).toBe(year);
    expect(financialQuarterOf(date)).toBe(quarter);
  });

  it('gives the month key', () => {
    expect(monthOf('2009-10-22')).toBe('2009-10');
  });

  it('validates financial years', () => {
    expect(isFinancialYear('2009/10')).toBe(true);
    expect(isFinancialYear('1999/00')).toBe(true);
    expect(isFinancialYear('2009/11')).toBe(false);
    expect(isFinancialYear('2009-10')).toBe(false);
    expect(() => financialYearRange('2009')).toThrow("Not a financial year (e.g. 2009/10): '2009'");
  });

  it('gives the range and the previous year', () => {
    expect(financialYearRange('2009/10')).toEqual({ from: '2009-04-01', to: '2010-03-31' });
    expect(previousFinancialYear('2009/10')).toBe('2008/09');
    expect(previousFinancialYear('2000/01')).toBe('1999/00');
  });

  it('rejects malformed dates', () => {
    expect(() => monthOf('2009-4-1')).toThrow("Not a valid ISO date (YYYY-MM-DD): '2009-4-1'");
  });
});
