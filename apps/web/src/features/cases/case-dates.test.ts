import { formatDate, humaniseDates, isIsoDate, todayIso, workingDays } from './case-dates';

describe('case dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2010-02-28')).toBe(true);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2010-02-29')).toBe(false);
    expect(isIsoDate('2010-13-01')).toBe(false);
    expect(isIsoDate('1/3/2010')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it("takes today's date in London, whatever the computer's time zone", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST); in January London is on UTC.
    expect(todayIso(new Date('2010-06-30T23:30:00Z'))).toBe('2010-07-01');
    expect(todayIso(new Date('2010-01-31T23:30:00Z'))).toBe('2010-01-31');
  });

  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2010-01-05')).toBe('5 January 2010');
    expect(formatDate('2009-12-31')).toBe('31 December 2009');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it("rewrites the API's ISO dates inside sentences", () => {
    expect(humaniseDates('Received; acknowledgement due 2010-01-14; response due 2010-01-25')).toBe(
      'Received; acknowledgement due 14 January 2010; response due 25 January 2010',
    );
    expect(humaniseDates("'2010-02-30' is not a real date")).toBe("'2010-02-30' is not a real date");
  });

  it('counts working days in words', () => {
    expect(workingDays(1)).toBe('1 working day');
    expect(workingDays(0)).toBe('0 working days');
    expect(workingDays(4651)).toBe('4,651 working days');
  });
});
