/**
 * Calendar dates for case work, as ISO strings ('YYYY-MM-DD', no time zone),
 * the way the API sends and takes them. Pure: "today" is passed in or read
 * from a given clock.
 */

import { isIsoDate } from '@complaints/domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
