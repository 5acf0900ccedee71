import { Resvg } from '@resvg/resvg-js';
import { discloseTrend } from '../trends/trend-disclosure';
import { trendFixture } from '../trends/trend-result.fixture';
import type { TrendResult } from '../trends/trend.types';
import type { ChartType, ChartView } from './chart-view';
import { renderTrendChartSvg } from './render-trend-chart';
import { svgToPng } from './svg-to-png';

const QUARTERS = ['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4'];

// Letter's Q2 holds 3 contacts: a count under 5, which a disclosed chart must never show.
const byChannel = trendFixture({
  periods: QUARTERS,
  granularity: 'QUARTER',
  series: [
    { key: 'LETTER', label: 'Letter', counts: [120, 3, 131, 112] },
    { key: 'EMAIL', label: 'Email', counts: [140, 122, 118, 125] },
    { key: 'TELEPHONE', label: 'Telephone', counts: [115, 116, 150, 109] },
  ],
});

const crossTab = trendFixture({
  groupBy: 'RECORD_TYPE',
  crossBy: 'OUTCOME',
  granularity: 'FINANCIAL_YEAR',
  periods: ['2009/10'],
  series: [
    { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', crossKey: 'UPHELD', crossLabel: 'Upheld', counts: [140] },
    { key: 'STATUTORY_COMPLAINT', label: 'Statutory complaint', crossKey: 'NOT_UPHELD', crossLabel: 'Not upheld', counts: [3] },
    { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', crossKey: 'UPHELD', crossLabel: 'Upheld', counts: [117] },
    { key: 'CORPORATE_COMPLAINT', label: 'Corporate complaint', crossKey: 'NOT_UPHELD', crossLabel: 'Not upheld', counts: [121] },
  ],
});

const FILTER = 'Record type: Statutory complaint (STATUTORY_COMPLAINT)';

function view(result: TrendResult, chartType: ChartType, extra: Partial<ChartView> = {}): ChartView {
  return {
    result,
    chartType,
    title: 'Contacts by channel & quarter, 2009/10',
    description: 'Bar chart of contacts by channel for each quarter of 2009/10.',
    filters: [FILTER],
    source: 'Source: Complaints Insight, Test Council',
    ...extra,
  };
}

/** Every text node of the SVG (element content between tags), unescaped enough to compare. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim()).filter(Boolean);
}

describe.each<[string, TrendResult, ChartType]>([
  ['stacked bars', byChannel, 'BARS'],
  ['grouped bars', byChannel, 'GROUPED_BARS'],
  ['lines', byChannel, 'LINE'],
  ['a heatmap of a cross-tab', crossTab, 'HEATMAP'],
  ['a heatmap over periods', byChannel, 'HEATMAP'],
])('renderTrendChartSvg: %s', (_name, result, chartType) => {
  const svg = renderTrendChartSvg(view(result, chartType));

  it('is well-formed XML that an SVG renderer draws', () => {
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('is an image with a title and a description for screen readers', () => {
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toMatch(/^<svg[^>]* aria-labelledby="chart-title chart-desc"/);
    expect(svg).toContain('<title id="chart-title">Contacts by channel &amp; quarter, 2009/10</title>');
    expect(svg).toContain('<desc id="chart-desc">Bar chart of contacts by channel for each quarter of 2009/10.</desc>');
  });

  it('says its period, filters and source on the image itself', () => {
    const words = texts(svg);
    expect(words).toContain(FILTER);
    expect(words).toContain('Source: Complaints Insight, Test Council');
    expect(words.some((w) => w.includes('2009/10'))).toBe(true);
  });

  it('draws suppressed figures as hatched marks with their symbol, never their true count', () => {
    const disclosed = discloseTrend(result, 'UNDER_5');
    const safe = renderTrendChartSvg(view(result, chartType, { disclosed }));
    expect(() => new Resvg(safe)).not.toThrow();
    expect(safe).toContain('data-suppressed="true"');
    const words = texts(safe);
    expect(words.some((w) => /suppressed/.test(w))).toBe(true);
    expect(words).not.toContain('3');
    expect(words.some((w) => /: 3$/.test(w))).toBe(false);
    expect(words.some((w) => /: <5$/.test(w))).toBe(true);
  });

  it('names each figure once (one <title> per mark, so a screen reader or the keyboard meets it once)', () => {
    const safe = renderTrendChartSvg(view(result, chartType, { disclosed: discloseTrend(result, 'UNDER_5') }));
    const titles = [...safe.matchAll(/<title>([^<]*: [^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles.length).toBe(new Set(titles).size);
    expect(titles.length).toBeGreaterThan(0);
  });
});

describe('renderTrendChartSvg options', () => {
  it('wraps each bar in a link to the same slice in the app', () => {
    const svg = renderTrendChartSvg(view(byChannel, 'GROUPED_BARS', { linkFor: (key, period) => `/trends?channels=${key}&period=${period}` }));
    expect(svg).toContain('<a href="/trends?channels=LETTER&amp;period=2009/10 Q1" target="_top">');
    expect(svg.match(/<a href=/g)).toHaveLength(12);
  });

  it('draws on a dark or high-contrast background when asked', () => {
    expect(renderTrendChartSvg(view(byChannel, 'LINE', { theme: 'high-contrast' }))).toContain('fill="#000000"');
    expect(renderTrendChartSvg(view(byChannel, 'LINE', { theme: 'dark' }))).toContain('fill="#1b1d1e"');
  });

  it('keeps the width asked for and grows taller rather than cut off a long list of filters', () => {
    const filters = Array.from({ length: 9 }, (_, i) => `Issue (primary): A long issue name number ${i} (ISSUE_${i})`);
    const svg = renderTrendChartSvg(view(byChannel, 'LINE', { width: 400, height: 300, filters }));
    expect(svg).toMatch(/^<svg[^>]* width="400"/);
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(300);
    expect(texts(svg)).toContain('and 3 more filters (see the data download)');
  });

  it('says when there are no filters', () => {
    expect(texts(renderTrendChartSvg(view(byChannel, 'BARS', { filters: [] })))).toContain('Filters: none (all contacts)');
  });

  it('draws bars of each series when the trend has a single period', () => {
    const year = trendFixture({
      granularity: 'FINANCIAL_YEAR',
      periods: ['2009/10'],
      series: [
        { key: 'LETTER', label: 'Letter', counts: [165] },
        { key: 'EMAIL', label: 'Email', counts: [120] },
      ],
    });
    const svg = renderTrendChartSvg(view(year, 'BARS'));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Letter, 2009/10: 165', 'Email, 2009/10: 120']));
  });
});

describe('svgToPng', () => {
  it('draws the chart as a PNG', () => {
    const png = svgToPng(renderTrendChartSvg(view(byChannel, 'BARS')));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // 800 wide: the IHDR chunk's width.
    expect(png.readUInt32BE(16)).toBe(800);
  });

  it('draws at twice the size for sharp printing', () => {
    expect(svgToPng(renderTrendChartSvg(view(byChannel, 'LINE')), { scale: 2 }).readUInt32BE(16)).toBe(1600);
  });
});
