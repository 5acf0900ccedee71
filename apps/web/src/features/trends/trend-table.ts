/**
 * The numbers behind a trend chart as table rows, with totals where they can
 * be worked out honestly (pure, tested in trend-table.test.ts):
 * counts add up unless a contact can count under several values; percentages
 * combine through their denominators; medians cannot be combined.
 */
import { MEASURES } from './trend-labels';
import type { TrendResultData } from './useTrendQuery';

export type Cell = number | null;

export interface TableRow {
  label: string;
  cells: Cell[];
  total: Cell;
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

/** Combines cells of one measure; null when the measure cannot be combined this way. */
export function combine(result: Pick<TrendResultData, 'measure' | 'countsContactsOncePerValue'>, parts: Part[]): Cell {
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

export function trendTableModel(result: TrendResultData, rowHeader: string, columnLabel: (period: string) => string): TrendTableModel {
  if (result.crossBy) return crossTabModel(result, rowHeader);
  const rows = result.series.map((s) => ({ label: s.label, cells: s.points.map((p) => p.value), total: s.total ?? null }));
  const totals =
    result.series.length > 1 || result.groupBy
      ? {
          label: result.countsContactsOncePerValue ? 'All contacts (each counted once)' : 'All contacts',
          cells: result.periods.map((_, i) => combine(result, result.series.map((s) => s.points[i] ?? { value: null, count: 0 }))),
          total: result.total ?? null,
        }
      : null;
  return { rowHeader, columns: result.periods.map(columnLabel), rows, totals };
}

function crossTabModel(result: TrendResultData, rowHeader: string): TrendTableModel {
  const rowKeys = unique(result.series.map((s) => s.key));
  const columnKeys = unique(result.series.map((s) => s.crossKey ?? ''));
  const find = (row: string, column: string) => result.series.find((s) => s.key === row && (s.crossKey ?? '') === column);
  const part = (s: TrendResultData['series'][number] | undefined): Part => ({ value: s?.total ?? null, count: s?.totalCount ?? 0 });

  const rows = rowKeys.map((row) => {
    const series = columnKeys.map((column) => find(row, column));
    return {
      label: series.find(Boolean)?.label ?? row,
      cells: series.map((s) => s?.total ?? null),
      total: combine(result, series.map(part)),
    };
  });
  const totals = {
    label: result.countsContactsOncePerValue ? 'All contacts (each counted once)' : 'All contacts',
    cells: columnKeys.map((column) => combine(result, rowKeys.map((row) => part(find(row, column))))),
    total: result.total ?? null,
  };
  const columns = columnKeys.map((column) => result.series.find((s) => (s.crossKey ?? '') === column)?.crossLabel ?? column);
  return { rowHeader, columns, rows, totals };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
