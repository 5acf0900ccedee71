/**
 * Calendar dates for case work, as ISO strings ('YYYY-MM-DD', no time zone),
 * the way the API sends and takes them. Pure: "today" is passed in or read
 * from a given clock.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in exactly the form YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// The council works in England: "today" is the date in London, as the API counts it.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in London, e.g. '2026-11-25'. */
export function todayIso(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

/** '2010-01-05' → '5 January 2010'; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** Writes every ISO date in a sentence the way people read dates: 'due 2010-01-14' → 'due 14 January 2010'. */
export function humaniseDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => (isIsoDate(iso) ? formatDate(iso) : iso));
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 1 → '1 working day', 4651 → '4,651 working days'. */
export function workingDays(count: number): string {
  return `${whole.format(count)} working ${count === 1 ? 'day' : 'days'}`;
}
