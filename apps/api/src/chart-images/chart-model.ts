/**
 * A trend result as what a chart draws: categories along one axis, series of
 * marks, each mark with the figure it shows, the text it shows (the disclosed
 * display where disclosure applies), whether it is suppressed, and where a click
 * on it leads. The renderers (bar, line, heatmap) draw only from this, so a
 * suppressed figure's true value never reaches them.
 */
import { DIMENSIONS, formatPeriodKey, formatShownValue as formatShown, GRANULARITIES, TREND_MEASURES, type MeasureUnit } from '@complaints/domain';
import type { DisclosedTrend } from '../trends/trend-disclosure';
import type { TrendResult, TrendSeries } from '../trends/trend.types';
import type { ChartType, ChartView } from './chart-view';

export interface ChartMark {
  /** The figure drawn; null draws nothing (no data, or suppressed). */
  value: number | null;
  /** The figure as text: '12', '62.8%', '<5', 'c'. */
  display: string;
  suppressed: boolean;
  /** Where a click on the mark leads, or null. */
  link: string | null;
  /** 'Letter, Apr 2009: 12': the mark's own <title>. */
  label: string;
  colour: string;
}

export interface ChartModelSeries {
  id: string;
  label: string;
  colour: string;
  marks: ChartMark[];
}

export interface ChartModel {
  kind: 'line' | 'bars' | 'heatmap';
  /** Bars stack when they divide a whole (counts, each contact in one series). */
  stacked: boolean;
  /** Horizontal bars suit categories with long names (series), vertical ones periods. */
  layout: 'vertical' | 'horizontal';
  /** Category ids are 'c0', 'c1', …, series ids 's0', …: labels may repeat or hold any text. */
  categories: Array<{ id: string; label: string }>;
  series: ChartModelSeries[];
  categoryAxis: string;
  valueAxis: string;
  unit: MeasureUnit;
  /** The legend: one entry per colour. */
  legend: Array<{ label: string; colour: string }>;
}

export function seriesLabel(series: Pick<TrendSeries, 'label' | 'crossLabel'>): string {
  return series.crossLabel ? `${series.label}, ${series.crossLabel}` : series.label;
}

interface Figure {
  value: number | null;
  display: string;
  suppressed: boolean;
}

/** Reads a figure from the disclosed trend when there is one, else from the result itself. */
function figures(result: TrendResult, disclosed: DisclosedTrend | undefined) {
  const unit = TREND_MEASURES[result.measure].unit;
  const raw = (value: number | null): Figure => ({ value, display: formatShown(value, unit), suppressed: false });
  const shown = (cell: { value: number | null; display: string; suppressed: unknown }): Figure =>
    cell.suppressed ? { value: null, display: cell.display, suppressed: true } : { value: cell.value, display: cell.value === null ? cell.display : formatShown(cell.value, unit), suppressed: false };
  return {
    point: (s: number, p: number): Figure => (disclosed ? shown(disclosed.points[s]![p]!.value) : raw(result.series[s]!.points[p]!.value)),
    total: (s: number): Figure => (disclosed ? shown(disclosed.seriesTotals[s]!.value) : raw(result.series[s]!.total)),
  };
}

/** Bars stack only where the parts add up to the whole. */
function stacks(result: TrendResult): boolean {
  return TREND_MEASURES[result.measure].unit === 'count' && !result.countsContactsOncePerValue && result.series.length > 1;
}

export function buildChartModel(view: ChartView, colourOf: (series: TrendSeries, index: number) => string): ChartModel {
  const { result, disclosed } = view;
  const unit = TREND_MEASURES[result.measure].unit;
  const read = figures(result, disclosed);
  const link = (series: TrendSeries, period: string | null) => view.linkFor?.(series.key, period, series.crossKey) ?? null;
  const measure = TREND_MEASURES[result.measure].label;
  const periodWord = GRANULARITIES[result.granularity];
  const periods = result.periods.map((period, i) => ({ id: `c${i}`, label: formatPeriodKey(period, result.granularity) }));
  const colours = result.series.map((s, i) => colourOf(s, i));
  const kind = chartKind(view.chartType);

  const mark = (figure: Figure, where: string, colour: string, to: string | null): ChartMark => ({
    ...figure,
    link: to,
    label: `${where}: ${figure.display}`,
    colour,
  });

  if (kind === 'heatmap' && result.crossBy) {
    // Rows are the groupBy values, columns the crossBy values; each cell is a series' total over the range.
    const rows = unique(result.series.map((s) => s.key));
    const columns = unique(result.series.map((s) => s.crossKey ?? ''));
    return {
      kind,
      stacked: false,
      layout: 'vertical',
      categories: columns.map((key, i) => ({ id: `c${i}`, label: result.series.find((s) => s.crossKey === key)?.crossLabel ?? key })),
      series: rows.map((key, r) => {
        const label = result.series.find((s) => s.key === key)!.label;
        return {
          id: `s${r}`,
          label,
          colour: '',
          marks: columns.map((crossKey) => {
            const index = result.series.findIndex((s) => s.key === key && (s.crossKey ?? '') === crossKey);
            const series = result.series[index];
            if (!series) return mark({ value: null, display: 'no data', suppressed: false }, label, '', null);
            return mark(read.total(index), seriesLabel(series), '', link(series, null));
          }),
        };
      }),
      categoryAxis: DIMENSIONS[result.crossBy],
      valueAxis: measure,
      unit,
      legend: [],
    };
  }

  if (kind === 'bars' && result.periods.length === 1 && result.series.length > 1) {
    // One period: a bar per series, each in its category's colour.
    return {
      kind,
      stacked: false,
      layout: 'horizontal',
      categories: result.series.map((s, i) => ({ id: `c${i}`, label: seriesLabel(s) })),
      series: [
        {
          id: 's0',
          label: measure,
          colour: colours[0]!,
          marks: result.series.map((s, i) => mark(read.point(i, 0), `${seriesLabel(s)}, ${periods[0]!.label}`, colours[i]!, link(s, result.periods[0]!))),
        },
      ],
      categoryAxis: result.groupBy ? DIMENSIONS[result.groupBy] : '',
      valueAxis: measure,
      unit,
      legend: [],
    };
  }

  return {
    kind,
    stacked: kind === 'bars' && view.chartType === 'BARS' && stacks(result),
    layout: 'vertical',
    categories: periods,
    series: result.series.map((s, i) => ({
      id: `s${i}`,
      label: seriesLabel(s),
      colour: colours[i]!,
      marks: result.periods.map((period, p) => mark(read.point(i, p), `${seriesLabel(s)}, ${periods[p]!.label}`, colours[i]!, link(s, period))),
    })),
    categoryAxis: periodWord,
    valueAxis: measure,
    unit,
    legend: kind !== 'heatmap' && result.series.length > 1 ? result.series.map((s, i) => ({ label: seriesLabel(s), colour: colours[i]! })) : [],
  };
}

function chartKind(type: ChartType): ChartModel['kind'] {
  switch (type) {
    case 'LINE':
      return 'line';
    case 'HEATMAP':
      return 'heatmap';
    case 'BARS':
    case 'GROUPED_BARS':
      return 'bars';
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
