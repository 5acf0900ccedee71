/**
 * A trend in words for whatever leaves the app (CSV headers, chart images,
 * embed captions): the active filters with their names and codes, and the
 * measure, grouping and period. The words are the domain's, shared with the web;
 * this file only lends them the council's reference data.
 */
import { describeFilterList, describeTrendQuestion, type NameOfCode, type TrendParams, type TrendQuestionShape, type TrendQuestionWords } from '@complaints/domain';
import type { ReferenceCatalog } from '../reference/reference-catalog';

/** Names codes from the council's reference data. */
export function catalogNames(catalog: ReferenceCatalog): NameOfCode {
  return (list, code) => catalog[list].byCode.get(code)?.name;
}

/** The active filters, one line each: "Record type: Statutory complaint (STATUTORY_COMPLAINT)". Empty without filters. */
export function describeTrendFilters(input: Pick<TrendParams, 'filter'>, catalog: ReferenceCatalog): string[] {
  return describeFilterList(input.filter, catalogNames(catalog));
}

/** Measure, grouping, period (and comparison) in words, and all of them as a title. */
export function describeTrendQuery(result: TrendQuestionShape): TrendQuestionWords {
  return describeTrendQuestion(result);
}
