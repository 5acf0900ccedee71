/** Formatting for the trend explorer: periods, dates and values, in British English. */
import { formatLongDate, formatPeriodKey, SMALL_PERCENT_BASE } from '@complaints/domain';
import type { Granularity, TrendMeasure } from '../../graphql/graphql';
import { MEASURES } from './trend-labels';

/** '2009-04-01' → '1 April 2009' (the domain's words, as chart images and CSVs use them). */
export const formatDate: (iso: string) => string = formatLongDate;

/** Period keys as people read them: '2009-04' → 'Apr 2009', '2009/10 Q1' → 'Q1 2009/10' (the domain's words too). */
export const formatPeriod: (period: string, granularity: Granularity) => string = formatPeriodKey;

/** Whole numbers and numbers to one place, as the explorer shows them (trend-comparison.ts signs them). */
export const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
export const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

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

/**
 * A percentage of fewer contacts than this is marked as of low reliability:
 * the smallest base the default disclosure rule publishes a percentage of.
 */
export const SMALL_BASE = SMALL_PERCENT_BASE;

/** A percentage with its base, as the table shows it: '62.8% of 121'; other measures as formatValue. */
export function formatWithBase(value: number | null, base: number, measure: TrendMeasure): string {
  if (value === null || MEASURES[measure].unit !== 'percent') return formatValue(value, measure);
  return `${formatValue(value, measure)} of ${whole.format(base)}`;
}

/** A percentage whose base is too small to read much into (1 of 1 is 100%). */
export function isSmallBase(value: number | null, base: number, measure: TrendMeasure): boolean {
  return value !== null && MEASURES[measure].unit === 'percent' && base < SMALL_BASE;
}
