/** Where a saved chart leads: the explorer asking its question, and the link staff share. */
import type { ChartType } from '../../graphql/graphql';
import { withChartType } from '../trends/trend-chart-type';

/** `/trends?<params>&chart=<type>`: the explorer asking the same question, drawn the same way. */
export function explorerHref(params: string, chartType: ChartType): string {
  return `/trends?${withChartType(params, chartType)}`;
}

/** The link staff share: the saved chart's page on this site. */
export function shareUrl(origin: string, id: string): string {
  return `${origin}/charts/${encodeURIComponent(id)}`;
}
