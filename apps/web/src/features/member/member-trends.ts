/**
 * The member's trend question and how its disclosed answer is shown: the
 * choice kept in the address, the API input, the table (periods down, series
 * across, as the Code report's tables) and the figures a chart may draw.
 * Figures arrive as the disclosure rule prints them ('12', '62.8%', '<5', 'c'),
 * so a suppressed one is never turned back into a number.
 */
import {
  DIMENSIONS,
  financialYearRange,
  formatFinancialYear,
  isFinancialYear,
  isPublishableGrain,
  RECORD_TYPE_GROUPS,
  TREND_MEASURES,
} from '@complaints/domain';
import type { Dimension, Granularity, RecordTypeGroup, TrendInput, TrendMeasure } from '../../graphql/graphql';
import { formatDate as formatLongDate } from '../cases/case-dates';
import type { DisclosedTableData } from '../complaint-code-report/DisclosedTable';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Period keys as people read them: '2026-04' → 'Apr 2026', '2026/27 Q1' → 'Q1 2026/27'. The explorer's own
 * (the domain's trend-description) is bundled in the explorer's chunk, which no other page may load
 * (scripts/explorer-chunk.mjs), hence these few lines here.
 */
export function formatPeriodKey(period: string, granularity: MemberTrendChoice['granularity']): string {
  if (granularity === 'MONTH') {
    const [year, month] = period.split('-');
    const name = MONTHS[Number(month) - 1];
    return year && name ? `${name} ${year}` : period;
  }
  if (granularity === 'QUARTER') {
    const [year, quarter] = period.split(' ');
    return year && quarter ? `${quarter} ${year}` : period;
  }
  return period;
}

/** Month or coarser: shorter periods are never published (the API refuses them too). */
export const MEMBER_GRANULARITIES = (['MONTH', 'QUARTER', 'FINANCIAL_YEAR'] as const satisfies readonly Granularity[]).filter(isPublishableGrain);
export const MEMBER_GRANULARITY_LABELS: Readonly<Record<(typeof MEMBER_GRANULARITIES)[number], string>> = {
  MONTH: 'Month',
  QUARTER: 'Quarter',
  FINANCIAL_YEAR: 'The whole year',
};

export interface MemberTrendChoice {
  year: string;
  granularity: (typeof MEMBER_GRANULARITIES)[number];
  measure: TrendMeasure;
  /** '' for no split. */
  groupBy: Dimension | '';
  /** '' for every contact. */
  contacts: RecordTypeGroup | '';
}

const has = <T extends string>(labels: Readonly<Record<T, unknown>>, value: string | null): value is T => value !== null && Object.hasOwn(labels, value);

/** The choice in the address (?year=2026/27&granularity=QUARTER&measure=…&groupBy=…&contacts=…); anything unknown falls back to its default. */
export function choiceFromSearch(params: URLSearchParams, currentYear: string): MemberTrendChoice {
  const year = params.get('year');
  const granularity = params.get('granularity');
  const measure = params.get('measure');
  const groupBy = params.get('groupBy');
  const contacts = params.get('contacts');
  return {
    year: year && isFinancialYear(year) && year <= currentYear ? year : currentYear,
    granularity: has(MEMBER_GRANULARITY_LABELS, granularity) ? granularity : 'MONTH',
    measure: has(TREND_MEASURES, measure) ? (measure as TrendMeasure) : 'CONTACTS',
    groupBy: has(DIMENSIONS, groupBy) ? (groupBy as Dimension) : '',
    contacts: has(RECORD_TYPE_GROUPS, contacts) ? (contacts as RecordTypeGroup) : '',
  };
}

/** The address's query for a choice: defaults left out, so a shared link stays short. */
export function searchOf(choice: MemberTrendChoice): Record<string, string> {
  const search: Record<string, string> = { year: choice.year, granularity: choice.granularity, measure: choice.measure };
  if (choice.groupBy) search.groupBy = choice.groupBy;
  if (choice.contacts) search.contacts = choice.contacts;
  return search;
}

/** The year asked about, to today at most: the current year is shown to date, not with empty months to come. */
export function rangeOf(year: string, today: string): { from: string; to: string; toDate: boolean } {
  const { from, to } = financialYearRange(year);
  return today < to ? { from, to: today, toDate: true } : { from, to, toDate: false };
}

export function trendInput(choice: MemberTrendChoice, today: string): TrendInput {
  const { from, to } = rangeOf(choice.year, today);
  const input: TrendInput = { from, to, granularity: choice.granularity, measure: choice.measure };
  if (choice.groupBy) input.groupBy = choice.groupBy;
  if (choice.contacts) input.filter = { recordTypeGroups: [choice.contacts] };
  return input;
}

/** The financial years with anything to show (newest first), always with the current one. */
export function yearsWithFigures(periods: readonly string[], totals: readonly string[], currentYear: string): string[] {
  const years = new Set([currentYear]);
  periods.forEach((period, i) => {
    if (isFinancialYear(period) && !isNothing(totals[i])) years.add(period);
  });
  return [...years].sort().reverse();
}

/** The current financial year, from today ('2026-11-26' → '2026/27'). */
export function financialYearOfToday(today: string): string {
  const year = Number(today.slice(0, 4));
  return formatFinancialYear(Number(today.slice(5, 7)) >= 4 ? year : year - 1);
}

/** '0' or '-' (nothing to count); a suppressed figure is something. */
function isNothing(display: string | undefined): boolean {
  return display === undefined || display === '' || display === '0' || display === '-';
}

const SHOWN_NUMBER = /^-?\d{1,3}(,\d{3})*(\.\d+)?%?$|^-?\d+(\.\d+)?%?$/;

/** A figure as published, as a number to draw; null when suppressed ('<5', 'c', '[c]', '*') or nothing ('-'). */
export function shownValue(display: string): number | null {
  const text = display.trim();
  if (!SHOWN_NUMBER.test(text)) return null;
  return Number(text.replace(/[,%]/g, ''));
}

export interface DisclosedTrendLike {
  periods: string[];
  series: Array<{ label: string; cells: string[]; total: string }>;
  periodTotals: string[];
  total: string;
}

/** Nothing to show: every figure is '0' or '-'. */
export function isEmptyTrend(trend: DisclosedTrendLike): boolean {
  return isNothing(trend.total) && trend.periodTotals.every(isNothing);
}

/** Who is counted, in words: 'contacts' or the record type group ('formal complaints'). */
function whoCounted(choice: MemberTrendChoice): string {
  return choice.contacts ? RECORD_TYPE_GROUPS[choice.contacts].toLowerCase() : 'contacts';
}

/** The question as a title, e.g. 'Number of contacts by outcome, month by month, 2026/27 to date (formal complaints)'. */
export function questionTitle(choice: MemberTrendChoice, today: string): string {
  const measure = TREND_MEASURES[choice.measure].label;
  const split = choice.groupBy ? ` by ${DIMENSIONS[choice.groupBy].toLowerCase()}` : '';
  const pace = { MONTH: ', month by month', QUARTER: ', quarter by quarter', FINANCIAL_YEAR: '' }[choice.granularity];
  const toDate = rangeOf(choice.year, today).toDate ? ' to date' : '';
  const who = choice.contacts ? ` (${whoCounted(choice)})` : '';
  return `${measure}${split}${pace}, ${choice.year}${toDate}${who}`;
}

/** '1 April 2026 to 26 November 2026'. */
export function describeRangeOf(year: string, today: string): string {
  const { from, to } = rangeOf(year, today);
  return `${formatLongDate(from)} to ${formatLongDate(to)}`;
}

/** The answer as a published table: one row per period (and the whole range), one column per series and one for everyone counted. */
export function disclosedTableOf(trend: DisclosedTrendLike, choice: MemberTrendChoice, today: string): DisclosedTableData {
  const everyone = `All ${whoCounted(choice)}`;
  const split = choice.groupBy !== '' && trend.series.length > 0;
  const columns = split ? [...trend.series.map((s) => s.label), everyone] : [TREND_MEASURES[choice.measure].label];
  const rows = trend.periods.map((period, p) => ({
    label: formatPeriodKey(period, choice.granularity),
    cells: split ? [...trend.series.map((s) => s.cells[p] ?? ''), trend.periodTotals[p] ?? ''] : [trend.periodTotals[p] ?? ''],
  }));
  if (trend.periods.length > 1) {
    const label = TREND_MEASURES[choice.measure].unit === 'count' ? 'Total' : `${choice.year}${rangeOf(choice.year, today).toDate ? ' to date' : ''}, overall`;
    rows.push({ label, cells: split ? [...trend.series.map((s) => s.total), trend.total] : [trend.total] });
  }
  return { id: 'member-trend', title: questionTitle(choice, today), columns, rows, notes: [] };
}

/** How the chart writes a value of the measure. */
export function formatMeasure(value: number, measure: TrendMeasure): string {
  const unit = TREND_MEASURES[measure].unit;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return unit === 'percent' ? `${text}%` : unit === 'days' ? `${text} days` : text;
}

export interface MemberChart {
  categories: string[];
  values: (number | null)[];
  /** The chart's text alternative: what it shows, its highest point and what was not drawn. */
  description: string;
}

/**
 * The figures for everyone counted, period by period, as a chart draws them
 * (suppressed ones left out, and said so); null when fewer than two periods have a figure to draw.
 */
export function chartOf(trend: DisclosedTrendLike, choice: MemberTrendChoice, today: string): MemberChart | null {
  const values = trend.periodTotals.map(shownValue);
  const drawn = values.filter((v): v is number => v !== null).length;
  if (trend.periods.length < 2 || drawn < 2) return null;
  const categories = trend.periods.map((p) => formatPeriodKey(p, choice.granularity));
  const highest = values.reduce<number | null>((best, v, i) => (v !== null && (best === null || v > values[best]!) ? i : best), null);
  const hidden = trend.periodTotals.filter((display, i) => values[i] === null && !isNothing(display)).length;
  const parts = [
    `Bar chart: ${questionTitle(choice, today)}, all ${whoCounted(choice)}.`,
    highest !== null ? `Highest: ${formatMeasure(values[highest]!, choice.measure)} in ${categories[highest]}.` : '',
    hidden ? `${hidden} ${hidden === 1 ? 'period is' : 'periods are'} suppressed under the disclosure rule and not drawn.` : '',
    'The table below has every figure.',
  ];
  return { categories, values, description: parts.filter(Boolean).join(' ') };
}
