/** Reading the retention page's inputs, with messages in words. Pure (tested in retention-form.test.ts). */
import { isIsoDate, isRetentionYears, RETENTION_YEARS } from '@complaints/domain';

/** The years typed for a retention period, or what is wrong with them. */
export function readYears(text: string): { ok: true; years: number } | { ok: false; error: string } {
  const value = text.trim();
  if (!value) return { ok: false, error: 'Enter the number of years' };
  if (!/^\d+$/.test(value)) return { ok: false, error: 'Enter the years as a whole number, for example 6' };
  const years = Number(value);
  if (!isRetentionYears(years)) return { ok: false, error: `Enter a number of years from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}` };
  return { ok: true, years };
}

/** The day the report is for, or what is wrong with it (`unreadable`: the browser holds a date it cannot give us). */
export function readAsOf(text: string, unreadable: boolean): { ok: true; asOf: string } | { ok: false; error: string } {
  if (unreadable || (text && !isIsoDate(text))) return { ok: false, error: 'Enter a real date, for example 1 April 2026' };
  if (!text) return { ok: false, error: 'Enter the date to show records due by' };
  return { ok: true, asOf: text };
}

/** '1 record' or '3 records'. */
export function recordsText(count: number): string {
  return count === 1 ? '1 record' : `${count.toLocaleString('en-GB')} records`;
}

/** '6 years', '1 year'. */
export function yearsText(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}
