/**
 * An embed's answers, each built from the one disclosed result (embed-figures.ts):
 * the page, the SVG, the PNG and the CSV. Renderings are cached beside the
 * figures, under the figures' key plus what else they depend on.
 */
import { trendParamsToSearch } from '@complaints/domain';
import type { DataSource } from 'typeorm';
import { renderTrendChartSvg } from '../chart-images/render-trend-chart';
import { svgToPngAsync } from '../chart-images/svg-to-png';
import type { ChartType as ImageChartType } from '../chart-images/chart-view';
import { toCsv } from '../export/csv';
import type { SavedChart } from '../saved-charts/saved-chart.entity';
import { trendToCsvRows } from '../trends/trend-export-csv';
import { EMBED_CHART_WIDTH, type EmbedDisplay } from './embed-display';
import { LruCache } from './embed-cache';
import { embedPageHtml, formatUpdated, styleAttributeHashes } from './embed-page';
import { renderBudget } from './embed-render-budget';
import type { EmbedFigures } from './embed-figures';
import { sliceLink } from './slice-link';

export type EmbedAnswer = 'page' | 'svg' | 'png' | 'csv';

export interface Rendered {
  body: string | Buffer;
  /** CSP hashes of the page's inline style attributes (the chart's). */
  styleHashes: string[];
}

export interface RenderInput {
  chart: Pick<SavedChart, 'id' | 'name' | 'description' | 'params' | 'chartType'>;
  figures: EmbedFigures;
  display: EmbedDisplay;
  /** When the data under the figures last changed. */
  updatedAt: Date;
  /** The embed's own CSV address (relative), or null when its chart allows no download. */
  csvLink: string | null;
  /** 'Source: Complaints Insight, <council>'. */
  source: string;
}

/** A table-only chart still has images: bars. */
function imageType(chartType: SavedChart['chartType']): ImageChartType {
  return chartType === 'TABLE' ? 'BARS' : chartType;
}

export function renderEmbedSvg({ chart, figures, display, updatedAt, source }: RenderInput): string {
  const { result, disclosed, input, filters } = figures;
  return renderTrendChartSvg({
    result,
    disclosed,
    chartType: imageType(chart.chartType),
    title: chart.name,
    description: chart.description,
    filters,
    source,
    generated: `Last updated ${formatUpdated(updatedAt)}`,
    width: EMBED_CHART_WIDTH,
    height: display.height,
    theme: display.theme,
    linkFor: (seriesKey, period, crossKey) => sliceLink(input, { from: result.from, to: result.to }, { seriesKey, crossKey, period }),
  });
}

async function render(kind: EmbedAnswer, input: RenderInput): Promise<Rendered> {
  const { chart, figures } = input;
  switch (kind) {
    case 'svg':
      return { body: renderEmbedSvg(input), styleHashes: [] };
    case 'png':
      return { body: await svgToPngAsync(renderEmbedSvg(input)), styleHashes: [] };
    case 'csv':
      return {
        body: toCsv(trendToCsvRows(figures.result, { filters: figures.filters, generatedAt: figures.computedAt, disclosed: figures.disclosed, query: trendParamsToSearch(figures.input) })),
        styleHashes: [],
      };
    case 'page': {
      const svg = chart.chartType === 'TABLE' ? null : renderEmbedSvg(input);
      const body = embedPageHtml({
        name: chart.name,
        description: chart.description,
        svg,
        result: figures.result,
        disclosed: figures.disclosed,
        filters: figures.filters,
        updatedAt: input.updatedAt,
        display: input.display,
        appLink: `/trends${chart.params ? `?${chart.params}` : ''}`,
        csvLink: input.csvLink,
        source: input.source,
      });
      return { body, styleHashes: svg ? styleAttributeHashes(svg) : [] };
    }
  }
}

export const RENDER_CACHE = { entries: 200, maxAgeMs: 10 * 60_000 } as const;
const caches = new WeakMap<DataSource, LruCache<Promise<Rendered>>>();

/**
 * `kind` of the figures, made once per key (`key` names everything the rendering
 * depends on), within the process's drawing ration (RenderRefusedError beyond it).
 */
export function renderEmbed(dataSource: DataSource, key: string, kind: EmbedAnswer, input: RenderInput): Promise<Rendered> {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new LruCache(RENDER_CACHE.entries, RENDER_CACHE.maxAgeMs)));
  return cache.remember(key, () => renderBudget(dataSource).run(() => render(kind, input), kind === 'png'));
}
