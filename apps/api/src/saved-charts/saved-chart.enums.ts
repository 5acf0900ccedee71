/** GraphQL enums of a saved chart: how it is drawn, and who may download its figures. */
import { registerEnumType } from 'type-graphql';

export const ChartType = {
  LINE: 'LINE',
  BARS: 'BARS',
  GROUPED_BARS: 'GROUPED_BARS',
  HEATMAP: 'HEATMAP',
  TABLE: 'TABLE',
} as const;
export type ChartType = keyof typeof ChartType;

registerEnumType(ChartType, {
  name: 'ChartType',
  description: 'How a saved chart is drawn.',
  valuesConfig: {
    LINE: { description: 'A line per series over the periods.' },
    BARS: { description: 'Stacked bars per period.' },
    GROUPED_BARS: { description: 'Bars side by side per period.' },
    HEATMAP: { description: 'Series by periods, shaded by value.' },
    TABLE: { description: 'The table only, no chart.' },
  },
});

export const DataDownload = {
  STAFF: 'STAFF',
  EMBED_READERS: 'EMBED_READERS',
} as const;
export type DataDownload = keyof typeof DataDownload;

registerEnumType(DataDownload, {
  name: 'DataDownload',
  description: "Who may download a saved chart's figures as CSV.",
  valuesConfig: {
    STAFF: { description: 'Signed-in staff only; its embeds serve no CSV.' },
    EMBED_READERS: { description: 'Also whoever reads one of its embeds (the CSV is as suppressed as the embedded chart).' },
  },
});
