/**
 * The tracker's filters as URL query parameters, named after the API's
 * LearningActionFilter fields, lists comma-separated:
 *
 *   /actions?statuses=OPEN,ONGOING&owner=service%20manager&serviceAreas=SOCIAL_CARE&issueCategories=COMMUNICATION&overdue=true
 *
 * Pure (tested in action-params.test.ts).
 */
import type { LearningActionFilter, LearningActionStatus } from '../../graphql/graphql';
import { STATUSES, STATUS_LABELS, isStatus } from './action-labels';
import { listInWords, type ReferenceNames } from './action-format';

export interface ActionFilterParams {
  statuses: LearningActionStatus[];
  owner: string;
  serviceAreas: string[];
  issueCategories: string[];
  /** true: only overdue; false: none overdue; null: either. */
  overdue: boolean | null;
}

export const PARAM_KEYS = ['statuses', 'owner', 'serviceAreas', 'issueCategories', 'overdue'] as const;

// Fails the typecheck when the URL carries a filter the API does not have.
type UnknownKeys = Exclude<(typeof PARAM_KEYS)[number], keyof LearningActionFilter>;
const everyKeyIsAFilter: [UnknownKeys] extends [never] ? true : UnknownKeys = true;
void everyKeyIsAFilter;

export interface ParamProblem {
  field: string;
  message: string;
}

export const NO_FILTERS: ActionFilterParams = { statuses: [], owner: '', serviceAreas: [], issueCategories: [], overdue: null };

function codes(params: URLSearchParams, key: string): string[] {
  const value = params.get(key) ?? '';
  return [...new Set(value.split(',').map((code) => code.trim()).filter(Boolean))];
}

/** URL → filters, with a problem for each value that could not be used (it is left out). */
export function filterFromSearch(search: string | URLSearchParams): { filter: ActionFilterParams; problems: ParamProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: ParamProblem[] = [];
  const given = codes(params, 'statuses');
  const unknown = given.filter((s) => !isStatus(s));
  if (unknown.length) {
    problems.push({ field: 'statuses', message: `${unknown.map((s) => `'${s}'`).join(', ')} not one of ${STATUSES.join(', ')}` });
  }
  // In the statuses' own order, so equal filters make equal URLs.
  const statuses = STATUSES.filter((s) => given.includes(s));
  let overdue: boolean | null = null;
  const rawOverdue = params.get('overdue')?.trim();
  if (rawOverdue === 'true') overdue = true;
  else if (rawOverdue === 'false') overdue = false;
  else if (rawOverdue) problems.push({ field: 'overdue', message: `'${rawOverdue}' is not true or false` });
  return {
    filter: {
      statuses,
      owner: params.get('owner')?.trim() ?? '',
      serviceAreas: codes(params, 'serviceAreas'),
      issueCategories: codes(params, 'issueCategories'),
      overdue,
    },
    problems,
  };
}

/** Encodes a value, leaving ',' readable between codes. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

/** Filters → query string (no '?'): only what is set, in PARAM_KEYS order. */
export function filterToSearch(filter: ActionFilterParams): string {
  const parts: string[] = [];
  if (filter.statuses.length) parts.push(`statuses=${filter.statuses.join(',')}`);
  if (filter.owner.trim()) parts.push(`owner=${encodeURIComponent(filter.owner.trim())}`);
  if (filter.serviceAreas.length) parts.push(`serviceAreas=${filter.serviceAreas.map(encode).join(',')}`);
  if (filter.issueCategories.length) parts.push(`issueCategories=${filter.issueCategories.map(encode).join(',')}`);
  if (filter.overdue !== null) parts.push(`overdue=${filter.overdue}`);
  return parts.join('&');
}

/** The API's filter; undefined when nothing is chosen. */
export function toApiFilter(filter: ActionFilterParams): LearningActionFilter | undefined {
  const api: LearningActionFilter = {};
  if (filter.statuses.length) api.statuses = filter.statuses;
  if (filter.owner.trim()) api.owner = filter.owner.trim();
  if (filter.serviceAreas.length) api.serviceAreas = filter.serviceAreas;
  if (filter.issueCategories.length) api.issueCategories = filter.issueCategories;
  if (filter.overdue !== null) api.overdue = filter.overdue;
  return Object.keys(api).length ? api : undefined;
}

export function hasFilters(filter: ActionFilterParams): boolean {
  return toApiFilter(filter) !== undefined;
}

/** The filters in words, for the sentence above the list: "open or ongoing, overdue, owned by 'x'". */
export function describeFilter(filter: ActionFilterParams, names?: ReferenceNames): string[] {
  const parts: string[] = [];
  const or = (items: string[]) => listInWords(items, 'or');
  if (filter.statuses.length) parts.push(`status ${or(filter.statuses.map((s) => STATUS_LABELS[s].toLowerCase()))}`);
  if (filter.overdue === true) parts.push('overdue');
  if (filter.overdue === false) parts.push('not overdue');
  if (filter.owner.trim()) parts.push(`owner contains “${filter.owner.trim()}”`);
  if (filter.serviceAreas.length) parts.push(`service area ${or(filter.serviceAreas.map((c) => names?.serviceAreas.get(c) ?? c))}`);
  if (filter.issueCategories.length) {
    parts.push(`issue category ${or(filter.issueCategories.map((c) => names?.issueCategories.get(c) ?? c))}`);
  }
  return parts;
}
