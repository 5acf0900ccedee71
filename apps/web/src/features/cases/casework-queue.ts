/** The casework queue page's logic, pure: the as-of date in the URL, sections and "how overdue" in words. */
import { isIsoDate } from '@complaints/domain';
import { workingDays } from './case-dates';
import { STEPS } from './case-labels';
import type { CaseworkItemData } from './useCaseworkQueueQuery';

export interface AsOfParam {
  /** The date asked for, or null for today. */
  asOf: string | null;
  /** Why the URL's date could not be used (it is then ignored). */
  problem: string | null;
}

/** `?asOf=2010-03-01` → the queue as it stood that day; no or a wrong date → today's. */
export function asOfFromSearch(search: string | URLSearchParams): AsOfParam {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get('asOf');
  if (value === null || value === '') return { asOf: null, problem: null };
  if (!isIsoDate(value)) return { asOf: null, problem: `'${value}' is not a real date in the form YYYY-MM-DD, so today's queue is shown` };
  return { asOf: value, problem: null };
}

export function validateAsOf(value: string, unreadable = false): string | null {
  if (value === '' && !unreadable) return 'Enter the date to show the queue for';
  if (unreadable || !isIsoDate(value)) return 'The date must be a real date';
  return null;
}

/** The step in words: 'Stage 2 response'. */
export function stepText(item: Pick<CaseworkItemData, 'step'>): string {
  return STEPS[item.step];
}

/** How late, or how long is left, in words: '12 working days overdue', 'Due today', 'Due in 5 working days'. */
export function dueText(item: Pick<CaseworkItemData, 'status' | 'workingDaysOverdue' | 'workingDaysRemaining'>): string {
  if (item.status === 'OVERDUE') return `${workingDays(item.workingDaysOverdue)} overdue`;
  if (item.workingDaysRemaining === 0) return 'Due today';
  return `Due in ${workingDays(item.workingDaysRemaining)}`;
}

export function splitQueue<Item extends Pick<CaseworkItemData, 'status'>>(items: readonly Item[]): { overdue: Item[]; dueThisWeek: Item[] } {
  return {
    overdue: items.filter((item) => item.status === 'OVERDUE'),
    dueThisWeek: items.filter((item) => item.status === 'DUE_THIS_WEEK'),
  };
}

/** The words after a count: 'step overdue', 'steps due this week'. */
export function countLabel(count: number, noun: 'overdue' | 'due this week'): string {
  return `${count === 1 ? 'step' : 'steps'} ${noun}`;
}
