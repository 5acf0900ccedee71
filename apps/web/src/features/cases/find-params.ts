/**
 * The "Find a contact" page's state, kept in its URL so a search can be
 * bookmarked, shared and gone back to: what to look for, the filters, the
 * order and the page (a cursor). Pure (find-params.test.ts).
 */
import { CONTACT_SORTS, CONTACT_STATUSES, isIsoDate, STAGES, type ContactSort, type ContactStatus, type Stage } from '@complaints/domain';
import type { ContactFilter } from '../../graphql/graphql';

export const FIND_PATH = '/cases/find';

export interface FindParams {
  /** A reference or a complainant's surname (the box decides which: references have digits, names do not). */
  q: string;
  /** Words in the summary or the complainant's details. */
  text: string;
  recordType: string;
  stage: Stage | '';
  status: ContactStatus | '';
  serviceArea: string;
  /** A user id, ME (the signed-in officer), NONE (no officer), or '' for anyone. */
  officer: string;
  receivedFrom: string;
  receivedTo: string;
  dueFrom: string;
  dueTo: string;
  overdue: boolean;
  sort: ContactSort;
  after: string | null;
}

export const NO_FIND_PARAMS: FindParams = {
  q: '',
  text: '',
  recordType: '',
  stage: '',
  status: '',
  serviceArea: '',
  officer: '',
  receivedFrom: '',
  receivedTo: '',
  dueFrom: '',
  dueTo: '',
  overdue: false,
  sort: 'RECEIVED_NEWEST',
  after: null,
};

const DATE_KEYS = ['receivedFrom', 'receivedTo', 'dueFrom', 'dueTo'] as const;
const TEXT_KEYS = ['q', 'text', 'recordType', 'serviceArea', 'officer'] as const;

/** Whether the search box holds a reference (references have a digit; names never do). */
export function looksLikeReference(q: string): boolean {
  return /\d/.test(q);
}

export function parseFindParams(search: string | URLSearchParams): { params: FindParams; problems: string[] } {
  const url = typeof search === 'string' ? new URLSearchParams(search) : search;
  const params: FindParams = { ...NO_FIND_PARAMS };
  const problems: string[] = [];
  for (const key of TEXT_KEYS) params[key] = (url.get(key) ?? '').slice(0, 200);
  const stage = url.get('stage') ?? '';
  if (stage in STAGES) params.stage = stage as Stage;
  const status = url.get('status') ?? '';
  if (status in CONTACT_STATUSES) params.status = status as ContactStatus;
  const sort = url.get('sort') ?? '';
  if (sort in CONTACT_SORTS) params.sort = sort as ContactSort;
  for (const key of DATE_KEYS) {
    const value = url.get(key) ?? '';
    if (value && !isIsoDate(value)) problems.push(`'${value}' is not a real date in the form YYYY-MM-DD, so it was left out`);
    else params[key] = value;
  }
  params.overdue = url.get('overdue') === 'true';
  params.after = url.get('after') || null;
  return { params, problems };
}

export function findParamsToSearch(params: FindParams): string {
  const url = new URLSearchParams();
  for (const key of ['q', 'text', 'recordType', 'stage', 'status', 'serviceArea', 'officer', ...DATE_KEYS] as const) {
    const value = params[key].trim();
    if (value) url.set(key, value);
  }
  if (params.overdue) url.set('overdue', 'true');
  if (params.sort !== NO_FIND_PARAMS.sort) url.set('sort', params.sort);
  if (params.after) url.set('after', params.after);
  return url.toString();
}

export function findLink(params: FindParams): string {
  const search = findParamsToSearch(params);
  return search ? `${FIND_PATH}?${search}` : FIND_PATH;
}

/** Whether anything narrows the list (the order and the page aside). */
export function isFiltered(params: FindParams): boolean {
  return findParamsToSearch({ ...params, sort: NO_FIND_PARAMS.sort, after: null }) !== '';
}

/** The contacts query's filter for these parameters. */
export function contactFilterOf(params: FindParams): ContactFilter {
  const q = params.q.trim();
  const filter: ContactFilter = {};
  if (q && looksLikeReference(q)) filter.reference = q;
  else if (q) filter.complainantName = q;
  if (params.text.trim()) filter.text = params.text.trim();
  if (params.recordType) filter.recordTypes = [params.recordType];
  if (params.stage) filter.stages = [params.stage];
  if (params.status) filter.statuses = [params.status];
  if (params.serviceArea) filter.serviceAreas = [params.serviceArea];
  if (params.officer === 'ME') filter.assignedToMe = true;
  else if (params.officer === 'NONE') filter.unassigned = true;
  else if (params.officer) filter.assignedTo = [params.officer];
  for (const key of DATE_KEYS) if (params[key]) filter[key] = params[key];
  if (params.overdue) filter.overdue = true;
  return filter;
}
