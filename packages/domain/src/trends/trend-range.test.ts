import { trendDateRange } from './trend-range';

const today = '2026-11-26';

describe('the date range of a trend question', () => {
  it('is the financial year, April to March', () => {
    expect(trendDateRange({ financialYear: '2009/10' }, today)).toEqual({ range: { from: '2009-04-01', to: '2010-03-31' } });
  });
  it('is from/to as given', () => {
    expect(trendDateRange({ from: '2009-01-01', to: '2009-12-31' }, today)).toEqual({ range: { from: '2009-01-01', to: '2009-12-31' } });
  });
  it.each([
    [{ financialYear: '2009/11' }, 'financialYear', 'is not a financial year'],
    [{ financialYear: '1989/90' }, 'financialYear', 'is not a financial year'],
    [{ financialYear: '2028/29' }, 'financialYear', 'is not a financial year'],
    [{ financialYear: '2009/10', from: '2009-01-01' }, 'financialYear', 'not both'],
    [{ from: '2009-01-01' }, 'to', 'give a date range'],
    [{}, 'from', 'give a date range'],
    [{ from: '2010-01-01', to: '2009-01-01' }, 'from', 'is after the end of the range'],
  ])('refuses %j, naming %s', (input, field, message) => {
    const answer = trendDateRange(input, today);
    expect(answer).toEqual({ problem: { field, message: expect.stringContaining(message) } });
  });
  it('accepts next financial year but not the one after', () => {
    expect('range' in trendDateRange({ financialYear: '2027/28' }, today)).toBe(true);
  });
});
