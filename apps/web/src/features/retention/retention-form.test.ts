import { readAsOf, readYears, recordsText, yearsText } from './retention-form';

describe('the retention page’s inputs', () => {
  it('take a whole number of years from 1 to 100', () => {
    expect(readYears(' 7 ')).toEqual({ ok: true, years: 7 });
    expect(readYears('100')).toEqual({ ok: true, years: 100 });
    expect(readYears('')).toEqual({ ok: false, error: 'Enter the number of years' });
    expect(readYears('6.5')).toEqual({ ok: false, error: 'Enter the years as a whole number, for example 6' });
    expect(readYears('six')).toEqual({ ok: false, error: 'Enter the years as a whole number, for example 6' });
    expect(readYears('0')).toEqual({ ok: false, error: 'Enter a number of years from 1 to 100' });
    expect(readYears('101')).toEqual({ ok: false, error: 'Enter a number of years from 1 to 100' });
  });

  it('take a real date to show records due by', () => {
    expect(readAsOf('2026-11-30', false)).toEqual({ ok: true, asOf: '2026-11-30' });
    expect(readAsOf('', false)).toEqual({ ok: false, error: 'Enter the date to show records due by' });
    expect(readAsOf('', true)).toEqual({ ok: false, error: 'Enter a real date, for example 1 April 2026' });
    expect(readAsOf('2026-02-30', false)).toEqual({ ok: false, error: 'Enter a real date, for example 1 April 2026' });
  });

  it('count in words', () => {
    expect(recordsText(1)).toBe('1 record');
    expect(recordsText(1234)).toBe('1,234 records');
    expect(yearsText(1)).toBe('1 year');
    expect(yearsText(6)).toBe('6 years');
  });
});
