/**
 * An embedded chart's figures: the saved question run through runTrend with
 * its parameters locked, then disclosed under the embed's rule. The page, the
 * SVG, the PNG and the CSV are all built from this one disclosed result, so
 * the CSV is exactly as suppressed as the chart.
 *
 * Figures are kept in the result cache (result-cache/: in memory, or in Redis
 * shared by every API process), keyed by the published question normalised,
 * the rule, today's date (open-ended questions move with it) and the versions
 * of contacts and reference data; charts asking the same question share them.
 * Renderings are cached in-process (embed-render.ts) under figuresKey. A page
 * and its images arriving together run the aggregate once.
 */
import { parseTrendParams, type TrendParams } from '@complaints/domain';
import type { DataSource } from 'typeorm';
import { versionTag, type DataVersions } from '../data-versions/data-versions';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { NO_RESULT_CACHE, type ResultCache } from '../result-cache/result-cache';
import { PUBLIC_SCOPE } from '../result-cache/result-key';
import { normaliseTrendInput, TREND_READS } from '../result-cache/trend-question';
import type { SavedChart } from '../saved-charts/saved-chart.entity';
import { describeTrendFilters } from '../trends/trend-description';
import { discloseTrend, type DisclosedTrend } from '../trends/trend-disclosure';
import type { TrendInput } from '../trends/trend.inputs';
import { runTrend } from '../trends/trend.service';
import type { TrendResult } from '../trends/trend.types';
import { admitEmbedAggregate } from './embed-admission';
import { publishedQuestion } from './embed-question';
import type { DisclosureRule } from './embed.enums';

export interface EmbedFigures {
  /** The saved question. */
  input: TrendParams;
  /** The trend as run: only ever drawn or written through `disclosed`. */
  result: TrendResult;
  disclosed: DisclosedTrend;
  /** The active filters in words. */
  filters: string[];
  /** When the figures were worked out. */
  computedAt: Date;
}

/** What a set of figures depends on: any change is a new key. */
export interface FiguresKey {
  chart: Pick<SavedChart, 'id' | 'version' | 'params'>;
  rule: DisclosureRule;
  /** The data versions this request read, before anything was computed. */
  versions: DataVersions;
  today: string;
}

export function figuresKey({ chart, rule, versions, today }: FiguresKey): string {
  return `${chart.id}:${chart.version}:${rule}:${versionTag(versions, TREND_READS)}:${today}`;
}

/** A saved question that no longer runs (e.g. its codes were retired): the embed shows nothing. */
export class UnrunnableChartError extends Error {}

/** What the result cache keeps: a published question's figures under a rule, whichever chart asked. */
type Computed = Pick<EmbedFigures, 'result' | 'disclosed' | 'computedAt'>;

async function compute(dataSource: DataSource, input: TrendParams, rule: DisclosureRule, today: string): Promise<Computed> {
  const catalog = await cachedReferenceCatalog(dataSource);
  const result = await admitEmbedAggregate(dataSource, (run) => runTrend(run, catalog, input as TrendInput, today));
  return { result, disclosed: discloseTrend(result, rule), computedAt: new Date() };
}

export async function embedFigures(dataSource: DataSource, key: FiguresKey, cache: ResultCache = NO_RESULT_CACHE): Promise<EmbedFigures> {
  const { chart, rule, versions, today } = key;
  const { input: saved, problems } = parseTrendParams(chart.params);
  if (problems.length) throw new UnrunnableChartError(`saved chart ${chart.id}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  // Checked on every run, not only when published: the chart may have been edited since, and "last month" moves on.
  const published = publishedQuestion(saved, today);
  if (!published.ok) throw new UnrunnableChartError(`saved chart ${chart.id}: ${published.problem}`);
  const input = published.input;
  const question = { operation: 'embedFigures' as const, input: normaliseTrendInput(input, today), scope: PUBLIC_SCOPE, rule, reads: TREND_READS, today };
  // Embeds share one aggregate budget whoever reads them, so a page and its images share one computation.
  const computed = await cache.answer(dataSource, question, () => compute(dataSource, input, rule, today), { versions, shareInFlight: true });
  return { input, ...computed, filters: describeTrendFilters(input, await cachedReferenceCatalog(dataSource)) };
}
