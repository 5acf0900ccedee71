/** Where a request stands against its time limit, in words (the status says it in one word; this says how far). Pure. */
import { formatDate, workingDays } from '../cases/case-dates';
import type { ClockPauseReason, InformationRequestStatus } from '../../graphql/graphql';
import { PAUSE_REASON_LABELS } from './request-labels';

export interface DueState {
  status: InformationRequestStatus;
  dueDate: string;
  workingDaysOverdue?: number | null;
  workingDaysRemaining?: number | null;
  clockPauseReason?: ClockPauseReason | null;
}

/** '3 working days overdue', 'Due today', 'Due in 4 working days', 'Awaiting proof of identity', 'Responded', 'Withdrawn'. */
export function dueText(state: DueState): string {
  switch (state.status) {
    case 'OVERDUE':
      return `${workingDays(state.workingDaysOverdue ?? 0)} overdue`;
    case 'OPEN':
      return state.workingDaysRemaining ? `Due in ${workingDays(state.workingDaysRemaining)}` : 'Due today';
    case 'PAUSED':
      return state.clockPauseReason ? PAUSE_REASON_LABELS[state.clockPauseReason] : 'Clock paused';
    case 'COMPLETED':
      return 'Responded';
    case 'WITHDRAWN':
      return 'Withdrawn';
  }
}

/** The status with how far: 'Overdue by 3 working days', 'Due in 4 working days', 'Clock paused: awaiting the fee', 'Responded'. */
export function statusText(state: DueState): string {
  switch (state.status) {
    case 'OVERDUE':
      return `Overdue by ${workingDays(state.workingDaysOverdue ?? 0)}`;
    case 'PAUSED':
      return state.clockPauseReason ? `Clock paused: ${PAUSE_REASON_LABELS[state.clockPauseReason].toLowerCase()}` : 'Clock paused';
    default:
      return dueText(state);
  }
}

export interface RequestDueFacts extends DueState {
  clockPausedOn?: string | null;
  completedDate?: string | null;
  completedWithinDeadline?: boolean | null;
  withdrawnDate?: string | null;
}

/** One sentence for the request's page. */
export function dueSentence(request: RequestDueFacts): string {
  const due = formatDate(request.dueDate);
  switch (request.status) {
    case 'OVERDUE':
      return `It was due on ${due} and is ${dueText(request).toLowerCase()}.`;
    case 'OPEN':
      return `It is due on ${due} (${dueText(request).toLowerCase()}).`;
    case 'PAUSED': {
      const why = request.clockPauseReason ? PAUSE_REASON_LABELS[request.clockPauseReason].toLowerCase() : 'paused';
      const since = request.clockPausedOn ? ` since ${formatDate(request.clockPausedOn)}` : '';
      return `The clock is paused${since}, ${why}. It was due on ${due}; the due date moves when the clock restarts.`;
    }
    case 'COMPLETED': {
      const when = request.completedDate ? ` on ${formatDate(request.completedDate)}` : '';
      const timing = request.completedWithinDeadline === false ? `after the due date, ${due}` : `by the due date, ${due}`;
      return `The response was sent${when}, ${timing}.`;
    }
    case 'WITHDRAWN':
      return `It was withdrawn${request.withdrawnDate ? ` on ${formatDate(request.withdrawnDate)}` : ''}.`;
  }
}
