/**
 * Working days as SI 2006/1738 reg 2 defines them: not a Saturday, Sunday,
 * Christmas Day, Good Friday or England and Wales bank holiday.
 *
 * Counting follows the regulations' "within N working days of" reading: the
 * day of receipt never counts, the first day counted is the next working day.
 */

import { isBankHolidayDayNumber, weekdayBankHolidayDayNumbers } from './bank-holidays';
import {
  assertInteger,
  fromDayNumber,
  isWeekendDayNumber,
  toDayNumber,
  yearOfDayNumber,
  type IsoDate,
} from './iso-date';

export function isWorkingDayNumber(dayNumber: number): boolean {
  return !isWeekendDayNumber(dayNumber) && !isBankHolidayDayNumber(dayNumber);
}

export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/** The day number `days` working days after `from` (0 gives `from` back, working day or not). */
export function addWorkingDayNumbers(from: number, days: number): number {
  let day = from;
  let remaining = days;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDayNumber(day)) remaining -= 1;
  }
  return day;
}

/** The date `days` working days after `from`; `from` itself never counts. */
export function addWorkingDays(from: IsoDate, days: number): IsoDate {
  const start = toDayNumber(from);
  assertInteger('days', days, { nonNegative: true });
  return fromDayNumber(addWorkingDayNumbers(start, days));
}

/** The first working day after `from` when `from` is not itself a working day; otherwise `from`. */
export function onOrNextWorkingDay(from: IsoDate): IsoDate {
  const start = toDayNumber(from);
  return isWorkingDayNumber(start) ? from : fromDayNumber(addWorkingDayNumbers(start, 1));
}

/** Mon-Fri days d with a < d <= b: whole weeks hold 5 each, then at most 6 days are checked. */
function weekdaysAfterUpTo(a: number, b: number): number {
  const weeks = Math.floor((b - a) / 7);
  let count = weeks * 5;
  for (let day = a + weeks * 7 + 1; day <= b; day++) {
    if (!isWeekendDayNumber(day)) count++;
  }
  return count;
}

/**
 * Working days after `from` up to and including `to`; 0 when to <= from.
 * The inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n.
 * Computed per week and per holiday, so long spans (years) stay cheap.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b <= a) return 0;
  let holidays = 0;
  for (let year = yearOfDayNumber(a + 1); year <= yearOfDayNumber(b); year++) {
    for (const day of weekdayBankHolidayDayNumbers(year)) {
      if (day > a && day <= b) holidays++;
    }
  }
  return weekdaysAfterUpTo(a, b) - holidays;
}
