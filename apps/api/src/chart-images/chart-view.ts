/** What a chart image is drawn from: the trend, the words around it, and how it looks. */
import type { DisclosedTrend } from '../trends/trend-disclosure';
import type { TrendResult } from '../trends/trend.types';
import type { ChartTheme } from './chart-theme';

export type ChartType = 'LINE' | 'BARS' | 'GROUPED_BARS' | 'HEATMAP';

export const CHART_TYPES: readonly ChartType[] = ['LINE', 'BARS', 'GROUPED_BARS', 'HEATMAP'];

export interface ChartView {
  result: TrendResult;
  chartType: ChartType;
  /** The heading drawn on the image (a saved chart's name, or the question in words). */
  title: string;
  /** What the chart shows in plain English: the image's <desc>, its alt text. */
  description: string;
  /** The active filters, one line each (describeTrendFilters); none draws "Filters: none (all contacts)". */
  filters: string[];
  /** 'Source: Complaints Insight, <council>'. */
  source: string;
  /** The period line; by default the question's period in words. */
  period?: string;
  /** An extra line under the source, e.g. 'Generated 3 March 2026 14:05' or 'Last updated …'. */
  generated?: string;
  /** Pixels; 800 × 500 by default. */
  width?: number;
  height?: number;
  theme?: ChartTheme;
  /** Where a click on a bar, point or cell leads (the same slice in the app); null for no link. */
  linkFor?: (seriesKey: string, period: string | null, crossKey: string | null) => string | null;
  /** Draw the disclosed figures: suppressed ones as hatched gaps, never at their true size. */
  disclosed?: DisclosedTrend;
}
