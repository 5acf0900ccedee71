/**
 * A trend question as a cache key sees it: everything the answer depends on,
 * nothing it does not. A financial year and its dates are one range; defaults
 * are filled in (MONTH, CONTACTS); filter codes are sorted and each named once
 * (every list means "any of"). An empty list stays: it matches nothing, which
 * is not the same as no filter.
 */
import { TREND_FILTER_KEYS, trendDateRange, type TrendParams } from '@complaints/domain';
import type { DataKind } from '../data-versions/data-versions';
import { DIRECTORATE_SCOPE, NO_DISCLOSURE_RULE, type CacheQuestion } from './result-key';

/** Contacts and the reference data that labels and filters them (the learning measures read contact_learning_outcome, a contacts table). */
export const TREND_READS: readonly DataKind[] = ['contacts', 'reference_data'];

export function normaliseTrendInput(input: TrendParams, today: string): Record<string, unknown> {
  const range = trendDateRange(input, today);
  const filter: Record<string, string[]> = {};
  for (const key of TREND_FILTER_KEYS) {
    const codes = input.filter?.[key];
    if (codes) filter[key] = [...new Set<string>(codes)].sort();
  }
  return {
    // An invalid range is kept as asked: the trend refuses it, and refusals are never cached.
    ...('range' in range ? range.range : { financialYear: input.financialYear ?? null, from: input.from ?? null, to: input.to ?? null }),
    granularity: input.granularity ?? 'MONTH',
    measure: input.measure ?? 'CONTACTS',
    groupBy: input.groupBy ?? null,
    crossBy: input.crossBy ?? null,
    compareWith: input.compareWith ?? null,
    // Only when asked for: AS_RECORDED questions keep the keys they had.
    ...(input.taxonomy === 'CURRENT' ? { taxonomy: 'CURRENT' } : {}),
    filter,
  };
}

/** The cache question of a trend as staff ask it (exact figures, the whole directorate). */
export function trendQuestion(input: TrendParams, today: string): CacheQuestion {
  return { operation: 'trend', input: normaliseTrendInput(input, today), scope: DIRECTORATE_SCOPE, rule: NO_DISCLOSURE_RULE, reads: TREND_READS, today };
}
