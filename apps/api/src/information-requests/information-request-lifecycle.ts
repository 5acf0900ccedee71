/**
 * The steps of a recorded request: acknowledge, extend, pause and resume the
 * clock, respond, withdraw. Pure: each returns the columns to change, or every
 * problem, naming the field at fault. The due date comes from the timescale
 * rules (timescales/request-clock.ts) with the request's ended pauses.
 */
import { CLOCK_PAUSE_REASONS } from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import { clockPauseEffect, findDeadlineRule, informationRequestClock, type ClockPause } from '../timescales';
import { isIsoDate } from '../timescales/iso-date';
import type { ClockPauseReason } from './information-request.enums';
import type { InformationRequest } from './information-request.entity';

export type RequestState = Pick<
  InformationRequest,
  'kind' | 'receivedDate' | 'dueDate' | 'acknowledgedDate' | 'completedDate' | 'withdrawnDate' | 'extended' | 'clockPausedOn' | 'clockPauseReason'
>;

/** What the request's history says about its clock (clock-history.ts). */
export interface ClockHistory {
  /** Pauses that have ended, oldest first. */
  pauses: ClockPause[];
  /** When the clock last resumed, or null. */
  lastResumedOn: string | null;
}

export const NO_PAUSES: ClockHistory = Object.freeze({ pauses: [], lastResumedOn: null }) as ClockHistory;

export type RequestDecision<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Reasons for an extension or a withdrawal: a few sentences, not a file. */
export const MAX_REASON_LENGTH = 1000;

const KIND_NAME = { ACCESS_TO_RECORDS: 'access-to-records request', FREEDOM_OF_INFORMATION: 'Freedom of Information request' } as const;

function decide<T>(problems: FieldProblem[], value: () => T): RequestDecision<T> {
  return problems.length ? { ok: false, problems } : { ok: true, value: value() };
}

/** Completed or withdrawn: nothing more may happen to it. */
function closedProblems(request: RequestState): FieldProblem[] {
  if (request.completedDate) return [{ field: 'id', message: `was already completed on ${request.completedDate}` }];
  if (request.withdrawnDate) return [{ field: 'id', message: `was withdrawn on ${request.withdrawnDate}` }];
  return [];
}

function pausedProblems(request: RequestState, action: string): FieldProblem[] {
  if (!request.clockPausedOn || !request.clockPauseReason) return [];
  const why = CLOCK_PAUSE_REASONS[request.clockPauseReason].toLowerCase();
  return [{ field: 'id', message: `has its clock paused (${why}, since ${request.clockPausedOn}): record that it resumed before ${action}` }];
}

/**
 * A step's date: real, not before `notBefore` (each with the words for it), not in the future.
 * Returns true when it is usable.
 */
function checkDate(
  problems: FieldProblem[],
  field: string,
  date: string,
  today: string,
  notBefore: Array<[string | null, string]>,
): boolean {
  if (!isIsoDate(date)) {
    problems.push({ field, message: `'${date}' is not a real date in the form YYYY-MM-DD` });
    return false;
  }
  for (const [limit, words] of notBefore) {
    if (limit && date < limit) {
      problems.push({ field, message: `${date} is before ${words} ${limit}` });
      return false;
    }
  }
  if (date > today) {
    problems.push({ field, message: `${date} is in the future` });
    return false;
  }
  return true;
}

function checkReason(problems: FieldProblem[], field: string, reason: string | null | undefined, required: boolean): string | null {
  const text = reason?.trim() ?? '';
  if (required && !text) problems.push({ field, message: 'is required' });
  else if (text.length > MAX_REASON_LENGTH) problems.push({ field, message: `is longer than ${MAX_REASON_LENGTH} characters` });
  return text || null;
}

export function acknowledgeRequest(request: RequestState, acknowledgedDate: string, today: string): RequestDecision<Pick<InformationRequest, 'acknowledgedDate'>> {
  const problems = closedProblems(request);
  if (request.acknowledgedDate) problems.push({ field: 'id', message: `was already acknowledged on ${request.acknowledgedDate}` });
  checkDate(problems, 'acknowledgedDate', acknowledgedDate, today, [[request.receivedDate, 'the received date']]);
  return decide(problems, () => ({ acknowledgedDate }));
}

/** Records the response. Not while the clock is paused, nor before the clock last resumed or the acknowledgement. */
export function completeRequest(
  request: RequestState,
  completedDate: string,
  today: string,
  clock: ClockHistory = NO_PAUSES,
): RequestDecision<Pick<InformationRequest, 'completedDate'>> {
  const problems = closedProblems(request);
  if (!problems.length) problems.push(...pausedProblems(request, 'the response'));
  checkDate(problems, 'completedDate', completedDate, today, [
    [request.receivedDate, 'the received date'],
    [request.acknowledgedDate, 'the acknowledgement, sent on'],
    [clock.lastResumedOn, 'the clock resumed on'],
  ]);
  return decide(problems, () => ({ completedDate }));
}

/**
 * Extends the deadline where the rule in force on the received date allows it
 * (FOI public interest: 40 working days; UK GDPR: three months; DPA 1998: none),
 * counted with the request's pauses. The requester must be told why within the
 * original period, so a reason is required and it cannot be done after the due date.
 */
