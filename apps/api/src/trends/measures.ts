/**
 * The measures a trend can show. Each is a handful of SQL aggregates per
 * (period, series) cell, plus an accumulator that folds cells into series and
 * grand totals: counts add, percentages add their numerators and denominators,
 * medians merge their histograms. No contact row ever reaches JavaScript.
 */
import { LEARNING_CAPTURED_DEFINITION, LEARNING_CONSIDERED_DEFINITION, RESPONSE_OUTCOMES } from '@complaints/domain';
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

/** The share of the counted rows (`n`) that `part` counts, as a percentage. */
function percentage(part = 'inTime'): Accumulator {
  let inTime = 0;
  let total = 0;
  return {
    add(row) {
      inTime += countOf(row[part]);
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

/**
 * Formal complaints whose Stage 1 response is sent: only complaints take these
 * outcomes, and they are set with the response. Both columns are in the trend indexes.
 */
export const RESPONDED_COMPLAINTS = [`c.outcome IN (${RESPONSE_OUTCOMES.map((o) => `'${o}'`).join(', ')})`, 'c.responseSentDate IS NOT NULL'];

/** Contacts with an answer to "what was learned?" (contacts/learning-outcome), of the kinds given or any. */
export function learningAnswered(linksAnAction: boolean): string {
  const kinds = linksAnAction ? " AND lo.kind <> 'NONE'" : '';
  return `SUM(CASE WHEN EXISTS (SELECT 1 FROM contact_learning_outcome lo WHERE lo.contactId = c.id${kinds}) THEN 1 ELSE 0 END)`;
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
  [TrendMeasure.LEARNING_CAPTURED_PERCENT]: {
    where: RESPONDED_COMPLAINTS,
    selects: { n: 'COUNT(*)', learned: learningAnswered(true) },
    accumulator: () => percentage('learned'),
    definition: LEARNING_CAPTURED_DEFINITION,
  },
  [TrendMeasure.LEARNING_CONSIDERED_PERCENT]: {
    where: RESPONDED_COMPLAINTS,
    selects: { n: 'COUNT(*)', learned: learningAnswered(false) },
    accumulator: () => percentage('learned'),
    definition: LEARNING_CONSIDERED_DEFINITION,
  },
};
