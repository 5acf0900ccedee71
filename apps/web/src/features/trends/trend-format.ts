/** Formatting for the trend explorer: periods, dates and values, in British English. */
import type { Granularity, TrendMeasure } from '../../graphql/graphql';
import { MEASURES } from './trend-labels';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
