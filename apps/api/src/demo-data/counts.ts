/** Helpers for the plans' count tables ({ EMAIL: 3, LETTER: 1 }). */
import type { Counts } from './year-plan.types';

export function totalOf(counts: Counts<string>): number {
  return Object.values(counts).reduce<number>((sum, count) => sum + (count ?? 0), 0);
}

/** { EMAIL: 2, LETTER: 1 } → ['EMAIL', 'EMAIL', 'LETTER'], in the table's order. */
export function expandCounts<K extends string>(counts: Counts<K>): K[] {
  return (Object.entries(counts) as [K, number][]).flatMap(([key, count]) => Array<K>(count).fill(key));
}

/** Throws, naming `what`, unless `actual` equals `expected`: a plan that does not add up is a bug. */
export function assertCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`Demo data plan: ${what} is ${actual}, expected ${expected}`);
}
