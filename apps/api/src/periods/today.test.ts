import { todayIso } from './today';

describe("today's London date, kept for the rest of the hour", () => {
  it('changes at London midnight in summer (23:00 UTC), though asked a moment before', () => {
    expect(todayIso(new Date('2009-06-30T22:59:59.999Z'))).toBe('2009-06-30');
    expect(todayIso(new Date('2009-06-30T23:00:00.000Z'))).toBe('2009-07-01');
  });

  it('changes at London midnight in winter (00:00 UTC), and again when time is asked out of order', () => {
    expect(todayIso(new Date('2009-12-31T23:59:59.999Z'))).toBe('2009-12-31');
    expect(todayIso(new Date('2010-01-01T00:00:00.000Z'))).toBe('2010-01-01');
    expect(todayIso(new Date('2009-12-31T23:30:00.000Z'))).toBe('2009-12-31');
  });

  it('is right on either side of the clocks changing (01:00 UTC)', () => {
    expect(todayIso(new Date('2010-03-28T00:59:59Z'))).toBe('2010-03-28');
    expect(todayIso(new Date('2010-03-28T23:00:00Z'))).toBe('2010-03-29');
    expect(todayIso(new Date('2010-10-31T00:30:00Z'))).toBe('2010-10-31');
    expect(todayIso(new Date('2010-10-31T23:30:00Z'))).toBe('2010-10-31');
    expect(todayIso(new Date('2010-11-01T00:00:00Z'))).toBe('2010-11-01');
  });

  it('follows the clock when asked without a date', () => {
    const now = new Date();
    expect(todayIso()).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now));
  });

  it('refuses an invalid date, as the domain rule does', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
