/**
 * A trend result reshaped into the generic chart components' props, for the
 * chart type chosen (trend-chart-type.ts says which types suit an answer).
 * Pure functions, tested beside them.
 *
 * - LINE          one line per series over the periods (dashed: a year earlier)
 * - BARS          stacked bars when the series divide a whole; bars of each
 *                 series' total for one period, a cross-tab or many series;
 *                 otherwise bars side by side
 * - GROUPED_BARS  side by side: series per period, or a cross-tab's columns per row
 * - HEATMAP       a grid: rows by the cross-tab's columns, or series by periods
 */
import type { BarChartProps, BarChartSeries } from '../../components/charts/BarChart';
import type { HeatmapChartProps } from '../../components/charts/HeatmapChart';
import type { LineChartProps } from '../../components/charts/LineChart';
import { describeRange } from '@complaints/domain';
import { MAX_SERIES_OVER_TIME, stacks, type ChartType } from './trend-chart-type';
import { colourMap } from './trend-colours';
import { formatDate, formatPeriod, formatValue } from './trend-format';
import { DIMENSIONS, GRANULARITIES, MEASURES } from './trend-labels';
import type { TrendResultData, TrendSeriesData } from './useTrendQuery';

export type ChartKind = 'line' | 'stacked-bar' | 'bar' | 'grouped-bar' | 'heatmap';

export type TrendChartSpec =
  | { kind: 'line'; props: LineChartProps }
  | { kind: 'stacked-bar' | 'bar' | 'grouped-bar'; props: BarChartProps }
  | { kind: 'heatmap'; props: HeatmapChartProps };

/** How a chart type draws this answer. */
export function chartKind(result: TrendResultData, chartType: Exclude<ChartType, 'TABLE'>): ChartKind {
  switch (chartType) {
    case 'LINE':
      return 'line';
    case 'HEATMAP':
      return 'heatmap';
    case 'GROUPED_BARS':
      return 'grouped-bar';
    case 'BARS':
      if (result.crossBy || result.periods.length <= 1 || result.series.length > MAX_SERIES_OVER_TIME) return 'bar';
      return result.groupBy && stacks(result) ? 'stacked-bar' : 'grouped-bar';
  }
}

function granularityWord(result: TrendResultData): string {
  return GRANULARITIES[result.granularity].toLowerCase();
}

export function seriesName(series: TrendSeriesData): string {
  return series.crossLabel ? `${series.label}, ${series.crossLabel}` : series.label;
}

/** The series with the largest total, for the text summary. */
function largest(result: TrendResultData) {
  return result.series.reduce<TrendSeriesData | undefined>(
    (best, s) => (s.total !== null && (best?.total === undefined || best.total === null || s.total > best.total) ? s : best),
    undefined,
  );
}

/** Each series' colour: its value's colour, the same in every chart (a cross-tab's pairs go by position). */
function seriesColours(result: TrendResultData): string[] {
  return colourMap(result.crossBy ? null : result.groupBy, result.series.map((s) => s.key));
}

/** "2008/09" or "1 April 2008 to 30 June 2008": what a year-earlier series is called. */
function comparedLabel(result: TrendResultData): string | null {
  return result.comparison ? describeRange(result.comparison.from, result.comparison.to) : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The chart's props. `title` names the chart (the results heading's words,
 * with its filters); the description is its caption and text alternative.
 */
