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


// Classes rather than closures: a trend folds thousands of cells, and each closure-built accumulator was four allocations.
class Counting implements Accumulator {
  private n = 0;
  add(row: AggregateRow): void {
    this.n += countOf(row.n);
  }
  value(): number {
    return this.n;
  }
  count(): number {
    return this.n;
  }
}

function counting(): Accumulator {
  return new Counting();
}

/** The share of the counted rows (`n`) that `part` counts, as a percentage. */
class Percentage implements Accumulator {
  private inTime = 0;
  private total = 0;
  constructor(private readonly part: string) {}
  add(row: AggregateRow): void {
    this.inTime += countOf(row[this.part]);
    this.total += countOf(row.n);
  }
  value(): number | null {
    return this.total ? (100 * this.inTime) / this.total : null;
  }
  count(): number {
    return this.total;
  }
}

function percentage(part = 'inTime'): Accumulator {
  return new Percentage(part);
}

/**
 * Working days up to this (four years) are counted in an array, which needs no sorting to find the middle and
 * stays small; a larger value turns the histogram into a Map.
 */
const DENSE_DAYS = 1_000;

class Median implements Accumulator {
  /** Contacts by working days, while every value seen is at most DENSE_DAYS. */
  private dense: number[] | null = [];
  private sparse: Map<number, number> | null = null;
  private total = 0;
  add(row: AggregateRow): void {
    const days = countOf(row.bucket);
    const n = countOf(row.n);
    this.total += n;
    if (this.dense && days > DENSE_DAYS) {
      this.sparse = new Map(this.dense.flatMap((count, d) => (count ? [[d, count] as const] : [])));
      this.dense = null;
    }
    if (this.dense) {
      for (let d = this.dense.length; d <= days; d++) this.dense.push(0);
      this.dense[days] += n;
    } else this.sparse!.set(days, (this.sparse!.get(days) ?? 0) + n);
  }
  value(): number | null {
    const total = this.total;
    if (!total) return null;
    const dense = this.dense;
    // The k-th contact's working days, counting from 0 in ascending order of days.
    const nth = dense
      ? (k: number) => {
          let seen = 0;
          for (let days = 0; days < dense.length; days++) if ((seen += dense[days]) > k) return days;
          return dense.length - 1;
        }
      : (k: number) => {
          const sorted = [...this.sparse!.entries()].sort((a, b) => a[0] - b[0]);
          let seen = 0;
          for (const [days, n] of sorted) if ((seen += n) > k) return days;
          return sorted[sorted.length - 1][0];
        };
    // The average of the two middle values when the count is even.
    return total % 2 ? nth((total - 1) / 2) : (nth(total / 2 - 1) + nth(total / 2)) / 2;
  }
  count(): number {
    return this.total;
  }
}

function median(): Accumulator {
  return new Median();
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
