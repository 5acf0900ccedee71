import {
  addCalendarDays,
  addCalendarMonths,
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from './iso-date';

describe('parseIsoDate', () => {
  it('splits a valid date', () => {
    expect(parseIsoDate('2009-10-22')).toEqual({ year: 2009, month: 10, day: 22 });
    expect(parseIsoDate('2008-02-29')).toEqual({ year: 2008, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it.each([
    '2009-02-30',
    '2009-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2009-04-31',
    '2009-13-01',
    '2009-00-10',
    '2009-01-00',
    '2009-4-1',
    '09-04-01',
    '20090401',
    '2009/04/01',
    ' 2009-04-01',
    '2009-04-01 ',
    '2009-04-01T00:00:00Z',
    '',
  ])('rejects %p, naming the value', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(`Not a valid ISO date (YYYY-MM-DD): '${bad}'`);
    expect(isIsoDate(bad)).toBe(false);
  });

  it('rejects non-strings from untyped callers', () => {
    expect(() => parseIsoDate(undefined as unknown as string)).toThrow('Not a valid ISO date (YYYY-MM-DD): undefined');
    expect(() => parseIsoDate(20090401 as unknown as string)).toThrow('20090401');
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });

  it('agrees with Date.UTC for every day from 1899 to 2101', () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    const end = Date.UTC(2101, 11, 31) / 86_400_000;
    const failures: string[] = [];
    for (let n = start; n <= end; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) failures.push(iso);
    }
    expect(failures).toEqual([]);
  });

  it('round-trips at the ends of the supported range', () => {
    for (const iso of ['0000-01-01', '0000-02-29', '1600-02-29', '9999-12-31']) {
      expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
    }
    const { year, month, day } = civilFromDays(daysFromCivil(2400, 2, 29));
    expect([year, month, day]).toEqual([2400, 2, 29]);
  });

  it('refuses dates outside four-digit years', () => {
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0000-01-01', -1)).toThrow(RangeError);
  });

  it('gives the day of the week, 0 = Sunday', () => {
    expect(dayOfWeek('2009-04-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2010-12-25')).toBe(6);
    expect(dayOfWeek('2011-12-25')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2009-04-01', 0, '2009-04-01'],
    ['2009-04-01', 30, '2009-05-01'],
    ['2009-12-31', 1, '2010-01-01'],
    ['2008-02-28', 1, '2008-02-29'],
    ['2009-02-28', 1, '2009-03-01'],
    ['2010-01-01', -1, '2009-12-31'],
    ['2018-05-24', 40, '2018-07-03'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
  });

  it('validates its arguments', () => {
    expect(() => addCalendarDays('2009-02-30', 1)).toThrow("'2009-02-30'");
    expect(() => addCalendarDays('2009-04-01', 1.5)).toThrow('days must be a whole number: 1.5');
    expect(() => addCalendarDays('2009-04-01', NaN)).toThrow('days must be a whole number: NaN');
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2009-04-15', 1, '2009-05-15'],
    ['2009-01-31', 1, '2009-02-28'],
    ['2008-01-31', 1, '2008-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['1900-01-31', 1, '1900-02-28'],
    ['2009-03-31', 1, '2009-04-30'],
    ['2009-08-31', 1, '2009-09-30'],
    ['2009-05-31', 3, '2009-08-31'],
    ['2009-11-30', 3, '2010-02-28'],
    ['2019-11-30', 3, '2020-02-29'],
    ['2009-12-31', 2, '2010-02-28'],
    ['2009-10-31', 12, '2010-10-31'],
    ['2008-02-29', 12, '2009-02-28'],
    ['2009-03-31', -1, '2009-02-28'],
    ['2009-01-15', -1, '2008-12-15'],
    ['2009-01-15', -13, '2007-12-15'],
    ['2009-01-15', 0, '2009-01-15'],
  ])('%s + %i months = %s (clamped to month end)', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('validates its arguments', () => {
    expect(() => addCalendarMonths('2009-4-1', 1)).toThrow("Not a valid ISO date (YYYY-MM-DD): '2009-4-1'");
    expect(() => addCalendarMonths('2009-04-01', 0.5)).toThrow('months must be a whole number: 0.5');
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});
