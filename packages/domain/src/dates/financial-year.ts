/**
 * Reporting periods. Councils report by financial year (1 April to 31 March),
 * so a contact stores its month, financial quarter and financial year as plain
 * strings at save time: trend SQL then groups on indexed columns with no
 * dialect-specific date functions.
 */

import { parseIsoDate } from './iso-date';

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

const parts = parseIsoDate;

/** '2009-04-15' → '2009-04'. */
export function monthOf(date: string): string {
  parts(date);
  return date.slice(0, 7);
}

/** '2010-03-31' → '2009/10'; '2010-04-01' → '2010/11'. */
export function financialYearOf(date: string): string {
  const { year, month } = parts(date);
  const start = month >= 4 ? year : year - 1;
  return formatFinancialYear(start);
}

/** Financial quarters start in April: '2009-04-01' → '2009/10 Q1', '2010-01-05' → '2009/10 Q4'. */
export function financialQuarterOf(date: string): string {
  const { month } = parts(date);
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${financialYearOf(date)} Q${quarter}`;
}

export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** True for well-formed financial years such as '2009/10' (the second part must follow the first). */
export function isFinancialYear(value: string): boolean {
  const m = FINANCIAL_YEAR.exec(value);
  return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** '2009/10' → { from: '2009-04-01', to: '2010-03-31' }; throws on a malformed year. */
export function financialYearRange(financialYear: string): { from: string; to: string } {
  if (!isFinancialYear(financialYear)) {
    throw new Error(`Not a financial year (e.g. 2009/10): '${financialYear}'`);
  }
  const start = Number(financialYear.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The financial year before: '2009/10' → '2008/09'. */
export function previousFinancialYear(financialYear: string): string {
  financialYearRange(financialYear);
  return formatFinancialYear(Number(financialYear.slice(0, 4)) - 1);
}
