/**
 * Which chart answers a trend question, and the trend result reshaped into
 * the generic chart components' props (pure functions, tested beside them).
 *
 * - a cross-tab (crossBy)                         → heatmap of the totals
 * - one period, or too many series to follow       → bars of each series' total
 * - counts split by a dimension over time           → stacked bars (composition)
 * - anything else over time (one series, %, median) → lines
 */
import type { BarChartProps } from '../../components/charts/BarChart';
import type { HeatmapChartProps } from '../../components/charts/HeatmapChart';
import type { LineChartProps } from '../../components/charts/LineChart';
import { SERIES_COLOURS } from '../../components/charts/palette';
import { DIMENSIONS, GRANULARITIES, MEASURES } from './trend-labels';
import { formatDate, formatPeriod, formatValue } from './trend-format';
import type { TrendResultData } from './useTrendQuery';

export type ChartKind = 'line' | 'stacked-bar' | 'bar' | 'heatmap';

/** More series than colours cannot be followed over time: show their totals instead. */
export const MAX_SERIES_OVER_TIME = SERIES_COLOURS.length;

export type TrendChartSpec =
  | { kind: 'line'; props: LineChartProps }
  | { kind: 'stacked-bar' | 'bar'; props: BarChartProps }
  | { kind: 'heatmap'; props: HeatmapChartProps };

export function chooseChart(result: TrendResultData): ChartKind {
  if (result.crossBy) return 'heatmap';
  if (result.periods.length <= 1 || result.series.length > MAX_SERIES_OVER_TIME) return 'bar';
  if (result.groupBy && MEASURES[result.measure].unit === 'count' && !result.countsContactsOncePerValue) return 'stacked-bar';
  return 'line';
}

function granularityWord(result: TrendResultData): string {
  return GRANULARITIES[result.granularity].toLowerCase();
}

/** "Number of contacts by channel per month, 2009/10" — the results heading and the chart's label. */
export function describeTrend(result: TrendResultData, financialYear?: string | null): string {
  const split = [result.groupBy, result.crossBy]
    .filter((d): d is NonNullable<typeof d> => Boolean(d))
    .map((d) => DIMENSIONS[d].toLowerCase())
    .join(' and ');
  const range = financialYear ?? `${formatDate(result.from)} to ${formatDate(result.to)}`;
  return `${MEASURES[result.measure].label}${split ? ` by ${split}` : ''} per ${granularityWord(result)}, ${range}`;
}

function seriesName(series: TrendResultData['series'][number]): string {
  return series.crossLabel ? `${series.label}, ${series.crossLabel}` : series.label;
}

/** The series with the largest total, for the text summary. */
function largest(result: TrendResultData) {
  return result.series.reduce<TrendResultData['series'][number] | undefined>(
    (best, s) => (s.total !== null && (best?.total === undefined || best.total === null || s.total > best.total) ? s : best),
    undefined,
  );
}

export function trendChartSpec(result: TrendResultData, financialYear?: string | null): TrendChartSpec {
  const kind = chooseChart(result);
  const title = describeTrend(result, financialYear);
  const format = (value: number) => formatValue(value, result.measure);
  const periods = result.periods.map((p) => formatPeriod(p, result.granularity));
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const top = largest(result);
  const topText = top && top.total !== null && result.series.length > 1 ? ` The largest is ${seriesName(top)}: ${format(top.total)}.` : '';
  const tableNote = ' The table below gives every number.';
  const measureLabel = MEASURES[result.measure].label;
  const dimension = result.groupBy ? DIMENSIONS[result.groupBy] : undefined;

  if (kind === 'heatmap') {
    const rows = unique(result.series.map((s) => s.label));
    const columns = unique(result.series.map((s) => s.crossLabel ?? ''));
    const values = rows.map((row) =>
      columns.map((column) => result.series.find((s) => s.label === row && (s.crossLabel ?? '') === column)?.total ?? null),
    );
    return {
      kind,
      props: {
        title,
        rows,
        columns,
        values,
        formatValue: format,
        description: `Heatmap: ${title}. ${rows.length} rows by ${columns.length} columns, each cell shaded by its total from ${formatDate(result.from)} to ${formatDate(result.to)}; darker is more.${topText}${tableNote}`,
      },
    };
  }

  if (kind === 'bar') {
    const categories = result.series.map(seriesName);
    return {
      kind,
      props: {
        title,
        categories,
        series: [{ id: measureLabel, values: result.series.map((s) => s.total) }],
        layout: 'horizontal',
        formatValue: format,
        valueAxisLabel: measureLabel,
        categoryAxisLabel: dimension,
        description: `Bar chart: ${title}. One bar for each of ${categories.length} ${categories.length === 1 ? 'series' : 'values'}, showing the total from ${formatDate(result.from)} to ${formatDate(result.to)}.${topText}${tableNote}`,
      },
    };
  }

  const series = result.series.map((s) => ({ id: seriesName(s), values: s.points.map((p) => p.value) }));

  if (kind === 'stacked-bar') {
    return {
      kind,
      props: {
        title,
        categories: periods,
        series,
        stacked: true,
        formatValue: format,
        valueAxisLabel: measureLabel,
        categoryAxisLabel: GRANULARITIES[result.granularity],
        description: `Stacked bar chart: ${title}. One bar for each ${granularityWord(result)} from ${first} to ${last}, divided into ${series.length} parts by ${dimension?.toLowerCase()}.${topText}${tableNote}`,
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
  return {
    kind,
    props: {
      title,
      categories: periods,
      series,
      formatValue: format,
      xAxisLabel: GRANULARITIES[result.granularity],
      yAxisLabel: measureLabel,
      description: `Line chart: ${title}. ${series.length === 1 ? 'One line' : `${series.length} lines`} over ${periods.length} ${granularityWord(result)}s from ${first} to ${last}.${single ? peakText : topText}${tableNote}`,
    },
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
