/**
 * The annual report's address: the financial year lives in the URL as
 * `?year=2009/10`; the API's CSV export and printable page write it with a
 * hyphen (`/export/report/2009-10/table3.csv`, `/report/2009-10`).
 */
import { isFinancialYear } from '@complaints/domain';

export type YearFromSearch =
  | { kind: 'none' }
  | { kind: 'year'; year: string }
  | { kind: 'invalid'; value: string };

/** The `year` in a query string: absent, a financial year, or something the page cannot use. */
export function reportYearFromSearch(search: string): YearFromSearch {
  const value = new URLSearchParams(search).get('year');
  if (value === null || value.trim() === '') return { kind: 'none' };
  const year = value.trim();
  return isFinancialYear(year) ? { kind: 'year', year } : { kind: 'invalid', value };
}

/** '?year=2009/10', with the slash left as it is, like the trend explorer's financialYear. */
export function reportSearch(financialYear: string): string {
  return `?year=${financialYear}`;
}

/** '2009/10' → '2009-10', as the API's report addresses write it. */
export function yearForUrl(financialYear: string): string {
  return financialYear.replace('/', '-');
}

/** One table of the report as CSV: '/export/report/2009-10/table3.csv' (appendix1 for the learning actions). */
export function reportCsvHref(financialYear: string, tableId: string): string {
  return `/export/report/${yearForUrl(financialYear)}/${encodeURIComponent(tableId)}.csv`;
}

/** The API's printable HTML report: '/report/2009-10'. */
export function printableReportHref(financialYear: string): string {
  return `/report/${yearForUrl(financialYear)}`;
}

/**
 * The years to offer, newest first: the years with contacts, plus the year
 * being shown when it has none (so the select always says which year this is).
 */
export function yearOptions(yearsWithData: readonly string[], shown: string | null): string[] {
  const years = new Set(yearsWithData);
  if (shown) years.add(shown);
  return [...years].sort((a, b) => b.localeCompare(a));
}

/** The financial years with at least one contact, newest first, from a trend counted by financial year. */
export function yearsWithContacts(points: ReadonlyArray<{ period: string; count: number }>): string[] {
  return points
    .filter((point) => point.count > 0 && isFinancialYear(point.period))
    .map((point) => point.period)
    .sort((a, b) => b.localeCompare(a));
}
