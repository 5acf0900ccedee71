/**
 * The contact page's "Due dates" table: each step with a due date, when it
 * was done, and where it stands, in words. Pure: the caller passes today.
 */
import { formatDate } from './case-dates';
import { ESCALATION_STAGES } from './case-labels';
import { isWithdrawn } from './contact-steps';
import type { CaseContact } from './useContactQuery';

export type DueState = 'DONE_ON_TIME' | 'DONE_LATE' | 'OVERDUE' | 'WAITING' | 'NOT_NEEDED';

export interface DueRow {
  key: string;
  step: string;
  due: string | null;
  done: string | null;
  state: DueState;
  /** Where it stands, in words (never colour alone). */
  status: string;
}

function row(key: string, step: string, due: string | null, done: string | null, open: boolean, today: string, closedReason: string): DueRow {
  let state: DueState;
  let status: string;
  if (done) {
    state = due && done > due ? 'DONE_LATE' : 'DONE_ON_TIME';
    status = due ? (state === 'DONE_LATE' ? 'Done late' : 'Done on time') : 'Done';
  } else if (!open) {
    state = 'NOT_NEEDED';
    status = closedReason;
  } else if (due && due < today) {
    state = 'OVERDUE';
    status = 'Overdue';
  } else {
    state = 'WAITING';
    status = due ? `Due by ${formatDate(due)}` : 'Waiting';
  }
  return { key, step, due, done, state, status };
}

export function dueRows(contact: CaseContact, today: string): DueRow[] {
  const withdrawn = isWithdrawn(contact);
  const closed = withdrawn ? 'Not needed: withdrawn' : 'Not needed';
  const rows: DueRow[] = [];
  if (contact.acknowledgementDueDate || contact.acknowledgementSentDate) {
    const reason = contact.responseSentDate ? 'Not needed: the response was sent' : closed;
    rows.push(
      row('ack', 'Acknowledgement', contact.acknowledgementDueDate, contact.acknowledgementSentDate, !withdrawn && !contact.responseSentDate, today, reason),
    );
  }
  if (contact.responseDueDate || contact.responseSentDate) {
    const name = contact.stage === 'STAGE_1' || contact.stage === 'STAGE_2' || contact.stage === 'STAGE_3' ? 'Stage 1 response' : 'Response';
    rows.push(row('response', contact.extended ? `${name} (extended)` : name, contact.responseDueDate, contact.responseSentDate, !withdrawn, today, closed));
  }
  for (const e of contact.escalations) {
    const name = ESCALATION_STAGES[e.stage as keyof typeof ESCALATION_STAGES] ?? e.stage;
    const open = !withdrawn && e.outcome !== 'WITHDRAWN';
    if (e.panelDueDate) rows.push(row(`panel-${e.id}`, `${name} review panel`, e.panelDueDate, e.panelHeldDate, open && !e.responseSentDate, today, closed));
    rows.push(row(`escalation-${e.id}`, `${name} response${e.extended ? ' (extended)' : ''}`, e.responseDueDate, e.responseSentDate, open, today, closed));
  }
  return rows;
}
