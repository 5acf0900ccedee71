/**
 * How a chart image is asked for in a URL, beside the trend's own parameters:
 *   ?chartType=LINE|BARS|GROUPED_BARS|HEATMAP&theme=light|dark|high-contrast&width=800&height=500
 * Each is optional; a bad value is a problem naming its field, as every trend parameter is.
 */
import type { FieldProblem } from '../graphql/errors';
import { CHART_THEMES, type ChartTheme } from './chart-theme';
import { CHART_TYPES, type ChartType } from './chart-view';

export interface ChartOptions {
  chartType?: ChartType;
  theme?: ChartTheme;
  width?: number;
  height?: number;
}

export const CHART_SIZE_LIMITS = { width: { min: 320, max: 2400 }, height: { min: 240, max: 2000 } } as const;

export function parseChartOptions(query: Readonly<Record<string, unknown>>): { options: ChartOptions; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const options: ChartOptions = {};
  const text = (key: string): string | undefined => {
    const value = query[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      problems.push({ field: key, message: Array.isArray(value) ? 'is given more than once' : 'is not a single value' });
      return undefined;
    }
    return value.trim() || undefined;
  };
  const choice = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push({ field: key, message: `'${value}' is not one of ${allowed.join(', ')}` });
    return undefined;
  };
  const size = (key: 'width' | 'height'): number | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    const { min, max } = CHART_SIZE_LIMITS[key];
    if (/^\d{1,5}$/.test(value) && Number(value) >= min && Number(value) <= max) return Number(value);
    problems.push({ field: key, message: `'${value}' is not a whole number of pixels from ${min} to ${max}` });
    return undefined;
  };
  const chartType = choice('chartType', CHART_TYPES);
  if (chartType) options.chartType = chartType;
  const theme = choice('theme', CHART_THEMES);
  if (theme) options.theme = theme;
  const width = size('width');
  if (width) options.width = width;
  const height = size('height');
  if (height) options.height = height;
  return { options, problems };
}
