/**
 * A trend question in words: its measure, grouping, period and active filters,
 * and its values rounded as they are shown. Headings, captions, chart images and
 * CSV headers use the same words, so a figure pasted anywhere says what it counts.
 * Reference-data names (record types, channels, …) belong to each council, so the
 * caller passes a lookup for them; the fixed vocabularies are named here.
 */
import { financialYearOf, financialYearRange } from '../dates/financial-year';
import { COMPLAINANT_TYPES, OUTCOMES, RECORD_TYPE_GROUPS, STAGES } from '../reference/vocabularies';
import { TREND_FILTER_KEYS, type TrendFilterKey, type TrendFilterParams } from './trend-params';
import {
  DIMENSIONS,
  GRANULARITIES,
  TREND_COMPARISONS,
  TREND_MEASURES,
  type Dimension,
  type Granularity,
  type MeasureUnit,
  type TrendComparison,
  type TrendMeasure,
} from './trend-vocabulary';

/** The council's own code lists, which a lookup names. */
export type ReferenceList = 'recordTypes' | 'channels' | 'divisions' | 'serviceAreas' | 'issueCategories' | 'issues';

/** The name of a reference-data code, or undefined when the council has no such code. */
export type NameOfCode = (list: ReferenceList, code: string) => string | undefined;

/** Each filter's words, and where the names of its codes come from. */
export const TREND_FILTER_WORDS: Record<TrendFilterKey, { label: string; names: ReferenceList | Readonly<Record<string, string>> }> = {
  recordTypes: { label: 'Record type', names: 'recordTypes' },
  recordTypeGroups: { label: 'Record type group', names: RECORD_TYPE_GROUPS },
  channels: { label: 'Channel', names: 'channels' },
  divisions: { label: 'Division', names: 'divisions' },
  serviceAreas: { label: 'Service area (primary)', names: 'serviceAreas' },
  anyServiceAreas: { label: 'Service area (any named)', names: 'serviceAreas' },
  issueCategories: { label: 'Issue category', names: 'issueCategories' },
  issues: { label: 'Issue (primary)', names: 'issues' },
  anyIssues: { label: 'Issue (any raised)', names: 'issues' },
  outcomes: { label: 'Outcome', names: OUTCOMES },
  stages: { label: 'Stage', names: STAGES },
  complainantTypes: { label: 'Complainant type', names: COMPLAINANT_TYPES },
};

/** "Name (CODE)", or the code alone when it has no name. */
export function labelWithCode(name: string | null | undefined, code: string): string {
  return name && name !== code ? `${name} (${code})` : code;
}

/**
 * The active filters, one line each in the order of the question's parameters:
 * "Record type: Statutory complaint (STATUTORY_COMPLAINT), LGO Complaint (LGO_COMPLAINT)".
 * No filters → an empty list.
 */
