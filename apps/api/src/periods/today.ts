/**
 * Today's date in the council's calendar (Europe/London): the one rule is in @complaints/domain (dates/london-today).
 * The API asks on every request, and formatting a date in a time zone costs tens of µs, so the answer is kept for
 * the rest of the UTC hour it was computed in: London is always a whole number of hours from UTC (GMT or BST,
 * changing at 01:00 UTC), so its midnight falls on a UTC hour and its date cannot change within one.
 */
import { todayIso as londonToday, type IsoDate } from '@complaints/domain';

const HOUR_MS = 3_600_000;

let keptHour = Number.NaN;
let keptDate: IsoDate = '';

/** London's calendar date at `now` as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): IsoDate {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  if (hour !== keptHour) {
    // An invalid date (NaN) is never kept: the domain rule throws for it, as before.
    keptDate = londonToday(now);
    keptHour = hour;
  }
  return keptDate;
}
