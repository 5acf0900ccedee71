/**
 * The default words for a chart image: its title (the question) and its
 * description (alt text) when the person saving it wrote none. They name no
 * figure, so they are safe beside a disclosed chart.
 */
import { DIMENSIONS, formatPeriodKey, GRANULARITIES } from '@complaints/domain';
import { describeTrendQuery } from '../trends/trend-description';
import type { TrendResult } from '../trends/trend.types';
import type { ChartType } from './chart-view';

/** The chart a trend suits when none is chosen: a cross-tab as a heatmap, one period or parts of a whole as bars, else lines. */
export function defaultChartType(result: TrendResult): ChartType {
  if (result.crossBy) return 'HEATMAP';
  if (result.periods.length <= 1) return 'BARS';
  return result.groupBy && result.measure === 'CONTACTS' && !result.countsContactsOncePerValue && result.series.length <= 10 ? 'BARS' : 'LINE';
}

export function defaultChartDescription(result: TrendResult, chartType: ChartType): string {
  const { title } = describeTrendQuery(result);
  const first = formatPeriodKey(result.periods[0] ?? '', result.granularity);
  const last = formatPeriodKey(result.periods[result.periods.length - 1] ?? '', result.granularity);
  const span = result.periods.length > 1 ? ` from ${first} to ${last}` : ` in ${first}`;
  const period = GRANULARITIES[result.granularity].toLowerCase();
  const n = result.series.length;
  switch (chartType) {
    case 'LINE':
      return `Line chart: ${title}. ${n === 1 ? 'One line' : `${n} lines`}, one point per ${period}${span}.`;
    case 'HEATMAP':
      return result.crossBy
        ? `Heatmap: ${title}. Rows by ${DIMENSIONS[result.groupBy ?? result.crossBy].toLowerCase()}, columns by ${DIMENSIONS[result.crossBy].toLowerCase()}, each cell shaded by its total; darker is more.`
        : `Heatmap: ${title}. One row per series, one column per ${period}${span}; darker is more.`;
    case 'BARS':
    case 'GROUPED_BARS':
      return result.periods.length <= 1
        ? `Bar chart: ${title}. One bar for each of ${n} ${n === 1 ? 'series' : 'values'}${span}.`
        : `Bar chart: ${title}. One ${chartType === 'GROUPED_BARS' || n === 1 ? 'group of bars' : 'bar'} per ${period}${span}${n > 1 ? `, ${chartType === 'GROUPED_BARS' ? 'one bar' : 'one part'} for each of ${n} series` : ''}.`;
  }
}
