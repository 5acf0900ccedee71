/**
 * England and Wales bank holidays (including Christmas Day and Good Friday,
 * which are common-law holidays but listed by GOV.UK and excluded from
 * "working day" by SI 2006/1738 reg 2).
 *
 * Each year is generated from the standard pattern (in force since 1978, and
 * applied to every year here) plus the one-off changes in
 * bank-holiday-changes.ts, then cached, so repeated working-day arithmetic
 * costs a Set lookup.
 */

import { BANK_HOLIDAY_CHANGES, type BankHolidayChange } from './bank-holiday-changes';
import {
  assertInteger,
  daysFromCivil,
  daysInMonth,
  dayOfWeekOfDayNumber,
  fromDayNumber,
  isWeekendDayNumber,
  parseIsoDate,
  toDayNumber,
  yearOfDayNumber,
  type IsoDate,
} from './iso-date';

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

const MONDAY = 1;
const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

function assertYear(year: number): void {
  assertInteger('year', year);
  if (year < 0 || year > 9999) throw new RangeError(`year must be between 0 and 9999: ${year}`);
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): IsoDate {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromDayNumber(daysFromCivil(year, month, day));
}

function firstMonday(year: number, month: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((MONDAY - dayOfWeekOfDayNumber(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  return last - ((dayOfWeekOfDayNumber(last) - MONDAY + 7) % 7);
}

/** The standard pattern for a year, before one-off changes. */
export function standardBankHolidays(year: number): BankHoliday[] {
  assertYear(year);
  const days: { day: number; name: string }[] = [];
  const add = (day: number, name: string) => days.push({ day, name });

  // New Year's Day falling at a weekend moves to the following Monday.
  const newYear = daysFromCivil(year, 1, 1);
  const newYearDow = dayOfWeekOfDayNumber(newYear);
  if (newYearDow === SATURDAY) add(newYear + 2, 'New Year’s Day (substitute day)');
  else if (newYearDow === SUNDAY) add(newYear + 1, 'New Year’s Day (substitute day)');
  else add(newYear, 'New Year’s Day');

  const easter = toDayNumber(easterSunday(year));
  add(easter - 2, 'Good Friday');
  add(easter + 1, 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');

  // Christmas and Boxing Day: a day lost to the weekend is made up on the next
  // weekday(s) not already a holiday, so there are always two weekday holidays.
  const christmas = daysFromCivil(year, 12, 25);
  const christmasDow = dayOfWeekOfDayNumber(christmas);
  if (christmasDow === SATURDAY) {
    add(christmas + 2, 'Christmas Day (substitute day)');
    add(christmas + 3, 'Boxing Day (substitute day)');
  } else if (christmasDow === SUNDAY) {
    add(christmas + 1, 'Boxing Day');
    add(christmas + 2, 'Christmas Day (substitute day)');
  } else if (christmasDow === FRIDAY) {
    add(christmas, 'Christmas Day');
    add(christmas + 3, 'Boxing Day (substitute day)');
  } else {
    add(christmas, 'Christmas Day');
    add(christmas + 1, 'Boxing Day');
  }

  return days.sort((x, y) => x.day - y.day).map(({ day, name }) => ({ date: fromDayNumber(day), name }));
}

/**
 * Applies the one-off changes for `year`. Throws on a change that does not fit
 * (removing a day that is not a holiday, adding a duplicate or a date outside
 * the year), because a silently wrong table would shift deadlines.
 */
export function applyBankHolidayChanges(
  year: number,
  standard: readonly BankHoliday[],
  changes: readonly BankHolidayChange[],
): BankHoliday[] {
  let holidays = [...standard];
  for (const change of changes.filter((c) => c.year === year)) {
    for (const removed of change.removes) {
      if (!holidays.some((h) => h.date === removed)) {
        throw new Error(`Bank holiday change '${change.reason}' removes ${removed}, which is not a bank holiday`);
      }
      holidays = holidays.filter((h) => h.date !== removed);
    }
    for (const added of change.adds) {
      if (parseIsoDate(added.date).year !== year) {
        throw new Error(`Bank holiday change '${change.reason}' adds ${added.date}, which is not in ${year}`);
      }
      if (holidays.some((h) => h.date === added.date)) {
        throw new Error(`Bank holiday change '${change.reason}' adds ${added.date}, which is already a bank holiday`);
      }
      holidays.push({ ...added });
    }
  }
  // ISO strings sort chronologically.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

interface YearHolidays {
  list: readonly BankHoliday[];
  /** Day numbers of the holidays that fall on a weekday (the ones that cost a working day). */
  weekdayDayNumbers: readonly number[];
  dayNumbers: ReadonlySet<number>;
}

const cache = new Map<number, YearHolidays>();

function holidaysOf(year: number): YearHolidays {
  let entry = cache.get(year);
  if (!entry) {
    const list = Object.freeze(
      applyBankHolidayChanges(year, standardBankHolidays(year), BANK_HOLIDAY_CHANGES).map((h) => Object.freeze(h)),
    );
    const numbers = list.map((h) => toDayNumber(h.date));
    entry = {
      list,
      weekdayDayNumbers: numbers.filter((n) => !isWeekendDayNumber(n)),
      dayNumbers: new Set(numbers),
    };
    cache.set(year, entry);
  }
  return entry;
}

/** The England and Wales bank holidays of `year`, in date order, as GOV.UK lists them. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  assertYear(year);
  return holidaysOf(year).list;
}

export function isBankHoliday(date: IsoDate): boolean {
  return isBankHolidayDayNumber(toDayNumber(date));
}

// The year last looked up: stepping through consecutive days then skips the
// day-number-to-year conversion almost every time.
let recent: { first: number; last: number; holidays: YearHolidays } | undefined;

export function isBankHolidayDayNumber(dayNumber: number): boolean {
  if (!recent || dayNumber < recent.first || dayNumber > recent.last) {
    const year = yearOfDayNumber(dayNumber);
    recent = { first: daysFromCivil(year, 1, 1), last: daysFromCivil(year, 12, 31), holidays: holidaysOf(year) };
  }
  return recent.holidays.dayNumbers.has(dayNumber);
}

/** Day numbers of the weekday holidays of `year`, ascending. */
export function weekdayBankHolidayDayNumbers(year: number): readonly number[] {
  return holidaysOf(year).weekdayDayNumbers;
}
