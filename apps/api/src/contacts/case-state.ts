/**
 * Where a contact stands, stored with it so the contacts list filters and
 * sorts on indexed columns: its status and the earliest due date of the steps
 * waiting. Pure, and built from the casework queue's own rules
 * (casework-queue.ts), so "open", "overdue" and "due" in the list mean what
 * the queue means by them.
 */
import type { ContactStatusCode } from './contact.enums';
import { codeStage2Steps, contactSteps, escalationStep, type QueueCodeStage } from './casework-queue';
import type { Contact } from './contact.entity';
import type { Escalation } from './escalation.entity';

export type CaseStateContact = Pick<
  Contact,
  'id' | 'acknowledgementDueDate' | 'acknowledgementSentDate' | 'responseDueDate' | 'responseSentDate' | 'outcome' | 'withdrawnDate'
> & { regime?: string | null };
/** A Code stage row (complaint_code_stage): its Stage 2 is waited for like an escalation. */
export type CaseStateCodeStage = QueueCodeStage;
export type CaseStateEscalation = Pick<
  Escalation,
  'id' | 'contactId' | 'stage' | 'responseDueDate' | 'responseSentDate' | 'panelDueDate' | 'panelHeldDate' | 'outcome'
>;

export interface CaseState {
  status: ContactStatusCode;
  /** Null unless OPEN. */
  nextDueDate: string | null;
}

export function caseState(contact: CaseStateContact, escalations: readonly CaseStateEscalation[], codeStages: readonly CaseStateCodeStage[] = []): CaseState {
  if (contact.withdrawnDate !== null || contact.outcome === 'WITHDRAWN' || escalations.some((e) => e.outcome === 'WITHDRAWN')) {
    return { status: 'WITHDRAWN', nextDueDate: null };
  }
  const dueDates = [
    ...contactSteps(contact).map((s) => s.dueDate),
    ...escalations.flatMap((e) => escalationStep(e, contact)?.dueDate ?? []),
    ...codeStages.flatMap((g) => codeStage2Steps(g, { withdrawnDate: contact.withdrawnDate, regime: contact.regime ?? '' }).map((s) => s.dueDate)),
  ].sort();
  return dueDates.length ? { status: 'OPEN', nextDueDate: dueDates[0] } : { status: 'CLOSED', nextDueDate: null };
}
