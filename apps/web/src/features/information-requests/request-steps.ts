/**
 * The steps an officer may record on a request, as the API's `viewerCan` offers
 * them, each with its fields, its checks (the API's own, repeated so mistakes
 * show before anything is sent) and the words for it. Pure (request-steps.test.ts).
 */
import { isIsoDate } from '@complaints/domain';
import type { ClockPauseEffect, ClockPauseReason } from '../../graphql/graphql';
import { formatDate } from '../cases/case-dates';
import type { RequestData } from './useInformationRequestQuery';

export type StepKind = 'RESUME' | 'RESPOND' | 'ACKNOWLEDGE' | 'PAUSE' | 'EXTEND' | 'WITHDRAW';
export type StepField = 'date' | 'pauseReason' | 'reason';

export interface RequestStep {
  kind: StepKind;
  /** The form's heading. */
  title: string;
  button: string;
  /** The date asked for, if any: its label and the API's name for it. */
  date: { label: string; apiField: string } | null;
  /** Dates it may not be before, each with the words for it. */
  notBefore: Array<{ date: string; label: string }>;
  /** A date it may not be after (other than today). */
  notAfter: { date: string; label: string } | null;
  /** A reason typed in: required or optional, and its label. */
  reason: { label: string; required: boolean } | null;
  /** The reasons the clock may be paused for (PAUSE only). */
  pauseReasons: Array<{ reason: ClockPauseReason; effect: ClockPauseEffect }>;
}

export interface StepValues {
  date: string;
  reason: string;
  pauseReason: ClockPauseReason | '';
}

export const EMPTY_STEP: StepValues = { date: '', reason: '', pauseReason: '' };

export const MAX_REASON_LENGTH = 1000;

/** When the clock last restarted, from the history. */
export function lastResumedOn(request: Pick<RequestData, 'history'>): string | null {
  return [...request.history].reverse().find((entry) => entry.kind === 'CLOCK_RESUMED')?.date ?? null;
}

/** The steps offered now, most pressing first. */
export function requestSteps(request: RequestData): RequestStep[] {
  const received = { date: request.receivedDate, label: 'the date received' };
  const resumed = lastResumedOn(request);
  const afterResume = resumed ? [{ date: resumed, label: 'the day the clock restarted' }] : [];
  const base = { notBefore: [], notAfter: null, reason: null, pauseReasons: [] };
  const steps: RequestStep[] = [];
  const can = request.viewerCan;
  if (can.resume && request.clockPausedOn) {
    steps.push({
      ...base,
      kind: 'RESUME',
      title: 'Restart the clock',
      button: 'Restart the clock',
      date: { label: 'Date what was asked for arrived', apiField: 'resumedOn' },
      notBefore: [{ date: request.clockPausedOn, label: 'the day the clock was paused' }],
    });
  }
  if (can.respond) {
    const acknowledged = request.acknowledgedDate ? [{ date: request.acknowledgedDate, label: 'the acknowledgement' }] : [];
    steps.push({
      ...base,
      kind: 'RESPOND',
      title: 'Record the response',
      button: 'Record response',
      date: { label: 'Date the response was sent', apiField: 'completedDate' },
      notBefore: [received, ...acknowledged, ...afterResume],
    });
  }
  if (can.acknowledge) {
    steps.push({
      ...base,
      kind: 'ACKNOWLEDGE',
      title: 'Record the acknowledgement',
      button: 'Record acknowledgement',
      date: { label: 'Date the acknowledgement was sent', apiField: 'acknowledgedDate' },
      notBefore: [received],
    });
  }
  if (can.pause) {
    steps.push({
      ...base,
      kind: 'PAUSE',
      title: 'Pause the clock',
      button: 'Pause the clock',
      date: { label: 'Date the requester was asked', apiField: 'pausedOn' },
      notBefore: [received, ...afterResume],
      notAfter: { date: request.dueDate, label: 'the due date' },
      pauseReasons: request.clockPauseOptions,
    });
  }
  if (can.extend) {
    steps.push({ ...base, kind: 'EXTEND', title: 'Extend the deadline', button: 'Extend the deadline', date: null, reason: { label: 'Why it needs longer', required: true } });
  }
  if (can.withdraw) {
    const paused = request.clockPausedOn ? [{ date: request.clockPausedOn, label: 'the day the clock was paused' }] : [];
    steps.push({
      ...base,
      kind: 'WITHDRAW',
      title: 'Record a withdrawal',
      button: 'Record withdrawal',
      date: { label: 'Date it was withdrawn', apiField: 'withdrawnDate' },
      notBefore: [received, ...paused, ...afterResume],
      reason: { label: 'Reason (optional)', required: false },
    });
  }
  return steps;
}

/** The latest of the dates a step may not be before. */
export function earliestDate(step: Pick<RequestStep, 'notBefore'>): { date: string; label: string } | null {
  return step.notBefore.reduce<{ date: string; label: string } | null>((max, limit) => (!max || limit.date > max.date ? limit : max), null);
}

/** The form's own checks: what must be filled in, real dates, not in the future, not before (or after) the limits. */
export function validateStep(step: RequestStep, values: StepValues, today: string, unreadableDate = false): Partial<Record<StepField, string>> {
  const errors: Partial<Record<StepField, string>> = {};
  if (step.kind === 'PAUSE' && !values.pauseReason) errors.pauseReason = 'Select what the requester was asked for';
  if (step.date) {
    const { label } = step.date;
    const earliest = earliestDate(step);
    if (unreadableDate || (values.date !== '' && !isIsoDate(values.date))) errors.date = `${label} must be a real date`;
    else if (values.date === '') errors.date = `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    else if (values.date > today) errors.date = `${label} must be today or in the past`;
    else if (earliest && values.date < earliest.date) errors.date = `${label} must be the same as or after ${earliest.label} (${formatDate(earliest.date)})`;
    else if (step.notAfter && values.date > step.notAfter.date) errors.date = `${label} must be on or before ${step.notAfter.label} (${formatDate(step.notAfter.date)})`;
  }
  if (step.reason) {
    const reason = values.reason.trim();
    if (step.reason.required && !reason) errors.reason = 'Enter why it needs longer';
    else if (reason.length > MAX_REASON_LENGTH) errors.reason = `The reason must be ${MAX_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer`;
  }
  return errors;
}

/** What happened, for the notice after a step was recorded; the request as it now stands gives the new due date. */
export function doneMessage(step: Pick<RequestStep, 'kind'>, after: Pick<RequestData, 'dueDate'>): string {
  switch (step.kind) {
    case 'RESUME':
      return `Clock restarted: the request is now due on ${formatDate(after.dueDate)}`;
    case 'RESPOND':
      return 'Response recorded';
    case 'ACKNOWLEDGE':
      return 'Acknowledgement recorded';
    case 'PAUSE':
      return 'Clock paused';
    case 'EXTEND':
      return `Deadline extended: the request is now due on ${formatDate(after.dueDate)}`;
    case 'WITHDRAW':
      return 'Withdrawal recorded';
  }
}
