/** Formatting for the trend explorer: periods, dates and values, in British English. */
import type { Granularity, TrendMeasure } from '../../graphql/graphql';
import { MEASURES } from './trend-labels';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2009 → '2009/10'. */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The financial year (April to March) a date falls in: 2026-11-25 → '2026/27'. */
export function financialYearOf(date: Date): string {
  const year = date.getFullYear();
  return formatFinancialYear(date.getMonth() >= 3 ? year : year - 1);
}

/** '2009/10' → { from: '2009-04-01', to: '2010-03-31' }. */
export function financialYearRange(financialYear: string): { from: string; to: string } {
  const start = Number(financialYear.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** '2009-04-01' → '1 April 2009'. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Period keys as people read them: '2009-04' → 'Apr 2009', '2009/10 Q1' → 'Q1 2009/10'. */
export function formatPeriod(period: string, granularity: Granularity, style: 'long' | 'short' = 'long'): string {
  if (granularity === 'MONTH') {
    const [year, month] = period.split('-').map(Number);
    if (!year || !month) return period;
    const name = MONTHS[month - 1]!.slice(0, 3);
    return style === 'short' ? `${name} ${String(year).slice(2)}` : `${name} ${year}`;
  }
  if (granularity === 'QUARTER') {
    const [year, quarter] = period.split(' ');
    return quarter && year ? `${quarter} ${year}` : period;
  }
  return period;
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A measure's value in words and digits; null (nothing to count) is 'no data'. */
export function formatValue(value: number | null | undefined, measure: TrendMeasure): string {
  if (value === null || value === undefined) return 'no data';
  switch (MEASURES[measure].unit) {
    case 'count':
      return whole.format(value);
    case 'percent':
      return `${oneDecimal.format(value)}%`;
    case 'days':
      return oneDecimal.format(value);
  }
}
