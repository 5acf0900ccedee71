/**
 * A trend answer in words for the explorer's heading, table caption and chart
 * caption: the domain's description of the question (the words chart images
 * and CSV headers use too) plus its active filters, so a filtered figure
 * pasted elsewhere still says what it counts. Pure, tested beside it.
 */
import {
  describeTrendQuestion,
  TREND_FILTER_KEYS,
  TREND_FILTER_WORDS,
  type NameOfCode,
  type TrendFilterParams,
} from '@complaints/domain';
import type { ReferenceOptions } from '../reference/useReferenceOptionsQuery';
import type { TrendResultData } from './useTrendQuery';

/** Names reference-data codes from the reference options; unknown (or not yet loaded) codes stay codes. */
export function referenceNames(options: ReferenceOptions | undefined): NameOfCode {
  if (!options) return () => undefined;
  const lists = {
    recordTypes: options.recordTypes,
    channels: options.channels,
    divisions: options.divisions,
    serviceAreas: options.serviceAreas,
    issueCategories: options.issueCategories,
    issues: options.issueCategories.flatMap((category) => category.issues),
  };
  const maps = Object.fromEntries(
    Object.entries(lists).map(([list, items]) => [list, new Map(items.map((item) => [item.code, item.name] as const))]),
  );
  return (list, code) => maps[list]?.get(code);
}

/** Each active filter as a clause: "channel is Letter or Email". */
export function filterClauses(filter: TrendFilterParams | null | undefined, nameOf: NameOfCode): string[] {
  if (!filter) return [];
  const clauses: string[] = [];
  for (const key of TREND_FILTER_KEYS) {
    const codes = filter[key];
    if (!codes?.length) continue;
    const { label, names } = TREND_FILTER_WORDS[key];
    const name = (code: string) => (typeof names === 'string' ? nameOf(names, code) : names[code]) ?? code;
    clauses.push(`${label.charAt(0).toLowerCase()}${label.slice(1)} is ${codes.map(name).join(' or ')}`);
  }
  return clauses;
}

/** ", where channel is Letter and outcome is Upheld", or '' with no filters. */
export function whereClause(clauses: string[]): string {
  if (!clauses.length) return '';
  const joined = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`;
  return `, where ${joined}`;
}

/**
 * "Number of contacts by channel, 2009/10, by financial year, where outcome is Upheld":
 * the results' heading, the table's caption and the chart's name.
 */
export function trendTitle(result: TrendResultData, filter: TrendFilterParams | null | undefined, nameOf: NameOfCode): string {
  return `${describeTrendQuestion(result).title}${whereClause(filterClauses(filter, nameOf))}`;
}
