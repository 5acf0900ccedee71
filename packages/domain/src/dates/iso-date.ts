/**
 * Calendar dates as ISO strings ('YYYY-MM-DD') and as integer day numbers.
 *
 * Arithmetic is done on day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar) rather than on Date objects, so no time zone, daylight
 * saving change or host clock can shift a date by one.
 */

/** A calendar date 'YYYY-MM-DD' (no time, no time zone). */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Bound once: inside Jest's sandbox every `Math.` lookup costs ~100x a local one,
// and the conversions below run for every day stepped over.
const floor = Math.floor;

/** Day numbers of 0000-01-01 and 9999-12-31: results must still print as four-digit years. */
const MIN_DAY_NUMBER = daysFromCivil(0, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(9999, 12, 31);

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** Splits a date into numbers, throwing if it is not a real calendar date in exactly 'YYYY-MM-DD' form. */
export function parseIsoDate(date: IsoDate): DateParts {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new Error(`Not a valid ISO date (YYYY-MM-DD): ${quote(date)}`);
}

export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseIsoDate(value as IsoDate);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil,
 * counting years from March so the leap day is the last day of the year).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of daysFromCivil. */
export function civilFromDays(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Date out of the supported range 0000-01-01..9999-12-31 (day number ${dayNumber})`);
  }
  return formatIsoDate(civilFromDays(dayNumber));
}

export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

export function isWeekendDayNumber(dayNumber: number): boolean {
  const dow = dayOfWeekOfDayNumber(dayNumber);
  return dow === 0 || dow === 6;
}

/** Throws unless `value` is an integer (optionally >= 0), naming the argument and the bad value. */
export function assertInteger(name: string, value: number, options: { nonNegative?: boolean } = {}): void {
  if (!Number.isSafeInteger(value) || (options.nonNegative && value < 0)) {
    const kind = options.nonNegative ? 'a whole number >= 0' : 'a whole number';
    throw new Error(`${name} must be ${kind}: ${quote(value)}`);
  }
}

/** `days` may be negative. */
export function addCalendarDays(from: IsoDate, days: number): IsoDate {
  assertInteger('days', days);
  return fromDayNumber(toDayNumber(from) + days);
}

/**
 * The same day of the month `months` later (or earlier, if negative), clamped
 * to the end of a shorter month: 31 Jan + 1 month = 28 Feb (29 in a leap year).
 */
export function addCalendarMonths(from: IsoDate, months: number): IsoDate {
  assertInteger('months', months);
  const { year, month, day } = parseIsoDate(from);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) {
    throw new RangeError(`Date out of the supported range 0000-01-01..9999-12-31: ${from} + ${months} months`);
  }
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}
