/**
 * What the lifecycle rules (contact-lifecycle.ts, escalation-lifecycle.ts)
 * look at, and the checks they share. Pure: the caller loads the state and
 * supplies today's date.
 */
import type { FieldProblem } from '../graphql/errors';
import type { RecordTypeCode, RecordTypeGroupCode } from '../reference/reference-data';
import { isIsoDate } from '../timescales/iso-date';
import type { Contact } from './contact.entity';
import type { Escalation } from './escalation.entity';

export type LifecycleContact = Pick<
  Contact,
  | 'receivedDate'
  | 'acknowledgementSentDate'
  | 'responseDueDate'
  | 'responseSentDate'
  | 'stage'
  | 'outcome'
  | 'extended'
  | 'withdrawnDate'
>;

export type LifecycleEscalation = Pick<
  Escalation,
  'id' | 'stage' | 'requestedDate' | 'responseSentDate' | 'panelDueDate' | 'panelHeldDate' | 'outcome' | 'extended'
>;

export interface ContactState {
  contact: LifecycleContact;
  recordType: { code: RecordTypeCode; name: string; group: RecordTypeGroupCode };
  /** Oldest first. */
  escalations: LifecycleEscalation[];
}

/** Either the changes to write, or every reason they may not be. */
export type Decision<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function decide<T>(problems: FieldProblem[], value: () => T): Decision<T> {
  return problems.length ? { ok: false, problems } : { ok: true, value: value() };
}

export { RESPONSE_OUTCOMES } from '@complaints/domain';

export function isComplaint(state: ContactState): boolean {
  return state.recordType.group === 'FORMAL_COMPLAINT';
}

/** Withdrawn here, or before this system recorded the date (outcome WITHDRAWN with no withdrawnDate). */
export function isWithdrawn(state: ContactState): boolean {
  return state.contact.withdrawnDate !== null || state.contact.outcome === 'WITHDRAWN' || state.escalations.some((e) => e.outcome === 'WITHDRAWN');
}

export function withdrawnProblem(state: ContactState, field: string): FieldProblem {
  const when = state.contact.withdrawnDate ? ` on ${state.contact.withdrawnDate}` : '';
  return { field, message: `the complaint was withdrawn${when}` };
}

/** A date limit and what it is, e.g. ['2009-12-23', 'received date']. */
export type DateLimit = readonly [date: string | null | undefined, label: string];

/**
 * Checks a date an officer enters for a step: a real date, not in the future,
 * not before any earlier step and not after any later one already recorded.
 * Returns the date when it passes.
 */
export function checkStepDate(
  field: string,
  value: string,
  today: string,
  problems: FieldProblem[],
  limits: { notBefore?: DateLimit[]; notAfter?: DateLimit[] } = {},
): string | null {
  if (!isIsoDate(value)) {
    problems.push({ field, message: `'${value}' is not a real date in the form YYYY-MM-DD` });
    return null;
  }
  const before = problems.length;
  if (value > today) problems.push({ field, message: `${value} is in the future` });
  for (const [limit, label] of limits.notBefore ?? []) {
    if (limit && value < limit) problems.push({ field, message: `${value} is before the ${label} ${limit}` });
  }
  for (const [limit, label] of limits.notAfter ?? []) {
    if (limit && value > limit) problems.push({ field, message: `${value} is after the ${label} ${limit}` });
  }
  return problems.length === before ? value : null;
}
