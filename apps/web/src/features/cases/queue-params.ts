/**
 * The casework queue's filters and order in its URL (the as-of date is
 * casework-queue.ts's asOfFromSearch): whose steps ("mine", an officer, no
 * one), record type, service area, step, status and order. Pure.
 */
import { CASEWORK_SORTS, type CaseworkSort } from '@complaints/domain';
import type { CaseworkQueueFilter, CaseworkStatus, CaseworkStep } from '../../graphql/graphql';
import { STEPS } from './case-labels';

export interface QueueParams {
  /** A user id, ME, NONE (no officer) or '' for anyone. */
  officer: string;
  recordType: string;
  serviceArea: string;
  step: CaseworkStep | '';
  status: CaseworkStatus | '';
  sort: CaseworkSort;
}

export const NO_QUEUE_PARAMS: QueueParams = { officer: '', recordType: '', serviceArea: '', step: '', status: '', sort: 'DUE_DATE' };

const STATUSES: readonly CaseworkStatus[] = ['OVERDUE', 'DUE_THIS_WEEK'];

export function parseQueueParams(search: string | URLSearchParams): QueueParams {
  const url = typeof search === 'string' ? new URLSearchParams(search) : search;
  const step = url.get('step') ?? '';
  const status = url.get('status') ?? '';
  const sort = url.get('sort') ?? '';
  return {
    officer: (url.get('officer') ?? '').slice(0, 20),
    recordType: (url.get('recordType') ?? '').slice(0, 64),
    serviceArea: (url.get('serviceArea') ?? '').slice(0, 64),
    step: step in STEPS ? (step as CaseworkStep) : '',
    status: (STATUSES as readonly string[]).includes(status) ? (status as CaseworkStatus) : '',
    sort: sort in CASEWORK_SORTS ? (sort as CaseworkSort) : 'DUE_DATE',
  };
}

/** The queue's URL: the as-of date (null for today) and the filters. */
export function queueSearch(asOf: string | null, params: QueueParams): string {
  const url = new URLSearchParams();
  if (asOf) url.set('asOf', asOf);
  for (const key of ['officer', 'recordType', 'serviceArea', 'step', 'status'] as const) if (params[key]) url.set(key, params[key]);
  if (params.sort !== 'DUE_DATE') url.set('sort', params.sort);
  const search = url.toString();
  return search ? `?${search}` : '';
}

export function queueFilterOf(params: QueueParams): CaseworkQueueFilter {
  const filter: CaseworkQueueFilter = {};
  if (params.officer === 'ME') filter.mine = true;
  else if (params.officer === 'NONE') filter.unassigned = true;
  else if (params.officer) filter.assignedTo = [params.officer];
  if (params.recordType) filter.recordTypes = [params.recordType];
  if (params.serviceArea) filter.serviceAreas = [params.serviceArea];
  if (params.step) filter.steps = [params.step];
  if (params.status) filter.statuses = [params.status];
  return filter;
}

export function isQueueFiltered(params: QueueParams): boolean {
  return queueSearch(null, { ...params, sort: 'DUE_DATE' }) !== '';
}
