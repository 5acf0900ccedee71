/** Words for a saved chart's choices, typed by the schema so a new value needs words before it typechecks. */
import type { ChartType, DataDownload } from '../../graphql/graphql';

export const CHART_TYPES: Readonly<Record<ChartType, string>> = {
  LINE: 'Line chart',
  BARS: 'Bar chart',
  GROUPED_BARS: 'Grouped bar chart',
  HEATMAP: 'Heatmap',
  TABLE: 'Table only',
};

export const CHART_TYPE_ORDER: readonly ChartType[] = ['LINE', 'BARS', 'GROUPED_BARS', 'HEATMAP', 'TABLE'];

export const DATA_DOWNLOADS: Readonly<Record<DataDownload, string>> = {
  STAFF: 'Signed-in staff only',
  EMBED_READERS: 'Staff, and anyone reading an embed of it (the CSV is suppressed as the chart is)',
};

export const DATA_DOWNLOAD_ORDER: readonly DataDownload[] = ['STAFF', 'EMBED_READERS'];
