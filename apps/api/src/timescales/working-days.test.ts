import { addCalendarDays } from './iso-date';
import { addWorkingDays, isWorkingDay, onOrNextWorkingDay, workingDaysBetween } from './working-days';

/** Reference count: step day by day, the slow obvious way. */
function bruteForceBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}

describe('isWorkingDay', () => {
  it.each([
    ['2009-10-05', true], // Monday
    ['2009-10-09', true], // Friday
    ['2009-10-10', false], // Saturday
    ['2009-10-11', false], // Sunday
    ['2010-04-02', false], // Good Friday
    ['2010-04-05', false], // Easter Monday
    ['2010-04-06', true],
    ['2009-12-24', true],
    ['2009-12-25', false], // Christmas Day
    ['2009-12-28', false], // Boxing Day substitute
    ['2009-12-31', true],
    ['2011-04-29', false], // royal wedding
    ['2012-06-05', false], // diamond jubilee
    ['2012-05-28', true], // spring holiday moved away
    ['2022-09-19', false], // state funeral
    ['2023-05-08', false], // coronation
  ])('%s: %p', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // Ordinary weeks: the starting day never counts.
    ['2009-10-05', 0, '2009-10-05'],
    ['2009-10-05', 1, '2009-10-06'],
    ['2009-10-05', 3, '2009-10-08'],
    ['2009-10-05', 10, '2009-10-19'],
    ['2009-10-09', 1, '2009-10-12'], // Friday -> Monday
    ['2009-10-10', 1, '2009-10-12'], // from a Saturday: Monday is the first day counted
    ['2009-10-10', 0, '2009-10-10'],
    // Easter.
    ['2010-04-01', 1, '2010-04-06'],
    ['2010-04-01', 20, '2010-05-04'], // also skips the early May holiday
    ['2026-03-31', 3, '2026-04-07'],
    // Christmas and New Year.
    ['2009-12-24', 1, '2009-12-29'],
    ['2009-12-21', 10, '2010-01-07'],
    ['2010-12-24', 1, '2010-12-29'],
    ['2010-12-31', 1, '2011-01-04'],
    ['2015-12-24', 1, '2015-12-29'],
    ['2016-12-23', 1, '2016-12-28'],
    ['2021-12-24', 1, '2021-12-29'],
    ['2021-12-31', 1, '2022-01-04'],
    ['1999-12-30', 1, '2000-01-04'], // millennium eve, then New Year substitute
    // One-off years.
    ['1995-05-05', 1, '1995-05-09'],
    ['1995-04-28', 1, '1995-05-01'], // 1 May 1995 was a working day
    ['2002-05-31', 1, '2002-06-05'],
    ['2002-05-24', 1, '2002-05-27'],
    ['2011-04-28', 1, '2011-05-03'], // royal wedding, then early May holiday
    ['2012-06-01', 1, '2012-06-06'],
    ['2012-05-25', 1, '2012-05-28'],
    ['2020-05-07', 1, '2020-05-11'],
    ['2020-05-01', 1, '2020-05-04'],
    ['2022-06-01', 1, '2022-06-06'],
    ['2022-09-16', 1, '2022-09-20'],
    ['2023-05-05', 1, '2023-05-09'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('validates its arguments, naming the bad value', () => {
    expect(() => addWorkingDays('2009-02-30', 1)).toThrow("Not a valid ISO date (YYYY-MM-DD): '2009-02-30'");
    expect(() => addWorkingDays('2009-4-1', 1)).toThrow("'2009-4-1'");
    expect(() => addWorkingDays('', 1)).toThrow("Not a valid ISO date (YYYY-MM-DD): ''");
    expect(() => addWorkingDays('2009-04-01', -1)).toThrow('days must be a whole number >= 0: -1');
    expect(() => addWorkingDays('2009-04-01', 2.5)).toThrow('days must be a whole number >= 0: 2.5');
    expect(() => addWorkingDays('2009-04-01', Infinity)).toThrow('days must be a whole number >= 0: Infinity');
  });
});

describe('onOrNextWorkingDay', () => {
  it.each([
    ['2009-10-05', '2009-10-05'],
    ['2009-10-10', '2009-10-12'],
    ['2018-08-25', '2018-08-28'], // Saturday, then summer bank holiday
    ['2021-12-25', '2021-12-29'],
  ])('%s -> %s', (from, expected) => {
    expect(onOrNextWorkingDay(from)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2009-10-05', '2009-10-05', 0],
    ['2009-10-05', '2009-10-01', 0],
    ['2009-10-05', '2009-10-06', 1],
    ['2009-10-09', '2009-10-12', 1],
    ['2009-10-09', '2009-10-11', 0], // Friday to Sunday
    ['2009-10-05', '2009-10-19', 10],
    ['2009-12-24', '2009-12-29', 1],
    ['2009-12-21', '2010-01-07', 10],
    ['2008-12-31', '2009-12-31', 253], // all of 2009: 261 weekdays less 8 holidays
    ['2011-12-31', '2012-12-31', 252], // leap 2012: 261 weekdays less 9 holidays (the jubilee added one)
  ])('%s to %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('agrees with a day-by-day count over spans of up to three years', () => {
    const starts = ['2008-12-20', '2009-04-01', '2010-12-24', '2011-04-21', '2012-05-31', '2019-12-30', '2022-05-28'];
    const spans = [1, 2, 5, 6, 7, 8, 13, 14, 29, 31, 45, 95, 180, 366, 400, 800, 1100];
    for (const start of starts) {
      for (const span of spans) {
        const end = addCalendarDays(start, span);
        expect(workingDaysBetween(start, end)).toBe(bruteForceBetween(start, end));
      }
    }
  });

  it('is the inverse of addWorkingDays (every 3rd day of 2008-2027 plus every December/January day, n = 0..70)', () => {
    const starts: string[] = [];
    for (let day = '2007-12-01'; day <= '2027-12-31'; day = addCalendarDays(day, 1)) {
      const month = day.slice(5, 7);
      if (month === '12' || month === '01' || Number(day.slice(8)) % 3 === 0) starts.push(day);
    }
    // also the one-off years, in full around the changes
    for (let day = '1995-04-20'; day <= '1995-05-20'; day = addCalendarDays(day, 1)) starts.push(day);
    for (let day = '2002-05-15'; day <= '2002-06-15'; day = addCalendarDays(day, 1)) starts.push(day);
    // Failures are collected rather than expect()ed one by one: ~250,000 expect calls take Jest many seconds.
    const failures: string[] = [];
    for (const start of starts) {
      for (let n = 0; n <= 70; n++) {
        const end = addWorkingDays(start, n);
        if (workingDaysBetween(start, end) !== n) failures.push(`between(${start}, ${end}) !== ${n}`);
        if (n > 0) {
          if (!isWorkingDay(end)) failures.push(`${start} + ${n} = ${end}, not a working day`);
          // The earliest such date: the day before has one working day fewer.
          if (workingDaysBetween(start, addCalendarDays(end, -1)) !== n - 1) {
            failures.push(`${start} + ${n} = ${end}, but an earlier date has ${n} working days`);
          }
        }
      }
    }
    expect(starts.length).toBeGreaterThan(3000);
    expect(failures).toEqual([]);
  });

  it('validates its arguments', () => {
    expect(() => workingDaysBetween('2009-02-30', '2009-03-01')).toThrow("'2009-02-30'");
    expect(() => workingDaysBetween('2009-03-01', '')).toThrow("Not a valid ISO date (YYYY-MM-DD): ''");
  });
});
