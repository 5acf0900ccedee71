/**
 * The measures a trend can show. Each is a handful of SQL aggregates per
 * (period, series) cell, plus an accumulator that folds cells into series and
 * grand totals: counts add, percentages add their numerators and denominators,
 * medians merge their histograms. No contact row ever reaches JavaScript.
 */
import { countOf } from '../statistics/aggregate-count';
import { TrendMeasure } from './trend.enums';

export type AggregateRow = Record<string, unknown>;

export interface Accumulator {
  add(row: AggregateRow): void;
  value(): number | null;
  count(): number;
}

export interface MeasureSpec {
  /** Conditions on the contact rows counted (contacts outside them do not count at all). */
  where: string[];
  /** Aggregates selected per cell, by alias. */
  selects: Record<string, string>;
  /** An extra column to group on (the median's histogram bucket). */
  bucket?: string;
  accumulator(): Accumulator;
  definition: string;
  /** Which timescale a percentage needs; record types without it are refused. */
  needsTimescale?: 'acknowledgement' | 'response';
}


function counting(): Accumulator {
  let n = 0;
  return { add: (row) => (n += countOf(row.n)), value: () => n, count: () => n };
}

function percentage(): Accumulator {
  let inTime = 0;
  let total = 0;
  return {
    add(row) {
      inTime += countOf(row.inTime);
      total += countOf(row.n);
    },
    value: () => (total ? (100 * inTime) / total : null),
    count: () => total,
  };
}

function median(): Accumulator {
  const histogram = new Map<number, number>();
  let total = 0;
  return {
    add(row) {
      const days = countOf(row.bucket);
      histogram.set(days, (histogram.get(days) ?? 0) + countOf(row.n));
      total += countOf(row.n);
    },
    value() {
      if (!total) return null;
      const sorted = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
      // The average of the two middle values when the count is even.
      const nth = (k: number) => {
        let seen = 0;
        for (const [days, n] of sorted) if ((seen += n) > k) return days;
        return sorted[sorted.length - 1][0];
      };
      return total % 2 ? nth((total - 1) / 2) : (nth(total / 2 - 1) + nth(total / 2)) / 2;
    },
    count: () => total,
  };
}

export const MEASURES: Record<TrendMeasure, MeasureSpec> = {
  [TrendMeasure.CONTACTS]: {
    where: [],
    selects: { n: 'COUNT(*)' },
    accumulator: counting,
    definition: 'Number of contacts received in each period.',
  },
  [TrendMeasure.ACKNOWLEDGED_IN_TIME_PERCENT]: {
    where: ['c.acknowledgementDueDate IS NOT NULL', 'c.acknowledgementSentDate IS NOT NULL'],
    selects: { n: 'COUNT(*)', inTime: 'SUM(CASE WHEN c.acknowledgementSentDate <= c.acknowledgementDueDate THEN 1 ELSE 0 END)' },
    accumulator: percentage,
    needsTimescale: 'acknowledgement',
    definition:
      'Acknowledged in time: of the contacts with an acknowledgement due and a recorded acknowledgement date, ' +
      'the percentage acknowledged on or before the due date (working days, from the rule in force when received). ' +
      'Contacts with no recorded acknowledgement are left out of both numerator and denominator.',
  },
  [TrendMeasure.RESPONDED_IN_TIME_PERCENT]: {
    where: ['c.responseDueDate IS NOT NULL', 'c.responseSentDate IS NOT NULL'],
    selects: { n: 'COUNT(*)', inTime: 'SUM(CASE WHEN c.responseSentDate <= c.responseDueDate THEN 1 ELSE 0 END)' },
    accumulator: percentage,
    needsTimescale: 'response',
    definition:
      'Responded in time: of the contacts with a response due and sent, the percentage sent on or before the due date ' +
      '(the extended timescale where one was agreed). Contacts still awaiting a response are left out.',
  },
  [TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE]: {
    where: ['c.workingDaysToResponse IS NOT NULL'],
    selects: { n: 'COUNT(*)' },
    bucket: 'c.workingDaysToResponse',
    accumulator: median,
    definition: 'Median working days from receipt to the response being sent, over the contacts responded to.',
  },
};
