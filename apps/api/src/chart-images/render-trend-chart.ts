/**
 * renderTrendChartSvg: a trend as a self-contained SVG image, drawn on the
 * server by React's renderToStaticMarkup of the same nivo components the web
 * app uses (Bar, Line, HeatMap: fixed size, no animation). Used for the image
 * downloads, the embed page (inline, readable with JavaScript off) and PNGs.
 */
import { CATEGORY_PALETTE, categoryColours } from '@complaints/domain';
import { renderBarChart } from './bar-chart';
import { frameLayout, renderFrame } from './chart-frame';
import { buildChartModel, type ChartModel } from './chart-model';
import { legibleOn, PALETTES, type ChartPalette } from './chart-theme';
import type { ChartView } from './chart-view';
import { renderHeatmapChart } from './heatmap-chart';
import { renderLineChart } from './line-chart';
import { describeTrendQuery } from '../trends/trend-description';
import type { TrendResult, TrendSeries } from '../trends/trend.types';

const PAD = 16;

/** One colour per category everywhere (the domain's colour map); the pairs of a cross-tab by position. */
function colourOf(result: TrendResult, palette: ChartPalette) {
  const colours = result.groupBy && !result.crossBy ? categoryColours(result.groupBy, result.series.map((s) => s.key)) : null;
  return (_series: TrendSeries, index: number): string => legibleOn(colours?.[index] ?? CATEGORY_PALETTE[index % CATEGORY_PALETTE.length]!, palette);
}

function renderChart(model: ChartModel, width: number, height: number, palette: ChartPalette): string {
  switch (model.kind) {
    case 'bars':
      return renderBarChart(model, width, height, palette);
    case 'line':
      return renderLineChart(model, width, height, palette);
    case 'heatmap':
      return renderHeatmapChart(model, width, height, palette);
  }
}

export function renderTrendChartSvg(view: ChartView): string {
  const width = Math.round(view.width ?? 800);
  const height = Math.round(view.height ?? 500);
  const palette = PALETTES[view.theme ?? 'light'];
  const model = buildChartModel(view, colourOf(view.result, palette));
  const words = describeTrendQuery(view.result);
  const content = {
    width,
    height,
    title: view.title,
    description: view.description,
    // The image draws this range only (not the one it may be compared with), so it names this range only.
    period: view.period ?? words.period,
    filters: view.filters,
    legend: model.legend,
    note: view.disclosed?.note ?? null,
    source: view.source,
    generated: view.generated,
    palette,
  };
  const layout = frameLayout(content);
  return renderFrame(content, layout, renderChart(model, width - 2 * PAD, layout.chartHeight, palette));
}
