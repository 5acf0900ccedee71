/**
 * The numbers behind a trend chart as table rows, with totals where they can
 * be worked out honestly (pure, tested in trend-table.test.ts):
 * counts add up unless a contact can count under several values; percentages
 * combine through their denominators; medians cannot be combined. The "All
 * contacts" row per period is the API's (`periodTotals`, each contact once).
 * Every cell keeps its base (the contacts a percentage is of), and, when the
 * question compares, each row its total a year earlier and the change.
 */
import { allContactsLabel, trendChange } from '@complaints/domain';
import { MEASURES } from './trend-labels';
import type { TrendPreviousData, TrendResultData, TrendSeriesData } from './useTrendQuery';

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

const NOTHING: Cell = { value: null, base: 0 };

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

const cellOf = (part: Part | null | undefined): Cell => (part ? { value: part.value, base: part.count } : NOTHING);

function changeFrom(previous: TrendPreviousData | null | undefined): Change | undefined {
  if (!previous) return undefined;
  return { previous: cellOf(previous), change: previous.change, percentChange: previous.percentChange };
}

/** A change worked out here (for totals the API does not give), by the domain's rule. */
function changeBetween(result: TrendResultData, now: Cell, previous: Cell): Change {
  return { previous, ...trendChange(MEASURES[result.measure].unit, now.value, previous.value) };
}

/** Which figures a table shows: this range's, or the compared range's ("the same periods a year earlier"). */
type Side = 'current' | 'previous';

function pick(side: Side, part: (Part & { previous?: TrendPreviousData | null }) | null | undefined): Part | null {
  if (!part) return null;
  return side === 'current' ? part : (part.previous ?? null);
}

function seriesTotal(side: Side, s: TrendSeriesData | undefined): Part | null {
  if (!s) return null;
  return side === 'current' ? { value: s.total, count: s.totalCount } : (s.previousTotal ?? null);
}

function grandTotal(side: Side, result: TrendResultData): Cell {
  return side === 'current' ? { value: result.total, base: result.totalCount } : cellOf(result.previousTotal);
}

export interface TableOptions {
  /** The question has filters: the totals row then says so. */
  filtered?: boolean;
}

/** The table of this range's figures, with change columns when the question compares. */
export function trendTableModel(
  result: TrendResultData,
  rowHeader: string,
  columnLabel: (period: string) => string,
  options: TableOptions = {},
): TrendTableModel {
  return buildModel(result, 'current', rowHeader, result.periods.map(columnLabel), options);
}

/** The same table for the compared range (null when the question does not compare). */
export function previousTableModel(
  result: TrendResultData,
  rowHeader: string,
  columnLabel: (period: string) => string,
  options: TableOptions = {},
): TrendTableModel | null {
  if (!result.comparison) return null;
  const columns = result.crossBy
    ? undefined
    : result.periods.map((period, i) => columnLabel(result.series[0]?.points[i]?.previous?.period ?? result.periodTotals[i]?.previous?.period ?? period));
  return buildModel(result, 'previous', rowHeader, columns, options);
}

function buildModel(result: TrendResultData, side: Side, rowHeader: string, periodColumns: string[] | undefined, options: TableOptions): TrendTableModel {
  const compare = side === 'current' && Boolean(result.comparison);
  if (result.crossBy) return crossTabModel(result, side, rowHeader, compare, options);
  const rows = result.series.map((s) => ({
    // With no split, the one row is every (matching) contact, and says whether filters apply.
    label: result.groupBy ? s.label : allContactsLabel(Boolean(options.filtered), result.countsContactsOncePerValue),
    cells: s.points.map((p) => cellOf(pick(side, p))),
    total: cellOf(seriesTotal(side, s)),
    ...(compare ? { change: changeFrom(s.previousTotal) ?? changeBetween(result, cellOf(seriesTotal('current', s)), NOTHING) } : {}),
  }));
  const totals =
    result.series.length > 1 || result.groupBy
      ? {
          label: allContactsLabel(Boolean(options.filtered), result.countsContactsOncePerValue),
          cells: result.periods.map((_, i) => {
            const total = result.periodTotals[i];
            if (total) return cellOf(pick(side, total));
            return combined(result, result.series.map((s) => pick(side, s.points[i]) ?? { value: null, count: 0 }));
          }),
          total: grandTotal(side, result),
          ...(compare ? { change: changeFrom(result.previousTotal) ?? changeBetween(result, grandTotal('current', result), NOTHING) } : {}),
        }
      : null;
  return { rowHeader, columns: periodColumns ?? result.periods, rows, totals };
}

function crossTabModel(result: TrendResultData, side: Side, rowHeader: string, compare: boolean, options: TableOptions): TrendTableModel {
  const rowKeys = unique(result.series.map((s) => s.key));
  const columnKeys = unique(result.series.map((s) => s.crossKey ?? ''));
  const find = (row: string, column: string) => result.series.find((s) => s.key === row && (s.crossKey ?? '') === column);
  const part = (which: Side, s: TrendSeriesData | undefined): Part => seriesTotal(which, s) ?? { value: null, count: 0 };

  const rows = rowKeys.map((row) => {
    const series = columnKeys.map((column) => find(row, column));
    const total = combined(result, series.map((s) => part(side, s)));
    return {
      label: series.find(Boolean)?.label ?? row,
      cells: series.map((s) => cellOf(seriesTotal(side, s))),
      total,
      ...(compare ? { change: changeBetween(result, total, combined(result, series.map((s) => part('previous', s)))) } : {}),
    };
  });
  const totals = {
    label: allContactsLabel(Boolean(options.filtered), result.countsContactsOncePerValue),
    cells: columnKeys.map((column) => combined(result, rowKeys.map((row) => part(side, find(row, column))))),
    total: grandTotal(side, result),
    ...(compare ? { change: changeFrom(result.previousTotal) ?? changeBetween(result, grandTotal('current', result), NOTHING) } : {}),
  };
  const columns = columnKeys.map((column) => result.series.find((s) => (s.crossKey ?? '') === column)?.crossLabel ?? column);
  return { rowHeader, columns, rows, totals };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
