/**
 * The public embed routes (no sign-in): /embed/<token> (the page),
 * /embed/<token>.svg, .png and .csv, and the page's stylesheet. Every request
 * with a token checks it first (embed-lookup.ts): unknown or malformed → 404,
 * revoked, paused or expired → 410, the same plain "no longer available"
 * answer on every route. Only theme and height are read from the query
 * string; the chart's question is locked in the saved chart.
 */
import { createHash } from 'crypto';
import { todayIso } from '@complaints/domain';
import type { Express, NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { aggregateRefusalForHttp } from '../aggregates/aggregate-errors';
import type { AppConfig } from '../config/config';
import { lastChanged, readDataVersions, versionTag } from '../data-versions/data-versions';
import { logger } from '../logging/logger';
import { NO_RESULT_CACHE, type ResultCache } from '../result-cache/result-cache';
import { TREND_READS } from '../result-cache/trend-question';
import { chartSource } from '../trends/trend-export.route';
import { readEmbedDisplay, type EmbedDisplay } from './embed-display';
import { embedFigures, figuresKey, UnrunnableChartError } from './embed-figures';
import { embedHeaders, setEmbedAssetPolicy, setEmbedPagePolicy } from './embed-headers';
import { lookUpEmbed } from './embed-lookup';
import { embedSizeProblem } from './embed-question';
import { EMBED_CSS } from './embed-page.styles';
import { renderEmbed, type EmbedAnswer } from './embed-render';
import { RenderRefusedError } from './embed-render-budget';
import { configureEmbeds } from './embed-settings';
import { sendUnavailable } from './embed-unavailable';
import { flushEmbedUsage, recordEmbedUse } from './embed-usage';

/** Bump when what the routes draw changes without the data changing, so browsers drop what they hold. */
const RENDERING_VERSION = 1;

const CONTENT_TYPES: Record<EmbedAnswer, string> = {
  page: 'text/html; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

export interface EtagParts {
  chartId: number;
  chartVersion: number;
  /** The versions of the data the chart reads (versionTag). */
  dataVersion: string;
  rule: string;
  display: EmbedDisplay;
  kind: EmbedAnswer;
  today: string;
}

/** From what the answer depends on, not from its bytes, so a 304 costs no aggregate. */
export function embedEtag(p: EtagParts): string {
  const basis = [RENDERING_VERSION, p.chartId, p.chartVersion, p.dataVersion, p.rule, p.display.theme, p.display.height, p.kind, p.today].join('|');
  return `"${createHash('sha256').update(basis).digest('base64url').slice(0, 27)}"`;
}

function fileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'chart'}.csv`;
}

const BUSY_MESSAGE = 'This chart is busy; try again in a moment';

function sendBusy(res: Response, status: number, as: 'html' | 'text'): void {
  res.status(status).set({ 'Cache-Control': 'no-store', 'Retry-After': '5' }).removeHeader('ETag');
  if (as === 'text') res.type('text/plain; charset=utf-8').send(`${BUSY_MESSAGE}.\n`);
  else res.type('text/html; charset=utf-8').send(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${BUSY_MESSAGE}</title></head><body><p>${BUSY_MESSAGE}.</p></body></html>`);
}

function answer(dataSource: DataSource, config: Pick<AppConfig, 'embedAllowedOrigins' | 'councilName'>, kind: EmbedAnswer, cache: ResultCache) {
  const as = kind === 'page' ? 'html' : 'text';
  const source = chartSource(config.councilName);
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = String(req.params.token);
    try {
      const now = new Date();
      const found = await lookUpEmbed(dataSource, token, now);
      if (!found.ok) return sendUnavailable(res, found.status, as);
      const { embed, chart } = found;
      if (kind === 'csv' && chart.dataDownload !== 'EMBED_READERS') {
        res.status(404).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send("This chart's data is not available for download.\n");
        return;
      }
      recordEmbedUse(dataSource, embed.id, kind === 'page' ? 'view' : 'asset', now);

      const display = readEmbedDisplay(req.query as Record<string, unknown>);
      const versions = await readDataVersions(dataSource);
      const today = todayIso(now);
      res.set({
        ETag: embedEtag({ chartId: chart.id, chartVersion: chart.version, dataVersion: versionTag(versions, TREND_READS), rule: embed.disclosureRule, display, kind, today }),
        // no-cache, not max-age: a revoked or paused embed must stop showing at the next load, so every
        // request comes back here to check the token; the ETag makes an unchanged answer a cheap 304.
        'Cache-Control': 'public, no-cache',
      });
      if (req.fresh) {
        res.status(304).end();
        return;
      }

      const key = { chart, rule: embed.disclosureRule, versions, today };
      const figures = await embedFigures(dataSource, key, cache);
      // Checked on every request too: the chart may have been edited, or its dimension grown, since it was published.
      const tooLarge = embedSizeProblem(figures.result);
      if (tooLarge) throw new UnrunnableChartError(`saved chart ${chart.id}: ${tooLarge}`);
      // The page links to this embed's own CSV, so it is rendered per embed; the rest per chart and rule.
      const renderKey = [figuresKey(key), kind, display.theme, display.height, kind === 'page' ? embed.id : ''].join(':');
      const csvLink = chart.dataDownload === 'EMBED_READERS' ? `/embed/${token}.csv` : null;
      const rendered = await renderEmbed(dataSource, renderKey, kind, { chart, figures, display, updatedAt: lastChanged(versions, TREND_READS), csvLink, source });

      if (kind === 'page') setEmbedPagePolicy(res, config.embedAllowedOrigins, rendered.styleHashes);
      else setEmbedAssetPolicy(res, config.embedAllowedOrigins);
      if (kind === 'csv') res.set('Content-Disposition', `attachment; filename="${fileName(chart.name)}"`);
      res.status(200).type(CONTENT_TYPES[kind]).send(rendered.body);
    } catch (error) {
      const refusal = aggregateRefusalForHttp(error);
      if (refusal) return sendBusy(res, refusal.status, as);
      if (error instanceof RenderRefusedError) return sendBusy(res, 429, as);
      if (error instanceof UnrunnableChartError || (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')) {
        // The saved question no longer runs (retired codes, too many series): nothing to show, said plainly.
        logger.warn({ err: error }, 'an embedded chart could not be drawn');
        return sendUnavailable(res, 410, as);
      }
      next(error);
    }
  };
}

/** Mounts the embed routes (before sign-in: readers never sign in) and configures embeds for the resolvers. */
export function mountEmbedRoutes(app: Express, dataSource: DataSource, config: AppConfig, cache: ResultCache = NO_RESULT_CACHE): { flushUsage(): Promise<void> } {
  configureEmbeds(dataSource, config);
  app.use('/embed', embedHeaders(config.embedAllowedOrigins));
  app.get('/embed/static/embed.css', (_req, res) => {
    // Its URL carries a hash of its content (EMBED_STYLESHEET_PATH), so a day is safe.
    res.set('Cache-Control', 'public, max-age=86400').type('text/css; charset=utf-8').send(EMBED_CSS);
  });
  // The extensions first: /embed/:token would otherwise take 'abc.svg' as a token.
  app.get('/embed/:token.svg', answer(dataSource, config, 'svg', cache));
  app.get('/embed/:token.png', answer(dataSource, config, 'png', cache));
  app.get('/embed/:token.csv', answer(dataSource, config, 'csv', cache));
  app.get('/embed/:token', answer(dataSource, config, 'page', cache));
  // On stop, the view counts tallied in the last second are written.
  return { flushUsage: () => flushEmbedUsage(dataSource) };
}