export function trendChartSpec(result: TrendResultData, chartType: Exclude<ChartType, 'TABLE'>, title: string): TrendChartSpec {
  const kind = chartKind(result, chartType);
  const format = (value: number) => formatValue(value, result.measure);
  const periods = result.periods.map((p) => formatPeriod(p, result.granularity));
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const top = largest(result);
  const topText = top && top.total !== null && result.series.length > 1 ? ` The largest is ${seriesName(top)}: ${format(top.total)}.` : '';
  const measureLabel = MEASURES[result.measure].label;
  const dimension = result.groupBy ? DIMENSIONS[result.groupBy] : undefined;
  const range = `${formatDate(result.from)} to ${formatDate(result.to)}`;
  const earlier = comparedLabel(result);
  const thisRange = describeRange(result.from, result.to);
  let drawsComparison = false;
  const tableNote = () =>
    earlier && !drawsComparison
      ? ` The table below gives every number, with ${earlier} beside it.`
      : ' The table below gives every number.';

  if (kind === 'heatmap') {
    const grid = result.crossBy ? crossGrid(result) : periodGrid(result, periods);
    const what = result.crossBy ? `each cell shaded by its total from ${range}` : `each cell shaded by its ${granularityWord(result)}'s value`;
    return {
      kind,
      props: {
        title,
        ...grid,
        formatValue: format,
        description: `Heatmap: ${title}. ${grid.rows.length} rows by ${grid.columns.length} columns, ${what}; darker is more.${topText}${tableNote()}`,
      },
    };
  }

  if (kind === 'bar') {
    // One bar per series (its total over the range), in its value's colour; beside it, pale, a year earlier.
    const categories = result.series.map(seriesName);
    const series: BarChartSeries[] = [{ id: earlier ? thisRange : measureLabel, values: result.series.map((s) => s.total) }];
    if (earlier) {
      series.push({ id: earlier, values: result.series.map((s) => s.previousTotal?.value ?? null), muted: true });
      drawsComparison = true;
    }
    return {
      kind,
      props: {
        title,
        categories,
        series,
        stacked: false,
        categoryColours: result.crossBy ? undefined : seriesColours(result),
        layout: 'horizontal',
        formatValue: format,
        valueAxisLabel: measureLabel,
        categoryAxisLabel: dimension,
        description: `Bar chart: ${title}. One bar for each of ${categories.length} ${categories.length === 1 ? 'series' : 'values'}, showing the total from ${range}${earlier ? `, with a pale bar beside it for ${earlier}` : ''}.${topText}${tableNote()}`,
      },
    };
  }

  if (kind === 'grouped-bar' && result.crossBy) {
    const grid = crossGrid(result);
    const columnColours = colourMap(result.crossBy, unique(result.series.map((s) => s.crossKey ?? '')));
    return {
      kind,
      props: {
        title,
        categories: grid.rows,
        series: grid.columns.map((column, j) => ({
          id: column,
          values: grid.values.map((row) => row[j] ?? null),
          colour: columnColours[j],
        })),
        stacked: false,
        layout: 'horizontal',
        formatValue: format,
        valueAxisLabel: measureLabel,
        categoryAxisLabel: dimension,
        description: `Grouped bar chart: ${title}. For each of ${grid.rows.length} ${dimension?.toLowerCase() ?? 'rows'}, a bar for each of ${grid.columns.length} ${DIMENSIONS[result.crossBy].toLowerCase()} values, showing the total from ${range}.${topText}${tableNote()}`,
      },
    };
  }

  const colours = seriesColours(result);
  const series = result.series.map((s, i) => ({ id: seriesName(s), values: s.points.map((p) => p.value), colour: colours[i] }));
  // A year earlier is drawn beside a single series (or a few lines); with many it would hide the answer.
  const withEarlier =
    earlier && (kind === 'line' ? series.length <= 5 : kind === 'grouped-bar' && series.length === 1)
      ? result.series.map((s, i) => ({
          id: `${seriesName(s)}, ${earlier}`,
          values: s.points.map((p) => p.previous?.value ?? null),
          colour: series[i]!.colour,
        }))
      : [];
  drawsComparison = withEarlier.length > 0;

  if (kind === 'stacked-bar' || kind === 'grouped-bar') {
    const stacked = kind === 'stacked-bar';
    const single = series.length === 1;
    const earlierText = drawsComparison ? `, each with a pale bar beside it for the same ${granularityWord(result)} of ${earlier}` : '';
    return {
      kind,
      props: {
        title,
        categories: periods,
        series: [
          ...series.map((s) => (single && drawsComparison ? { ...s, id: thisRange } : s)),
          ...withEarlier.map((s) => ({ ...s, id: single ? earlier! : s.id, muted: true })),
        ],
        stacked,
        formatValue: format,
        valueAxisLabel: measureLabel,
        categoryAxisLabel: GRANULARITIES[result.granularity],
        description: stacked
          ? `Stacked bar chart: ${title}. One bar for each ${granularityWord(result)} from ${first} to ${last}, divided into ${series.length} parts by ${dimension?.toLowerCase()}.${topText}${tableNote()}`
          : `${single ? 'Bar chart' : 'Grouped bar chart'}: ${title}. ${single ? 'One bar' : `${series.length} bars side by side`} for each ${granularityWord(result)} from ${first} to ${last}${earlierText}.${topText}${tableNote()}`,
      },
    };
  }

  const single = result.series.length === 1 ? result.series[0] : undefined;
  const peak = single?.points.reduce<(typeof single.points)[number] | undefined>(
    (best, p) => (p.value !== null && (best?.value === undefined || best.value === null || p.value > best.value) ? p : best),
    undefined,
  );
  const peakText =
    peak && peak.value !== null ? ` The highest is ${formatPeriod(peak.period, result.granularity)}: ${format(peak.value)}.` : '';
  const lines = series.length === 1 ? 'One line' : `${series.length} lines`;
  const earlierLines = drawsComparison ? `, with ${withEarlier.length === 1 ? 'a dashed line' : 'dashed lines'} for the same ${granularityWord(result)}s of ${earlier}` : '';
  return {
    kind: 'line',
    props: {
      title,
      categories: periods,
      // One line and its year earlier are named by their ranges ('2009/10', '2008/09').
      series: [
        ...series.map((s) => (single && drawsComparison ? { ...s, id: thisRange } : s)),
        ...withEarlier.map((s) => ({ ...s, id: single && drawsComparison ? earlier! : s.id, dashed: true })),
      ],
      formatValue: format,
      xAxisLabel: GRANULARITIES[result.granularity],
      yAxisLabel: measureLabel,
      description: `Line chart: ${title}. ${lines} over ${periods.length} ${granularityWord(result)}s from ${first} to ${last}${earlierLines}.${single ? peakText : topText}${tableNote()}`,
    },
  };
}

/** A cross-tab as rows (groupBy values) by columns (crossBy values) of totals over the range. */
function crossGrid(result: TrendResultData): Pick<HeatmapChartProps, 'rows' | 'columns' | 'values'> {
  const rowKeys = unique(result.series.map((s) => s.key));
  const columnKeys = unique(result.series.map((s) => s.crossKey ?? ''));
  const find = (row: string, column: string) => result.series.find((s) => s.key === row && (s.crossKey ?? '') === column);
  return {
    rows: rowKeys.map((row) => result.series.find((s) => s.key === row)?.label ?? row),
    columns: columnKeys.map((column) => result.series.find((s) => (s.crossKey ?? '') === column)?.crossLabel ?? column),
    values: rowKeys.map((row) => columnKeys.map((column) => find(row, column)?.total ?? null)),
  };
}

/** Series as rows by periods as columns. */
function periodGrid(result: TrendResultData, periods: string[]): Pick<HeatmapChartProps, 'rows' | 'columns' | 'values'> {
  return {
    rows: result.series.map(seriesName),
    columns: periods,
    values: result.series.map((s) => s.points.map((p) => p.value)),
  };
}
