/**
 * The register's view as URL query parameters, so a filtered list can be
 * bookmarked and shared, and the browser's Back button returns to the last page:
 *
 *   /information-requests?kind=FREEDOM_OF_INFORMATION&status=OVERDUE&search=bloggs&requesterType=MEDIA
 *     &serviceArea=SOCIAL_CARE&financialYear=2009/10&sort=DUE_SOONEST&after=<cursor>
 *
 * `financialYear` also chooses the year the summary shows. Pure (request-params.test.ts).
 */
import { currentFinancialYear, isFinancialYear } from '@complaints/domain';
import type { InformationRequestFilter, InformationRequestKind, InformationRequestSort, InformationRequestStatus, RequesterType } from '../../graphql/graphql';
import { KIND_LABELS, REQUESTER_TYPE_LABELS, SORT_LABELS, STATUS_LABELS, codesOf } from './request-labels';

export interface RegisterParams {
  kind: InformationRequestKind | null;
  status: InformationRequestStatus | null;
  search: string;
  requesterType: RequesterType | null;
  /** A service area code, or '' for all. */
  serviceArea: string;
  /** A financial year such as 2009/10, or '' for all. */
  financialYear: string;
  sort: InformationRequestSort;
  /** The cursor of the page to show, or null for the first. */
  after: string | null;
}

export interface ParamProblem {
  field: string;
  message: string;
}

export const DEFAULT_SORT: InformationRequestSort = 'RECEIVED_NEWEST';

export const NO_PARAMS: RegisterParams = {
  kind: null,
  status: null,
  search: '',
  requesterType: null,
  serviceArea: '',
  financialYear: '',
  sort: DEFAULT_SORT,
  after: null,
};

function oneOf<Code extends string>(params: URLSearchParams, key: string, labels: Readonly<Record<Code, string>>, problems: ParamProblem[]): Code | null {
  const value = params.get(key)?.trim();
  if (!value) return null;
  if ((codesOf(labels) as string[]).includes(value)) return value as Code;
  problems.push({ field: key, message: `'${value}' is not one of ${codesOf(labels).join(', ')}` });
  return null;
}

/** URL → the view, with a problem for each value that could not be used (it is left out). */
export function paramsFromSearch(search: string | URLSearchParams): { params: RegisterParams; problems: ParamProblem[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: ParamProblem[] = [];
  let financialYear = params.get('financialYear')?.trim() ?? '';
  if (financialYear && !isFinancialYear(financialYear)) {
    problems.push({ field: 'financialYear', message: `'${financialYear}' is not a financial year such as 2009/10` });
    financialYear = '';
  }
  return {
    params: {
      kind: oneOf(params, 'kind', KIND_LABELS, problems),
      status: oneOf(params, 'status', STATUS_LABELS, problems),
      search: params.get('search')?.trim() ?? '',
      requesterType: oneOf(params, 'requesterType', REQUESTER_TYPE_LABELS, problems),
      serviceArea: params.get('serviceArea')?.trim() ?? '',
      financialYear,
      sort: oneOf(params, 'sort', SORT_LABELS, problems) ?? DEFAULT_SORT,
      after: params.get('after') || null,
    },
    problems,
  };
}

/** The view → query string (no '?'): only what differs from the defaults, in a fixed order. */
export function paramsToSearch(view: RegisterParams): string {
  const parts = new URLSearchParams();
  if (view.kind) parts.set('kind', view.kind);
  if (view.status) parts.set('status', view.status);
  if (view.search.trim()) parts.set('search', view.search.trim());
  if (view.requesterType) parts.set('requesterType', view.requesterType);
  if (view.serviceArea) parts.set('serviceArea', view.serviceArea);
  if (view.financialYear) parts.set('financialYear', view.financialYear);
  if (view.sort !== DEFAULT_SORT) parts.set('sort', view.sort);
  if (view.after) parts.set('after', view.after);
  // Slashes in a financial year read better unescaped, and are allowed in a query string.
  return parts.toString().replace(/%2F/gi, '/');
}

/** A change of filter or order starts again at the first page: a cursor belongs to one list. */
export function changeView(view: RegisterParams, changes: Partial<Omit<RegisterParams, 'after'>>): RegisterParams {
  return { ...view, ...changes, after: null };
}

/** The API's filter for the view. */
export function registerFilter(view: RegisterParams): InformationRequestFilter {
  return {
    kind: view.kind,
    status: view.status,
    search: view.search.trim() || null,
    requesterType: view.requesterType,
    serviceAreas: view.serviceArea ? [view.serviceArea] : null,
    financialYear: view.financialYear || null,
  };
}

/** The year the summary shows: the one chosen, or the current financial year. */
export function summaryYear(view: Pick<RegisterParams, 'financialYear'>, now: Date = new Date()): string {
  return view.financialYear || currentFinancialYear(now);
}

/** Financial years to choose from, newest first: from the current one back to 2004/05, the year before the FOI Act came into force. */
export function financialYearChoices(now: Date = new Date()): string[] {
  const current = Number(currentFinancialYear(now).slice(0, 4));
  const years: string[] = [];
  for (let start = current; start >= 2004; start--) years.push(`${start}/${String((start + 1) % 100).padStart(2, '0')}`);
  return years;
}
