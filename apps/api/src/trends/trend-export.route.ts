/**
 * GET /export/trend.csv, /export/trend.svg and /export/trend.png: any trend
 * the signed-in staff member may ask, as a spreadsheet-safe CSV or a chart
 * image, with the trend's options as URL parameters (and, for images, the chart
 * options of chart-images/chart-options.ts). Staff see exact figures; published
 * outputs (embeds) go through discloseTrend instead.
 */
import { parseTrendParams, trendParamsToSearch, type TrendParams } from '@complaints/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { aggregateRefusalForHttp } from '../aggregates/aggregate-errors';
import { defaultChartDescription, defaultChartType } from '../chart-images/chart-description';
import { todayIso } from '../periods/today';
import { parseChartOptions, type ChartOptions } from '../chart-images/chart-options';
import { renderTrendChartSvg } from '../chart-images/render-trend-chart';
import { svgToPngAsync } from '../chart-images/svg-to-png';
import { toCsv } from '../export/csv';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { cachedReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { NO_RESULT_CACHE, type ResultCache } from '../result-cache/result-cache';
import { trendQuestion } from '../result-cache/trend-question';
import { describeTrendFilters, describeTrendQuery } from './trend-description';
import { trendToCsvRows } from './trend-export-csv';
import { runTrend } from './trend.service';
import type { TrendResult } from './trend.types';

export { trendToCsvRows } from './trend-export-csv';

/** The line naming where the figures come from, on every image: 'Source: Complaints Insight, <council>' (config COUNCIL_NAME). */
export function chartSource(councilName: string | null): string {
  return councilName ? `Source: Complaints Insight, ${councilName}` : 'Source: Complaints Insight';
}

/** HTTP 400 with the body a GraphQL client would get for the same refusal. */
function refuse(res: Response, error: GraphQLError): void {
  res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

interface Answer {
  input: TrendParams;
  result: TrendResult;
  catalog: ReferenceCatalog;
}

/**
 * Parses and runs the trend of a request, or answers the refusal: 400 naming the
 * field (as GraphQL would), or the aggregate limits' 429/503. null when answered.
 */
async function answerTrend(dataSource: DataSource, cache: ResultCache, req: Request, res: Response, more: FieldProblem[] = []): Promise<Answer | null> {
  // The same parser as the web's URL, and the same refusal as GraphQL (BAD_USER_INPUT naming the field).
  const { input, problems } = parseTrendParams(req.query as Record<string, unknown>);
  if (problems.length || more.length) {
    refuse(res, badUserInput('trend', [...problems, ...more]));
    return null;
  }
  try {
    const today = todayIso();
    // The same entry as GraphQL's trend for the same question.
    const result = await cache.answer(dataSource, trendQuestion(input, today), async () => {
      const catalog = await cachedReferenceCatalog(dataSource);
      return admitAggregate(dataSource, req.user, (run) => runTrend(run, catalog, input, today));
    }, { versions: req.dataVersions });
    return { input, result, catalog: await cachedReferenceCatalog(dataSource) };
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      refuse(res, error);
      return null;
    }
    const refusal = aggregateRefusalForHttp(error);
    if (refusal) {
      res.status(refusal.status).type('text/plain; charset=utf-8').send(`${refusal.message}\n`);
      return null;
    }
    throw error;
  }
}

function fileName(input: TrendParams, result: TrendResult, extension: string): string {
  return `trend-${input.financialYear?.replace('/', '-') ?? `${result.from}-to-${result.to}`}-${(result.groupBy ?? 'all').toLowerCase()}.${extension}`;
}

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

export function trendCsvRoute(dataSource: DataSource, cache: ResultCache = NO_RESULT_CACHE) {
  return async (req: Request, res: Response) => {
    const answer = await answerTrend(dataSource, cache, req, res);
    if (!answer) return;
    const { input, result, catalog } = answer;
    const rows = trendToCsvRows(result, { filters: describeTrendFilters(input, catalog), generatedAt: new Date(), query: trendParamsToSearch(input) });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${fileName(input, result, 'csv')}"`)
      .send(toCsv(rows));
  };
}

/** The chart of a signed-in request, with exact figures: the question as its title, the filters and source on it. */
function chartOf({ input, result, catalog }: Answer, options: ChartOptions, source: string): string {
  const chartType = options.chartType ?? defaultChartType(result);
  return renderTrendChartSvg({
    ...options,
    result,
    chartType,
    title: describeTrendQuery(result).title,
    description: defaultChartDescription(result, chartType),
    filters: describeTrendFilters(input, catalog),
    source,
    generated: `Generated ${londonTime.format(new Date())} (UK time)`,
  });
}

export function trendImageRoute(dataSource: DataSource, format: 'svg' | 'png', councilName: string | null = null, cache: ResultCache = NO_RESULT_CACHE) {
  return async (req: Request, res: Response) => {
    const { options, problems } = parseChartOptions(req.query as Record<string, unknown>);
    const answer = await answerTrend(dataSource, cache, req, res, problems);
    if (!answer) return;
    const svg = chartOf(answer, options, chartSource(councilName));
    const name = fileName(answer.input, answer.result, format);
    res.status(200).set('Content-Disposition', `attachment; filename="${name}"`);
    if (format === 'svg') res.type('image/svg+xml; charset=utf-8').send(svg);
    else res.type('image/png').send(await svgToPngAsync(svg, { scale: 2 }));
  };
}
