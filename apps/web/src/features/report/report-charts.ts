/**
 * Charts for the report tables a picture helps with, as props for the generic
 * BarChart (pure functions, tested beside them):
 *
 * - table 3, contacts month by month  → stacked bars, one per month, split by record type
 * - table 2 (channels), table 5 (issues), 6.2 (outcomes) → horizontal bars of the counts
 *
 * Each chart's text alternative is its caption (what it shows and its main
 * points) and the table beneath it, which gives every number.
 */
import type { BarChartProps } from '../../components/charts/BarChart';
import { SERIES_COLOURS } from '../../components/charts/palette';
import { formatReportValue, isPercentColumn, isTotalRow } from './report-format';
import type { ReportTableData } from './useAnnualReportQuery';

type Row = ReportTableData['rows'][number];

/** Horizontal bar charts: what their bars are, and what is counted. */
const BAR_CHARTS: Readonly<Record<string, { bars: string; counted: string }>> = {
  table2: { bars: 'ways contacts were received', counted: 'Contacts' },
  table5: { bars: 'issue categories', counted: 'Contacts' },
  outcomes: { bars: 'outcomes', counted: 'Stage 1 complaints' },
};

/** The tables that get a chart. */
export const CHARTED_TABLES: readonly string[] = ['table3', ...Object.keys(BAR_CHARTS)];

/** More record types than colours cannot be told apart: the smallest are put together. */
export const MAX_SERIES = SERIES_COLOURS.length;

const TABLE_NOTE = ' The table below gives every number.';

const count = (value: number) => formatReportValue(value, 'Number') ?? '0';

/**
 * The rows to draw: a last row that totals the others is left out, whether it
 * says so ('Total') or only adds up (6.2's 'Stage 1 complaints').
 */
export function rowsWithoutTotal(rows: readonly Row[], column: number): Row[] {
  const last = rows[rows.length - 1];
  if (!last || rows.length < 2) return [...rows];
  const others = rows.slice(0, -1);
  const sum = others.reduce((total, row) => total + (row.values[column] ?? 0), 0);
  return isTotalRow(last.label) || last.values[column] === sum ? others : [...rows];
}

/** The largest of some labelled values (the first, on a tie), or undefined when all are zero. */
function largest<T extends { value: number }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((best, item) => (item.value > (best?.value ?? 0) ? item : best), undefined);
}

/** Which chart a table gets, as BarChart props; null for tables without one, or with nothing to draw. */
export function reportChart(table: ReportTableData): BarChartProps | null {
  if (table.id === 'table3') return monthlyChart(table);
  const bars = BAR_CHARTS[table.id];
  return bars ? barChart(table, bars) : null;
}

function monthlyChart(table: ReportTableData): BarChartProps | null {
  const months = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => !/^total$/i.test(column.trim()) && !isPercentColumn(column));
  const types = table.rows
    .filter((row) => !isTotalRow(row.label))
    .map((row) => {
      const values = months.map(({ index }) => row.values[index] ?? 0);
      return { id: row.label, values, value: values.reduce((a, b) => a + b, 0) };
    })
    .filter((type) => type.value > 0);
  if (!months.length || !types.length) return null;

  // Keep the largest types (in table order) and put the rest together, so every part has its own colour.
  let series = types;
  if (types.length > MAX_SERIES) {
    const kept = new Set([...types].sort((a, b) => b.value - a.value).slice(0, MAX_SERIES - 1));
    const rest = types.filter((type) => !kept.has(type));
    series = [
      ...types.filter((type) => kept.has(type)),
      {
        id: `Other record types (${rest.length})`,
        values: months.map((_, i) => rest.reduce((sum, type) => sum + (type.values[i] ?? 0), 0)),
        value: rest.reduce((sum, type) => sum + type.value, 0),
      },
    ];
  }

  const categories = months.map(({ column }) => column);
  const monthTotals = categories.map((month, i) => ({ month, value: series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) }));
  const busiest = largest(monthTotals)!;
  const commonest = largest(types)!;
  const left = table.rows.filter((row) => !isTotalRow(row.label)).length - types.length;
  return {
    title: `Chart: ${table.title}, by record type`,
    categories,
    series: series.map(({ id, values }) => ({ id, values })),
    stacked: true,
    formatValue: count,
    categoryAxisLabel: 'Month received',
    valueAxisLabel: 'Contacts',
    description:
      `Stacked bar chart of ${table.title}. One bar for each of ${categories.length} months, ` +
      `from ${categories[0]} to ${categories[categories.length - 1]}, divided by record type` +
      `${left > 0 ? ` (record types with no contacts are left out)` : ''}. ` +
      `The busiest month is ${busiest.month}, with ${count(busiest.value)} contacts; ` +
      `the most common record type is ${commonest.id}, with ${count(commonest.value)}.${TABLE_NOTE}`,
  };
}

function barChart(table: ReportTableData, { bars, counted }: { bars: string; counted: string }): BarChartProps | null {
  const column = table.columns.findIndex((c) => !isPercentColumn(c));
  if (column < 0) return null;
  const percent = table.columns.findIndex((c, i) => i > column && isPercentColumn(c));
  const rows = rowsWithoutTotal(table.rows, column).map((row) => ({
    label: row.label,
    value: row.values[column] ?? 0,
    percent: percent >= 0 ? (row.values[percent] ?? null) : null,
  }));
  const top = largest(rows);
  if (!top) return null;
  const share = top.percent !== null ? ` (${formatReportValue(top.percent, '%')}%)` : '';
  return {
    title: `Chart: ${table.title}`,
    categories: rows.map((row) => row.label),
    series: [{ id: counted, values: rows.map((row) => row.value) }],
    layout: 'horizontal',
    formatValue: count,
    valueAxisLabel: counted,
    description:
      `Bar chart of ${table.title}. One bar for each of ${rows.length} ${bars}. ` +
      `The largest is ${top.label}: ${count(top.value)}${share}.${TABLE_NOTE}`,
  };
}
