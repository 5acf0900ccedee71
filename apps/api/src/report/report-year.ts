/**
 * Which financial years an annual report can be asked for, and how a year is
 * written in URLs ('2009-10', since '/' separates path segments).
 */
import { financialYearRange, formatFinancialYear, isFinancialYear, previousFinancialYear } from '../periods/financial-year';

/** The first year the product reports on; the last is the one after today's calendar year (as for trends). */
export const EARLIEST_REPORT_YEAR = 1990;

export interface ReportYear {
  financialYear: string;
  from: string;
  to: string;
}

export interface ReportYears {
  current: ReportYear;
  previous: ReportYear;
}

export type YearCheck =
  | { ok: true; years: ReportYears }
  | { ok: false; reason: 'malformed'; message: string }
  | { ok: false; reason: 'out-of-range'; message: string; earliest: string; latest: string };

function reportYear(financialYear: string): ReportYear {
  return { financialYear, ...financialYearRange(financialYear) };
}

/** Checks a financial year such as '2009/10': well formed, and between 1990/91 and next year. */
export function checkReportYear(value: string, today: string): YearCheck {
  if (!isFinancialYear(value)) {
    return { ok: false, reason: 'malformed', message: `'${value}' is not a financial year such as 2009/10 (April to March)` };
  }
  const start = Number(value.slice(0, 4));
  const latest = Number(today.slice(0, 4)) + 1;
  if (start < EARLIEST_REPORT_YEAR || start > latest) {
    const [first, last] = [formatFinancialYear(EARLIEST_REPORT_YEAR), formatFinancialYear(latest)];
    return { ok: false, reason: 'out-of-range', message: `'${value}' is outside the years reported on (${first} to ${last})`, earliest: first, latest: last };
  }
  return { ok: true, years: { current: reportYear(value), previous: reportYear(previousFinancialYear(value)) } };
}

/** '2009-10' → '2009/10'; anything else is returned unchanged, for checkReportYear to refuse. */
export function yearFromUrl(segment: string): string {
  return /^\d{4}-\d{2}$/.test(segment) ? segment.replace('-', '/') : segment;
}

/** '2009/10' → '2009-10'. */
export function yearForUrl(financialYear: string): string {
  return financialYear.replace('/', '-');
}
