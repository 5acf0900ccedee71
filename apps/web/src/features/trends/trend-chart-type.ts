/**
 * Which kinds of chart a trend answer can be drawn as, and the one chosen, kept
 * in the URL as `chart=LINE|BARS|GROUPED_BARS|HEATMAP|TABLE` beside the
 * question (the same codes a saved chart stores). It is presentation only: the
 * trend parser and the exports ignore it. Pure functions, tested beside them.
 */
import { MEASURES } from './trend-labels';
import type { ParamProblem } from './trend-params';
import type { TrendResultData } from './useTrendQuery';

export const CHART_TYPES = ['LINE', 'BARS', 'GROUPED_BARS', 'HEATMAP', 'TABLE'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const CHART_TYPE_LABELS: Readonly<Record<ChartType, string>> = {
  LINE: 'Line',
  BARS: 'Bars',
  GROUPED_BARS: 'Grouped bars',
  HEATMAP: 'Heatmap',
  TABLE: 'Table only',
};

export const CHART_PARAM = 'chart';

/** More series than this side by side cannot be told apart (and are more than the palette has colours). */
export const MAX_GROUPED_SERIES = 12;
/** More series than colours cannot be followed over time: their totals are drawn instead. */
export const MAX_SERIES_OVER_TIME = 10;

function isChartType(value: string): value is ChartType {
  return (CHART_TYPES as readonly string[]).includes(value);
}

/** The chart asked for in a URL, or null for "whichever suits"; a misspelt value is a problem and left out. */
export function chartTypeFromSearch(search: string): { chartType: ChartType | null; problems: ParamProblem[] } {
  const values = new URLSearchParams(search).getAll(CHART_PARAM);
  const value = values[0]?.trim();
  if (!value) return { chartType: null, problems: [] };
  if (values.length > 1) return { chartType: null, problems: [{ field: CHART_PARAM, message: 'is given more than once' }] };
  if (isChartType(value)) return { chartType: value, problems: [] };
  return { chartType: null, problems: [{ field: CHART_PARAM, message: `'${value}' is not one of ${CHART_TYPES.join(', ')}` }] };
}

/** A question's query string with the chart choice after it (none: the chart that suits). */
export function withChartType(search: string, chartType: ChartType | null): string {
  return chartType ? `${search}${search ? '&' : ''}${CHART_PARAM}=${chartType}` : search;
}

function columnCount(result: TrendResultData): number {
  return new Set(result.series.map((s) => s.crossKey ?? '')).size;
}

/** The chart types that can show this answer, in the order offered. */
export function chartTypesFor(result: TrendResultData): ChartType[] {
  const overTime = result.periods.length >= 2;
  const types: ChartType[] = [];
  // A line joins periods, so it needs two; a cross-tab's series are pairs, not lines.
  if (overTime && !result.crossBy) types.push('LINE');
  types.push('BARS');
  const grouped = result.crossBy
    ? columnCount(result) <= MAX_GROUPED_SERIES
    : overTime && result.series.length >= 2 && result.series.length <= MAX_GROUPED_SERIES;
  if (grouped) types.push('GROUPED_BARS');
  // A grid needs two dimensions: a split and either a second split or periods.
  if (result.groupBy && (result.crossBy || overTime)) types.push('HEATMAP');
  types.push('TABLE');
  return types;
}

/** The chart drawn when none is chosen (or the one chosen cannot show this answer). */
export function defaultChartType(result: TrendResultData): ChartType {
  if (result.crossBy) return 'HEATMAP';
  if (result.periods.length <= 1 || result.series.length > MAX_SERIES_OVER_TIME) return 'BARS';
  if (result.groupBy && stacks(result) && !result.comparison) return 'BARS';
  return 'LINE';
}

/** The chart to draw: the one asked for when it can show the answer, otherwise the default. */
export function effectiveChartType(result: TrendResultData, requested: ChartType | null): ChartType {
  return requested && chartTypesFor(result).includes(requested) ? requested : defaultChartType(result);
}

/** Bars stack only where the parts add up to the whole: counts, each contact in one series. */
export function stacks(result: Pick<TrendResultData, 'measure' | 'countsContactsOncePerValue' | 'series'>): boolean {
  return MEASURES[result.measure].unit === 'count' && !result.countsContactsOncePerValue && result.series.length > 1;
}
