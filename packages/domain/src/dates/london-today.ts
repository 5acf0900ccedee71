/**
 * The one time-zone rule: dates are calendar dates in the council's calendar
 * (Europe/London), so "today" is London's date whatever the server's or the
 * browser's time zone.
 */
import { financialYearOf } from './financial-year';
import type { IsoDate } from './iso-date';

export const COUNCIL_TIME_ZONE = 'Europe/London';

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: COUNCIL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** London's calendar date at `now` as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): IsoDate {
  return LONDON_DATE.format(now);
}

/** The financial year London's today falls in, e.g. '2026/27'. */
export function currentFinancialYear(now: Date = new Date()): string {
  return financialYearOf(todayIso(now));
}
