/** The date range a trend question covers, or the problem with it. */
import { financialYearRange, isFinancialYear } from '../dates/financial-year';
import type { IsoDate } from '../dates/iso-date';
import { EARLIEST_FINANCIAL_YEAR_START } from './trend-limits';
import type { FieldProblem, TrendParams } from './trend-params';

export function trendDateRange(
  input: Pick<TrendParams, 'financialYear' | 'from' | 'to'>,
  today: IsoDate,
): { range: { from: IsoDate; to: IsoDate } } | { problem: FieldProblem } {
  if (input.financialYear) {
    if (input.from || input.to) return { problem: { field: 'financialYear', message: 'give either financialYear or from/to, not both' } };
    const startYear = Number(input.financialYear.slice(0, 4));
    const latest = Number(today.slice(0, 4)) + 1;
    if (!isFinancialYear(input.financialYear) || startYear < EARLIEST_FINANCIAL_YEAR_START || startYear > latest) {
      return { problem: { field: 'financialYear', message: `'${input.financialYear}' is not a financial year such as 2009/10 (April to March)` } };
    }
    return { range: financialYearRange(input.financialYear) };
  }
  if (!input.from || !input.to) {
    return { problem: { field: input.from ? 'to' : 'from', message: 'give a date range (from and to) or a financialYear' } };
  }
  if (input.from > input.to) {
    return { problem: { field: 'from', message: `${input.from} is after the end of the range (${input.to})` } };
  }
  return { range: { from: input.from, to: input.to } };
}
