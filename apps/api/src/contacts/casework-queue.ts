/**
 * The casework queue's rules, pure: which step of a contact, an escalation or
 * a Complaint Handling Code Stage 2 is waiting, and whether it is overdue or
 * due this week.
 *
 * OVERDUE: due before `asOf`. DUE_THIS_WEEK: due from `asOf` up to and
 * including the 5th working day after it, i.e. 0 to 5 working days remaining.
 */
import { addWorkingDays, workingDaysBetween } from '../timescales';
import type { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import type { Contact } from './contact.entity';
import type { Escalation } from './escalation.entity';

export const DUE_THIS_WEEK_WORKING_DAYS = 5;

export type CaseworkStepCode =
  | 'ACKNOWLEDGEMENT'
  | 'RESPONSE'
  | 'STAGE_2_RESPONSE'
  | 'CODE_STAGE_2_ACKNOWLEDGEMENT'
  | 'CODE_STAGE_2_RESPONSE'
  | 'STAGE_3_PANEL'
  | 'STAGE_3_RESPONSE';
export type CaseworkStatusCode = 'OVERDUE' | 'DUE_THIS_WEEK';

export interface DueStep {
  step: CaseworkStepCode;
  dueDate: string;
  contactId: number;
  escalationId: number | null;
  /** The complaint_code_stage row of a Code Stage 2 step (absent for the others). */
  codeStageId?: number;
}

export interface ClassifiedStep extends DueStep {
  status: CaseworkStatusCode;
  workingDaysOverdue: number;
  workingDaysRemaining: number;
}

/** The last due date the queue shows for `asOf`. */
export function queueHorizon(asOf: string): string {
  return addWorkingDays(asOf, DUE_THIS_WEEK_WORKING_DAYS);
}

export function classify(dueDate: string, asOf: string, horizon = queueHorizon(asOf)): Omit<ClassifiedStep, keyof DueStep> | null {
  if (dueDate < asOf) return { status: 'OVERDUE', workingDaysOverdue: workingDaysBetween(dueDate, asOf), workingDaysRemaining: 0 };
  if (dueDate <= horizon) return { status: 'DUE_THIS_WEEK', workingDaysOverdue: 0, workingDaysRemaining: workingDaysBetween(asOf, dueDate) };
  return null;
}

type QueueContact = Pick<
  Contact,
  'id' | 'acknowledgementDueDate' | 'acknowledgementSentDate' | 'responseDueDate' | 'responseSentDate' | 'outcome' | 'withdrawnDate'
>;
type QueueEscalation = Pick<
  Escalation,
  'id' | 'contactId' | 'stage' | 'responseDueDate' | 'responseSentDate' | 'panelDueDate' | 'panelHeldDate' | 'outcome'
>;

function isOpenContact(c: QueueContact): boolean {
  return c.withdrawnDate === null && c.outcome !== 'WITHDRAWN';
}

/**
 * A contact's waiting stage 1 steps. An acknowledgement stops being waited for
 * once the response has gone (the team may hear of a contact only then, 5.1).
 */
export function contactSteps(c: QueueContact): DueStep[] {
  if (!isOpenContact(c) || c.responseSentDate) return [];
  const steps: DueStep[] = [];
  if (!c.acknowledgementSentDate && c.acknowledgementDueDate) {
    steps.push({ step: 'ACKNOWLEDGEMENT', dueDate: c.acknowledgementDueDate, contactId: c.id, escalationId: null });
  }
  if (c.responseDueDate) steps.push({ step: 'RESPONSE', dueDate: c.responseDueDate, contactId: c.id, escalationId: null });
  return steps;
}

/** An escalation's waiting step: the stage 3 panel until it has met, then the response. */
export function escalationStep(e: QueueEscalation, contact: Pick<QueueContact, 'withdrawnDate'>): DueStep | null {
  if (e.responseSentDate || e.outcome === 'WITHDRAWN' || contact.withdrawnDate) return null;
  const base = { contactId: e.contactId, escalationId: e.id };
  if (e.panelDueDate && !e.panelHeldDate) return { step: 'STAGE_3_PANEL', dueDate: e.panelDueDate, ...base };
  return { step: e.stage === 'STAGE_3' ? 'STAGE_3_RESPONSE' : 'STAGE_2_RESPONSE', dueDate: e.responseDueDate, ...base };
}

export type QueueCodeStage = Pick<
  ComplaintCodeStage,
  'id' | 'contactId' | 'stage' | 'acknowledgementDueDate' | 'acknowledgementSentDate' | 'responseDueDate' | 'responseSentDate'
>;

/**
 * A Code Stage 2's waiting steps (the Children Act's Stage 2 is an escalation;
 * the Code's lives in complaint_code_stage): its acknowledgement, until sent or
 * the response has gone, and its response. Nothing once the complaint leaves
 * the Code (its Stage 2 can then no longer be recorded) or is withdrawn.
 */
export function codeStage2Steps(g: QueueCodeStage, contact: Pick<QueueContact, 'withdrawnDate'> & { regime: string }): DueStep[] {
  if (g.stage !== 'STAGE_2' || g.responseSentDate || contact.withdrawnDate || contact.regime !== 'COMPLAINT_HANDLING_CODE') return [];
  const base = { contactId: g.contactId, escalationId: null, codeStageId: g.id };
  const steps: DueStep[] = [];
  if (!g.acknowledgementSentDate) steps.push({ step: 'CODE_STAGE_2_ACKNOWLEDGEMENT', dueDate: g.acknowledgementDueDate, ...base });
  steps.push({ step: 'CODE_STAGE_2_RESPONSE', dueDate: g.responseDueDate, ...base });
  return steps;
}

/** The order of steps due the same day: the procedure's order. */
export const STEP_ORDER: readonly CaseworkStepCode[] = [
  'ACKNOWLEDGEMENT',
  'RESPONSE',
  'STAGE_2_RESPONSE',
  'CODE_STAGE_2_ACKNOWLEDGEMENT',
  'CODE_STAGE_2_RESPONSE',
  'STAGE_3_PANEL',
  'STAGE_3_RESPONSE',
];

/** Keeps the steps due by the horizon, classified, most overdue first. */
export function classifySteps(steps: DueStep[], asOf: string): ClassifiedStep[] {
  const horizon = queueHorizon(asOf);
  return steps
    .flatMap((s) => {
      const c = classify(s.dueDate, asOf, horizon);
      return c ? [{ ...s, ...c }] : [];
    })
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) ||
        a.contactId - b.contactId ||
        (a.escalationId ?? 0) - (b.escalationId ?? 0) ||
        (a.codeStageId ?? 0) - (b.codeStageId ?? 0),
    );
}
