/** How the annual report's figures read on the page: British English, blanks for cells with no figure. */

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The API's rule: a column heading ending in '%' holds percentages to one decimal place. */
export function isPercentColumn(column: string): boolean {
  return column.trim().endsWith('%');
}

/**
 * A cell as text: counts with thousands separators (3,204), percentages to one
 * decimal place (41.0, -33.3); null (no figure) is null, shown as a blank cell.
 */
export function formatReportValue(value: number | null | undefined, column: string): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return isPercentColumn(column) ? PERCENT.format(value) : WHOLE.format(value);
}

/** Rows the report totals: 'Total', 'Total number of formal complaints' (bold, with a rule above). */
export function isTotalRow(label: string): boolean {
  return /^total\b/i.test(label.trim());
}

/** '2010-10-31' → '31 October 2010'. */
export function formatLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day || month > 12) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** 1 → '1 contact', 441 → '441 contacts'. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${WHOLE.format(count)} ${count === 1 ? one : many}`;
}
