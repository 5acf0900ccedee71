/**
 * The steps of the complaints procedure the person may record next on a
 * contact, as forms: which ones comes from the API (`contact.viewerCan`, the
 * lifecycle rules the mutations apply); this adds their words, the dates
 * they may not precede and the checks on what is entered. Pure: the caller
 * passes today's date to the checks.
 */
import type { EscalationStage } from '../../graphql/graphql';
import { isFormalComplaintGroup, isIsoDate } from '@complaints/domain';
import { formatDate } from './case-dates';
import { ESCALATION_STAGES, RESPONSE_OUTCOMES } from './case-labels';
import type { CaseContact, CaseEscalation } from './useContactQuery';

export type StepKind = 'ACKNOWLEDGE' | 'RESPOND' | 'EXTEND' | 'ESCALATE' | 'PANEL' | 'ESCALATION_RESPONSE' | 'WITHDRAW';

/** An earlier step's date that the new one may not come before. */
export interface DateLimit {
  date: string;
  /** e.g. 'the date received'. */
  label: string;
}

interface StepBase {
  kind: StepKind;
  /** Unique on the page: the form's id prefix. */
  key: string;
  title: string;
  /** The API's name for the date argument; null for a step without a date. */
  dateField: 'sentDate' | 'date' | 'requestedDate' | null;
  /** The date field's label, e.g. 'Date the acknowledgement was sent'. */
  dateLabel: string;
  notBefore: DateLimit[];
  /** Whether the step needs a response outcome (complaints). */
  needsOutcome: boolean;
  /** Stage 2 escalations may be given the extended timescale. */
  mayExtend: boolean;
  button: string;
  /** Said once it is recorded. */
  done: string;
}

export type NextStep =
  | (StepBase & { kind: 'ACKNOWLEDGE' | 'RESPOND' | 'WITHDRAW' | 'EXTEND' })
  | (StepBase & { kind: 'ESCALATE'; stage: EscalationStage })
  | (StepBase & { kind: 'PANEL' | 'ESCALATION_RESPONSE'; escalation: CaseEscalation });

export function isComplaint(contact: Pick<CaseContact, 'recordType'>): boolean {
  return isFormalComplaintGroup(contact.recordType.group);
}

/** Withdrawn here, or before this system recorded the date. */
export function isWithdrawn(contact: Pick<CaseContact, 'withdrawnDate' | 'outcome' | 'escalations'>): boolean {
  return contact.withdrawnDate !== null || contact.outcome === 'WITHDRAWN' || contact.escalations.some((e) => e.outcome === 'WITHDRAWN');
}

/** The Stage 2 or 3 escalation waiting for its panel or response, if any. */
export function openEscalation(contact: Pick<CaseContact, 'escalations'>): CaseEscalation | null {
  return contact.escalations.find((e) => e.responseSentDate === null && e.outcome !== 'WITHDRAWN') ?? null;
}

function limits(...candidates: Array<[string | null | undefined, string]>): DateLimit[] {
  return candidates.flatMap(([date, label]) => (date ? [{ date, label }] : []));
}

const NO_EXTRAS = { needsOutcome: false, mayExtend: false } as const;

