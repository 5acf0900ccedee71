/**
 * An embed's expiry: people choose a day ("stop showing it after 31 March
 * 2011"); the API stores an instant. The embed stops at the first moment of the
 * next day in the council's time zone, whatever the browser's.
 */
import { addCalendarDays, COUNCIL_TIME_ZONE, isIsoDate, parseIsoDate } from '@complaints/domain';
import { formatDate, formatShortDateTime } from '../actions/action-format';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: COUNCIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London calendar date and time of an instant: { date: '2011-04-01', time: '00:00' }. */
export function londonDateTime(instant: Date): { date: string; time: string } {
  const part = (type: Intl.DateTimeFormatPartTypes) => LONDON.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** '2011-03-31' → the instant London's 1 April 2011 begins, as the API's DateTimeISO. */
export function expiryInstant(lastDay: string): string {
  const next = addCalendarDays(lastDay, 1);
  const { year, month, day } = parseIsoDate(next);
  // London is UTC (GMT) or UTC+1 (BST); clocks change at 01:00 UTC, so its midnight always exists.
  for (const offsetHours of [0, 1]) {
    const instant = new Date(Date.UTC(year, month - 1, day, -offsetHours));
    const london = londonDateTime(instant);
    if (london.date === next && london.time === '00:00') return instant.toISOString();
  }
  return new Date(Date.UTC(year, month - 1, day)).toISOString();
}

/** How the register writes an expiry: 'Shown until the end of 31 March 2011', or the exact time if it is not a midnight. */
export function describeExpiry(expiresAt: string | null | undefined): string {
  if (!expiresAt) return 'No expiry date: shown until it is revoked';
  const instant = new Date(expiresAt);
  if (Number.isNaN(instant.getTime())) return expiresAt;
  const london = londonDateTime(instant);
  if (london.time === '00:00' && isIsoDate(london.date)) return `Shown until the end of ${formatDate(addCalendarDays(london.date, -1))}`;
  return `Shown until ${formatShortDateTime(expiresAt)}`;
}