export function extendRequest(
  request: RequestState,
  reason: string | null | undefined,
  today: string,
  clock: ClockHistory = NO_PAUSES,
): RequestDecision<Pick<InformationRequest, 'extended' | 'dueDate' | 'deadlineRuleId' | 'extensionReason'>> {
  const problems: FieldProblem[] = [];
  const rule = findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: request.kind }, request.receivedDate);
  if (!rule.extendedPeriod) {
    problems.push({ field: 'id', message: `a ${KIND_NAME[request.kind]} received on ${request.receivedDate} cannot be extended (rule '${rule.id}')` });
  }
  if (request.extended) problems.push({ field: 'id', message: 'is already extended' });
  const closed = closedProblems(request);
  problems.push(...closed);
  if (!closed.length) {
    const paused = pausedProblems(request, 'extending it');
    problems.push(...paused);
    if (!paused.length && today > request.dueDate) problems.push({ field: 'id', message: `was due on ${request.dueDate}; an extension must be made by then` });
  }
  const extensionReason = checkReason(problems, 'reason', reason, true);
  return decide(problems, () => {
    const { dueDate, ruleId } = informationRequestClock({ kind: request.kind, receivedDate: request.receivedDate, extended: true, pauses: clock.pauses });
    return { extended: true, dueDate, deadlineRuleId: ruleId, extensionReason };
  });
}

/**
 * Pauses the clock while the requester is asked for proof of identity,
 * clarification or a fee, where the rule allows that reason. Only before the
 * due date, and not before the clock last resumed.
 */
export function pauseRequest(
  request: RequestState,
  reason: ClockPauseReason,
  pausedOn: string,
  today: string,
  clock: ClockHistory = NO_PAUSES,
): RequestDecision<Pick<InformationRequest, 'clockPausedOn' | 'clockPauseReason'>> {
  const problems = closedProblems(request);
  if (!problems.length && request.clockPausedOn && request.clockPauseReason) {
    problems.push({ field: 'id', message: `already has its clock paused (${CLOCK_PAUSE_REASONS[request.clockPauseReason].toLowerCase()}, since ${request.clockPausedOn})` });
  }
  if (!(reason in CLOCK_PAUSE_REASONS)) problems.push({ field: 'reason', message: `unknown reason '${reason}'` });
  else if (!clockPauseEffect(request.kind, request.receivedDate, reason)) {
    const rule = findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: request.kind }, request.receivedDate);
    problems.push({
      field: 'reason',
      message: `a ${KIND_NAME[request.kind]}'s clock cannot be paused ${CLOCK_PAUSE_REASONS[reason].toLowerCase()} (rule '${rule.id}')`,
    });
  }
  const usable = checkDate(problems, 'pausedOn', pausedOn, today, [
    [request.receivedDate, 'the received date'],
    [clock.lastResumedOn, 'the clock last resumed, on'],
  ]);
  if (usable && pausedOn > request.dueDate) {
    problems.push({ field: 'pausedOn', message: `${pausedOn} is after the due date ${request.dueDate}: the clock can be paused only before it runs out` });
  }
  return decide(problems, () => ({ clockPausedOn: pausedOn, clockPauseReason: reason }));
}

/** Restarts the clock; the due date is worked out again from every pause (request-clock.ts). */
export function resumeRequest(
  request: RequestState,
  resumedOn: string,
  today: string,
  clock: ClockHistory = NO_PAUSES,
): RequestDecision<Pick<InformationRequest, 'clockPausedOn' | 'clockPauseReason' | 'dueDate' | 'deadlineRuleId'>> {
  const problems = closedProblems(request);
  const pausedOn = request.clockPausedOn;
  const reason = request.clockPauseReason;
  if (!problems.length && (!pausedOn || !reason)) problems.push({ field: 'id', message: 'does not have its clock paused' });
  checkDate(problems, 'resumedOn', resumedOn, today, [[pausedOn, 'the clock was paused on']]);
  return decide(problems, () => {
    const pauses = [...clock.pauses, { reason: reason!, pausedOn: pausedOn!, resumedOn }];
    const { dueDate, ruleId } = informationRequestClock({ kind: request.kind, receivedDate: request.receivedDate, extended: request.extended, pauses });
    return { clockPausedOn: null, clockPauseReason: null, dueDate, deadlineRuleId: ruleId };
  });
}

/** The requester withdrew it (or it lapsed, e.g. proof of identity never came): it leaves the queue. Ends any pause. */
export function withdrawRequest(
  request: RequestState,
  withdrawnDate: string,
  reason: string | null | undefined,
  today: string,
  clock: ClockHistory = NO_PAUSES,
): RequestDecision<Pick<InformationRequest, 'withdrawnDate' | 'clockPausedOn' | 'clockPauseReason'> & { reason: string | null }> {
  const problems = closedProblems(request);
  checkDate(problems, 'withdrawnDate', withdrawnDate, today, [
    [request.receivedDate, 'the received date'],
    [request.clockPausedOn, 'the clock was paused on'],
    [clock.lastResumedOn, 'the clock resumed on'],
  ]);
  const note = checkReason(problems, 'reason', reason, false);
  return decide(problems, () => ({ withdrawnDate, clockPausedOn: null, clockPauseReason: null, reason: note }));
}
