import { currentFinancialYear, todayIso } from './london-today';

describe("today is London's date", () => {
  it('is the next day in London once it is past midnight there in summer (BST), though still the day before in UTC', () => {
    expect(todayIso(new Date('2009-06-30T23:30:00Z'))).toBe('2009-07-01');
  });
  it('is the UTC date in winter (GMT)', () => {
    expect(todayIso(new Date('2009-12-31T23:30:00Z'))).toBe('2009-12-31');
    expect(todayIso(new Date('2010-01-01T00:30:00Z'))).toBe('2010-01-01');
  });
  it('is still the day before in London when it is already tomorrow further east', () => {
    expect(todayIso(new Date('2010-03-31T22:30:00Z'))).toBe('2010-03-31');
  });
});

describe('the current financial year', () => {
  it("follows London's date: 1 April starts the year at London's midnight, an hour before UTC's in summer", () => {
    expect(currentFinancialYear(new Date('2010-03-31T22:30:00Z'))).toBe('2009/10');
    expect(currentFinancialYear(new Date('2010-03-31T23:30:00Z'))).toBe('2010/11');
  });
});