export function describeFilterList(filter: TrendFilterParams | null | undefined, nameOf: NameOfCode): string[] {
  if (!filter) return [];
  const lines: string[] = [];
  for (const key of TREND_FILTER_KEYS) {
    const codes = filter[key];
    if (!codes || !codes.length) continue;
    const { label, names } = TREND_FILTER_WORDS[key];
    const name = (code: string) => (typeof names === 'string' ? nameOf(names, code) : names[code]);
    lines.push(`${label}: ${codes.map((code) => labelWithCode(name(code), code)).join(', ')}`);
  }
  return lines;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2009-04-01' → '1 April 2009'. */
export function formatLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Period keys as people read them: '2009-04' → 'Apr 2009', '2009/10 Q1' → 'Q1 2009/10', '2009/10' → '2009/10'. */
export function formatPeriodKey(period: string, granularity: Granularity): string {
  if (granularity === 'MONTH') {
    const [year, month] = period.split('-').map(Number);
    return year && month ? `${MONTHS[month - 1]!.slice(0, 3)} ${year}` : period;
  }
  if (granularity === 'QUARTER') {
    const [year, quarter] = period.split(' ');
    return quarter && year ? `${quarter} ${year}` : period;
  }
  return period;
}

/** '1 April 2009 to 31 March 2010'; whole financial years as '2009/10' or '2008/09 to 2009/10'. */
export function describeRange(from: string, to: string): string {
  const first = financialYearOf(from);
  const last = financialYearOf(to);
  if (financialYearRange(first).from === from && financialYearRange(last).to === to) return first === last ? first : `${first} to ${last}`;
  return `${formatLongDate(from)} to ${formatLongDate(to)}`;
}

/** What describeTrendQuestion needs: a trend result, or any question with its range settled. */
export interface TrendQuestionShape {
  measure: TrendMeasure;
  granularity: Granularity;
  groupBy: Dimension | null;
  crossBy: Dimension | null;
  from: string;
  to: string;
  comparison?: { compareWith: TrendComparison; from: string; to: string } | null;
}

export interface TrendQuestionWords {
  /** 'Number of contacts'. */
  measure: string;
  /** 'by channel and outcome', or '' for all contacts together. */
  grouping: string;
  /** '2009/10, by month' or '1 April 2009 to 30 June 2009, by quarter'. */
  period: string;
  /** 'compared with 2008/09 (the same periods a year earlier)', or null. */
  comparison: string | null;
  /** All of it in one line: 'Number of contacts by channel, 2009/10, by month'. */
  title: string;
}

export function describeTrendQuestion(question: TrendQuestionShape): TrendQuestionWords {
  const measure = TREND_MEASURES[question.measure].label;
  const dimensions = [question.groupBy, question.crossBy].filter((d): d is Dimension => d !== null);
  const grouping = dimensions.length ? `by ${dimensions.map((d) => DIMENSIONS[d].toLowerCase()).join(' and ')}` : '';
  const period = `${describeRange(question.from, question.to)}, by ${GRANULARITIES[question.granularity].toLowerCase()}`;
  const comparison = question.comparison
    ? `compared with ${describeRange(question.comparison.from, question.comparison.to)} (${TREND_COMPARISONS[question.comparison.compareWith].toLowerCase()})`
    : null;
  const title = [`${measure}${grouping ? ` ${grouping}` : ''}`, period, ...(comparison ? [comparison] : [])].join(', ');
  return { measure, grouping, period, comparison, title };
}

/**
 * The label of the row of all contacts: it names the filters' effect, since a
 * filtered total pasted elsewhere would otherwise read as every contact.
 */
export function allContactsLabel(filtered: boolean, countsContactsOncePerValue: boolean): string {
  const base = filtered ? 'All contacts matching the filters' : 'All contacts';
  return countsContactsOncePerValue ? `${base} (each counted once)` : base;
}

/** Decimal places a measure is shown with: whole contacts; percentages and medians to one place. */
export function decimalsOf(unit: MeasureUnit): number {
  return unit === 'count' ? 0 : 1;
}

// Pure: bundles that use neither formatter (the web explorer) drop them.
const PLAIN = /* @__PURE__ */ [0, 1].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false }));

/** A value rounded as it is shown (62.83… → 62.8), so an export never holds more precision than the screen. */
export function roundAsShown(value: number | null, unit: MeasureUnit): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  // Rounded by Intl.NumberFormat, as the screen rounds (it rounds the shortest decimal form: 1.45 → 1.5, where toFixed gives 1.4).
  const rounded = Number(PLAIN[decimalsOf(unit)]!.format(value));
  return rounded === 0 ? 0 : rounded;
}

const SHOWN = /* @__PURE__ */ [0, 1].map((digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }));

/** A value as the screen shows it: '1,234' contacts, '62.8%', '12.5' days; 'no data' where there is nothing to count. */
export function formatShownValue(value: number | null, unit: MeasureUnit): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  const text = SHOWN[decimalsOf(unit)]!.format(value);
  return unit === 'percent' ? `${text}%` : text;
}
