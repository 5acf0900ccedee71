/**
 * "Compare with previous year": the range a comparison reads, and the change
 * between a value and the one it is compared with. Pure, so the API computes
 * it and the web explains it with the same rule.
 */
import { addCalendarDays, addCalendarMonths, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/iso-date';
import { previousFinancialYear } from '../dates/financial-year';
import type { MeasureUnit, TrendComparison } from './trend-vocabulary';

function isLastDayOfMonth(date: IsoDate): boolean {
  const { year, month, day } = parseIsoDate(date);
  return day === daysInMonth(year, month);
}

/**
 * The same range a year earlier. A range of whole months stays one of whole
 * months (to 29 Feb 2012 → to 28 Feb 2011; to 28 Feb 2013 → to 29 Feb 2012), so
 * each period lines up with the same period a year before and no day is lost
 * or counted twice; a range starting on 29 February starts on 1 March.
 */
export function previousYearRange(range: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  const { month: fromMonth, day: fromDay } = parseIsoDate(range.from);
  const from = fromMonth === 2 && fromDay === 29 ? addCalendarDays(addCalendarMonths(range.from, -12), 1) : addCalendarMonths(range.from, -12);
  let to = addCalendarMonths(range.to, -12);
  if (isLastDayOfMonth(range.to)) {
    const { year, month } = parseIsoDate(to);
    to = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  }
  return { from, to };
}

/** A period key a year earlier: '2009-04' → '2008-04', '2009/10 Q3' → '2008/09 Q3', '2009/10' → '2008/09'. */
export function previousYearPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${String(Number(month[1]) - 1).padStart(4, '0')}-${month[2]}`;
  const quarter = /^(\d{4}\/\d{2}) (Q[1-4])$/.exec(period);
  if (quarter) return `${previousFinancialYear(quarter[1]!)} ${quarter[2]}`;
  return previousFinancialYear(period);
}

/** The range a comparison reads. */
export function comparisonRange(comparison: TrendComparison, range: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  switch (comparison) {
    case 'PREVIOUS_YEAR':
      return previousYearRange(range);
  }
}

export interface TrendChange {
  /** value − previous: contacts, percentage points or days; null when either side has no value. */
  change: number | null;
  /** For counts only, the change as a percentage of the previous count; null when that was 0 (or for rates and medians, where a relative change misleads). */
  percentChange: number | null;
}

export function trendChange(unit: MeasureUnit, value: number | null, previous: number | null): TrendChange {
  if (value === null || previous === null) return { change: null, percentChange: null };
  const change = value - previous;
  return { change, percentChange: unit === 'count' && previous !== 0 ? (100 * change) / previous : null };
}
