/**
 * The numbers behind a trend chart as table rows, with totals where they can
 * be worked out honestly (pure, tested in trend-table.test.ts):
 * counts add up unless a contact can count under several values; percentages
 * combine through their denominators; medians cannot be combined. The "All
 * contacts" row per period is the API's (`periodTotals`, each contact once).
 * Every cell keeps its base (the contacts a percentage is of). When the question
 * compares, trend-comparison.ts (loaded only then) adds the year before's table
 * and each row's change.
 */
import { allContactsLabel } from '@complaints/domain';
import { MEASURES } from './trend-labels';
import type { TrendPointData, TrendResultData, TrendSeriesData } from './useTrendQuery';

export interface Cell {
  value: number | null;
  /** What the value is counted over: contacts, or for percentages and medians those in the denominator. */
  base: number;
}

export interface Change {
  /** The row's total over the compared range. */
  previous: Cell;
  /** value − previous: contacts, percentage points or days. */
  change: number | null;
  /** For counts, the change as a percentage of the previous count. */
  percentChange: number | null;
}

export interface TableRow {
  label: string;
  cells: Cell[];
  total: Cell;
  /** Present when the question compares with another range. */
  change?: Change;
}

export interface TrendTableModel {
  /** Header of the first column. */
  rowHeader: string;
  /** Column headers (periods, or the cross dimension's values). */
  columns: string[];
  rows: TableRow[];
  /** The totals row; null when there is one series (its row is the total). */
  totals: TableRow | null;
}

interface Part {
  value: number | null;
  count: number;
}

export const NOTHING: Cell = { value: null, base: 0 };

/** Combines cells of one measure; null when the measure cannot be combined this way. */
export function combine(result: Pick<TrendResultData, 'measure' | 'countsContactsOncePerValue'>, parts: Part[]): number | null {
  if (result.countsContactsOncePerValue) return null;
  const unit = MEASURES[result.measure].unit;
  if (unit === 'count') return parts.reduce((sum, p) => sum + (p.value ?? 0), 0);
  if (unit === 'percent') {
    const denominator = parts.reduce((sum, p) => sum + p.count, 0);
    if (denominator === 0) return null;
    const inTime = parts.reduce((sum, p) => sum + ((p.value ?? 0) * p.count) / 100, 0);
    return (inTime / denominator) * 100;
  }
  return null;
}

function combined(result: TrendResultData, parts: Part[]): Cell {
  return { value: combine(result, parts), base: parts.reduce((sum, p) => sum + p.count, 0) };
}

export const cellOf = (part: Part | null | undefined): Cell => (part ? { value: part.value, base: part.count } : NOTHING);

/**
 * Which figures a table shows, this range's or (trend-comparison.ts) the compared
 * range's: read from a point (or period total), a series and the whole answer.
 */
export interface Side {
  point: (point: TrendPointData | TrendResultData['periodTotals'][number] | undefined) => Part | null | undefined;
  series: (series: TrendSeriesData | undefined) => Part | null | undefined;
  total: (result: TrendResultData) => Cell;
}

const CURRENT: Side = {
  point: (point) => point,
  series: (s) => s && { value: s.total, count: s.totalCount },
  total: (result) => ({ value: result.total, base: result.totalCount }),
};

export interface TableOptions {
  /** The question has filters: the totals row then says so. */
  filtered?: boolean;
}

/** The table of this range's figures (trend-comparison.ts adds the change columns when the question compares). */
export function trendTableModel(
  result: TrendResultData,
  rowHeader: string,
  columnLabel: (period: string) => string,
  options: TableOptions = {},
): TrendTableModel {
  return buildModel(result, CURRENT, rowHeader, result.periods.map(columnLabel), options);
}

/** A side's table: a row per series (or, for a cross-tab, per row value) and the totals. */
export function buildModel(result: TrendResultData, side: Side, rowHeader: string, periodColumns: string[] | undefined, options: TableOptions): TrendTableModel {
  const allLabel = allContactsLabel(Boolean(options.filtered), result.countsContactsOncePerValue);
  const seriesPart = (s: TrendSeriesData | undefined): Part => side.series(s) ?? { value: null, count: 0 };
  if (result.crossBy) {
    const rowKeys = unique(result.series.map((s) => s.key));
    const columnKeys = unique(result.series.map((s) => s.crossKey ?? ''));
    const find = (row: string, column: string) => result.series.find((s) => s.key === row && (s.crossKey ?? '') === column);
    return {
      rowHeader,
      columns: columnKeys.map((column) => result.series.find((s) => (s.crossKey ?? '') === column)?.crossLabel ?? column),
      rows: rowKeys.map((row) => {
        const series = columnKeys.map((column) => find(row, column));
        return {
          label: series.find(Boolean)?.label ?? row,
          cells: series.map((s) => cellOf(side.series(s))),
          total: combined(result, series.map(seriesPart)),
        };
      }),
      totals: {
        label: allLabel,
        cells: columnKeys.map((column) => combined(result, rowKeys.map((row) => seriesPart(find(row, column))))),
        total: side.total(result),
      },
    };
  }
  const rows = result.series.map((s) => ({
    // With no split, the one row is every (matching) contact, and says whether filters apply.
    label: result.groupBy ? s.label : allLabel,
    cells: s.points.map((p) => cellOf(side.point(p))),
    total: cellOf(side.series(s)),
  }));
  const totals =
    result.series.length > 1 || result.groupBy
      ? {
          label: allLabel,
          cells: result.periods.map((_, i) => {
            const total = result.periodTotals[i];
            if (total) return cellOf(side.point(total));
            return combined(result, result.series.map((s) => side.point(s.points[i]) ?? { value: null, count: 0 }));
          }),
          total: side.total(result),
        }
      : null;
  return { rowHeader, columns: periodColumns ?? result.periods, rows, totals };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
