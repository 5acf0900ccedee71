/** Row and column shapes several tables share, and the wording of their notes. */
import { percentChange, percentOf } from '../statistics/percent';
import type { ReportScope } from './report-scope';
import type { ReportRow } from './report.types';

export interface YearPair {
  previous: number;
  current: number;
}

/** Previous year's count and percentage, this year's, and the change: tables 1, 8 and 9. */
export function comparisonColumns(scope: ReportScope): string[] {
  const [previous, current] = [scope.previous.financialYear, scope.current.financialYear];
  return [previous, `${previous} %`, current, `${current} %`, 'Change %'];
}

export function comparisonRow(label: string, counts: YearPair, totals: YearPair): ReportRow {
  return {
    label,
    values: [
      counts.previous,
      percentOf(counts.previous, totals.previous),
      counts.current,
      percentOf(counts.current, totals.current),
      percentChange(counts.current, counts.previous),
    ],
  };
}

/** A count and its percentage of `total`. */
export function countRow(label: string, count: number, total: number): ReportRow {
  return { label, values: [count, percentOf(count, total)] };
}

export function percentNote(ofWhat: string): string {
  return `Percentages are of ${ofWhat}, to one decimal place (halves rounded away from zero).`;
}

export const CHANGE_NOTE =
  'Change % = (this year − previous year) ÷ previous year × 100, to one decimal place; blank where the previous year had none.';

/** The value in the row labelled `label`, column `column` (for notes that quote a figure). */
export function cellOf(rows: ReportRow[], label: string, column: number): number | null {
  const row = rows.find((r) => r.label === label);
  if (!row) throw new Error(`No row '${label}'`);
  return row.values[column] ?? null;
}