/** The steps the API says this person may record now, in the procedure's order. */
export function nextSteps(contact: CaseContact): NextStep[] {
  const can = contact.viewerCan;
  const steps: NextStep[] = [];
  const received: [string, string] = [contact.receivedDate, 'the date received'];
  const acknowledged: [string | null, string] = [contact.acknowledgementSentDate, 'the date the acknowledgement was sent'];
  const responded: [string | null, string] = [contact.responseSentDate, 'the date the response was sent'];
  const complaint = isComplaint(contact);
  const open = openEscalation(contact);

  if (can.acknowledge) {
    steps.push({
      kind: 'ACKNOWLEDGE',
      key: 'acknowledge',
      title: 'Record the acknowledgement',
      dateField: 'sentDate',
      dateLabel: 'Date the acknowledgement was sent',
      notBefore: limits(received),
      ...NO_EXTRAS,
      button: 'Record acknowledgement',
      done: 'Acknowledgement recorded',
    });
  }
  if (can.respond) {
    steps.push({
      kind: 'RESPOND',
      key: 'respond',
      title: complaint ? 'Record the Stage 1 response' : 'Record the response',
      dateField: 'sentDate',
      dateLabel: 'Date the response was sent',
      notBefore: limits(received, acknowledged),
      ...NO_EXTRAS,
      needsOutcome: complaint,
      button: 'Record response',
      done: 'Response recorded',
    });
  }
  if (can.extend) {
    steps.push({
      kind: 'EXTEND',
      key: 'extend',
      title: 'Extend the response timescale',
      dateField: null,
      dateLabel: '',
      notBefore: [],
      ...NO_EXTRAS,
      button: 'Extend the timescale',
      done: 'Response timescale extended',
    });
  }
  if (can.escalateToStage2 || can.escalateToStage3) {
    const stage2 = [...contact.escalations].reverse().find((e) => e.stage === 'STAGE_2');
    const stage: EscalationStage = can.escalateToStage2 ? 'STAGE_2' : 'STAGE_3';
    const previous: [string | null | undefined, string] =
      stage === 'STAGE_3' ? [stage2?.responseSentDate, 'the date the Stage 2 response was sent'] : responded;
    const name = ESCALATION_STAGES[stage];
    steps.push({
      kind: 'ESCALATE',
      key: `escalate-${stage.toLowerCase().replace('_', '-')}`,
      stage,
      title: `Escalate to ${name}`,
      dateField: 'requestedDate',
      dateLabel: `Date the complainant asked for ${name}`,
      notBefore: limits(received, previous),
      needsOutcome: false,
      mayExtend: stage === 'STAGE_2',
      button: `Escalate to ${name}`,
      done: `Escalated to ${name}`,
    });
  }
  if (open) {
    const name = ESCALATION_STAGES[open.stage as EscalationStage] ?? open.stage;
    const requested: [string, string] = [open.requestedDate, `the date ${name} was requested`];
    if (can.recordPanelHeld) {
      steps.push({
        kind: 'PANEL',
        key: 'panel',
        escalation: open,
        title: 'Record the Stage 3 review panel',
        dateField: 'date',
        dateLabel: 'Date the review panel met',
        notBefore: limits(requested),
        ...NO_EXTRAS,
        button: 'Record the panel',
        done: 'Review panel recorded',
      });
    } else if (can.recordEscalationResponse) {
      steps.push({
        kind: 'ESCALATION_RESPONSE',
        key: 'escalation-response',
        escalation: open,
        title: `Record the ${name} response`,
        dateField: 'sentDate',
        dateLabel: `Date the ${name} response was sent`,
        notBefore: limits(requested, [open.panelHeldDate, 'the date the review panel met']),
        ...NO_EXTRAS,
        needsOutcome: true,
        button: 'Record response',
        done: `${name} response recorded`,
      });
    }
  }
  if (can.withdraw) {
    steps.push({
      kind: 'WITHDRAW',
      key: 'withdraw',
      title: 'Record a withdrawal',
      dateField: 'date',
      dateLabel: 'Date the complainant withdrew the complaint',
      notBefore: limits(received, acknowledged, responded, [open?.requestedDate, 'the date the escalation was requested'], [open?.panelHeldDate, 'the date the review panel met']),
      ...NO_EXTRAS,
      button: 'Record withdrawal',
      done: 'Withdrawal recorded',
    });
  }
  return steps;
}

export interface StepValues {
  date: string;
  outcome: string;
  extended: boolean;
}

export const EMPTY_STEP: StepValues = { date: '', outcome: '', extended: false };

export type StepField = 'date' | 'outcome';

/** Checks a step's values; messages name the field ("Date the response was sent must be …"). */
export function validateStep(step: NextStep, values: StepValues, today: string, unreadableDate = false): Partial<Record<StepField, string>> {
  const errors: Partial<Record<StepField, string>> = {};
  if (step.dateField) {
    const { date } = values;
    const name = step.dateLabel;
    if (date === '' && !unreadableDate) errors.date = `Enter the ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    else if (unreadableDate || !isIsoDate(date)) errors.date = `${name} must be a real date`;
    else if (date > today) errors.date = `${name} must be today or in the past`;
    else {
      const limit = step.notBefore.find((l) => date < l.date);
      if (limit) errors.date = `${name} must be the same as or after ${limit.label} (${formatDate(limit.date)})`;
    }
  }
  if (step.needsOutcome && !(RESPONSE_OUTCOMES as readonly string[]).includes(values.outcome)) {
    errors.outcome = 'Select the outcome of the response';
  }
  return errors;
}
