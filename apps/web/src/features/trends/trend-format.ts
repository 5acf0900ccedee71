/** Formatting for the trend explorer: periods, dates and values, in British English. */
import { formatLongDate, formatPeriodKey, SMALL_PERCENT_BASE } from '@complaints/domain';
import type { Granularity, TrendMeasure } from '../../graphql/graphql';
import { MEASURES } from './trend-labels';

/** '2009-04-01' → '1 April 2009' (the domain's words, as chart images and CSVs use them). */
export const formatDate: (iso: string) => string = formatLongDate;

/** Period keys as people read them: '2009-04' → 'Apr 2009' (short: 'Apr 09'), '2009/10 Q1' → 'Q1 2009/10'. */
export function formatPeriod(period: string, granularity: Granularity, style: 'long' | 'short' = 'long'): string {
  const long = formatPeriodKey(period, granularity);
  return style === 'short' && granularity === 'MONTH' && long !== period ? long.replace(/ \d\d(\d\d)$/, ' $1') : long;
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

/** '+' or a minus sign (read out as "minus") in front; nothing when it rounds to nothing. */
function signed(text: string, value: number): string {
  const digits = text.replace('-', '');
  if (/^[0.]+$/.test(digits)) return digits;
  return `${value > 0 ? '+' : '\u2212'}${digits}`;
}

/** A change in the measure's own unit, signed: '+12', '−3.5' (percentage points or days to one place). */
export function formatChange(change: number | null, measure: TrendMeasure): string {
  if (change === null) return 'no data';
  const text = MEASURES[measure].unit === 'count' ? whole.format(change) : oneDecimal.format(change);
  return signed(text, change);
}

/** A relative change, signed: '+20%', '−3.3%'. */
export function formatPercentChange(percentChange: number | null): string {
  if (percentChange === null) return 'no data';
  return `${signed(oneDecimal.format(percentChange), percentChange)}%`;
}

/** The heading of the change column: what a change of 1 is. */
export function changeHeading(measure: TrendMeasure): string {
  switch (MEASURES[measure].unit) {
    case 'count':
      return 'Change';
    case 'percent':
      return 'Change (percentage points)';
    case 'days':
      return 'Change (days)';
  }
}
