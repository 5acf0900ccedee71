/**
 * The stage 1 steps of a contact: acknowledgement, response, extension and
 * withdrawal. Each rule checks the step against the contact as it stands and
 * returns the columns to change, or every problem, naming the field at fault.
 * Pure: escalations (stages 2 and 3) are in escalation-lifecycle.ts.
 */
import type { FieldProblem } from '../graphql/errors';
import type { Outcome } from '../reference/reference-data';
import { contactDeadlines, findDeadlineRule, workingDaysBetween } from '../timescales';
import type { Contact } from './contact.entity';
import {
  checkStepDate,
  decide,
  isComplaint,
  isWithdrawn,
  RESPONSE_OUTCOMES,
  withdrawnProblem,
  type ContactState,
  type Decision,
} from './lifecycle-state';

export function acknowledge(state: ContactState, sentDate: string, today: string): Decision<Pick<Contact, 'acknowledgementSentDate'>> {
  const { contact } = state;
  const problems: FieldProblem[] = [];
  if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'id'));
  if (contact.acknowledgementSentDate) {
    problems.push({ field: 'id', message: `was already acknowledged on ${contact.acknowledgementSentDate}` });
  }
  checkStepDate('sentDate', sentDate, today, problems, {
    notBefore: [[contact.receivedDate, 'received date']],
    notAfter: [[contact.responseSentDate, 'response sent on']],
  });
  return decide(problems, () => ({ acknowledgementSentDate: sentDate }));
}

export type ResponseChanges = Pick<Contact, 'responseSentDate' | 'outcome' | 'workingDaysToResponse'>;

/**
 * The first (stage 1) response. A complaint's response needs its outcome
 * (upheld, partially upheld or not upheld); other contacts have none.
 */
export function respond(state: ContactState, sentDate: string, outcome: Outcome | null, today: string): Decision<ResponseChanges> {
  const { contact, recordType } = state;
  const problems: FieldProblem[] = [];
  if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'id'));
  if (contact.responseSentDate) problems.push({ field: 'id', message: `the response was already sent on ${contact.responseSentDate}` });
  checkStepDate('sentDate', sentDate, today, problems, {
    notBefore: [
      [contact.receivedDate, 'received date'],
      [contact.acknowledgementSentDate, 'acknowledgement sent on'],
    ],
  });
  if (isComplaint(state)) {
    if (!outcome || !(RESPONSE_OUTCOMES as readonly string[]).includes(outcome)) {
      problems.push({ field: 'outcome', message: `a complaint's response needs its outcome: ${RESPONSE_OUTCOMES.join(', ')}` });
    }
  } else if (outcome && outcome !== 'NOT_RECORDED') {
    problems.push({ field: 'outcome', message: `a ${recordType.name} is not a complaint and has no outcome` });
  }
  return decide(problems, () => ({
    responseSentDate: sentDate,
    outcome: outcome ?? 'NOT_RECORDED',
    workingDaysToResponse: workingDaysBetween(contact.receivedDate, sentDate),
  }));
}

export type ExtensionChanges = Pick<Contact, 'extended' | 'extendedDate' | 'responseDueDate' | 'deadlineRuleId'>;

/**
 * Extends the response timescale (e.g. 10 to 20 working days at stage 1), where
 * the rule in force on the received date allows it. The extension must be made
 * by the original due date: one made afterwards would only hide a late response.
 */
export function extend(state: ContactState, today: string): Decision<ExtensionChanges> {
  const { contact, recordType } = state;
  const problems: FieldProblem[] = [];
  const rule = findDeadlineRule({ kind: 'CONTACT', recordType: recordType.code }, contact.receivedDate);
  if (!isComplaint(state)) {
    problems.push({ field: 'id', message: `a ${recordType.name} is not a complaint and cannot be extended` });
  } else if (!rule.response?.extendedWorkingDays) {
    problems.push({ field: 'id', message: `the timescale for a ${recordType.name} cannot be extended (rule '${rule.id}')` });
  }
  if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'id'));
  if (contact.extended) problems.push({ field: 'id', message: 'the response timescale is already extended' });
  if (contact.responseSentDate) problems.push({ field: 'id', message: `the response was already sent on ${contact.responseSentDate}` });
  else if (contact.responseDueDate && today > contact.responseDueDate) {
    problems.push({ field: 'id', message: `the response was due on ${contact.responseDueDate}; an extension must be made by then` });
  }
  return decide(problems, () => {
    const deadlines = contactDeadlines({ recordType: recordType.code, stage: contact.stage, receivedDate: contact.receivedDate, extended: true });
    return { extended: true, extendedDate: today, responseDueDate: deadlines.responseDueDate, deadlineRuleId: deadlines.ruleId };
  });
}

export interface Withdrawal {
  contact: Pick<Contact, 'withdrawnDate'> & Partial<Pick<Contact, 'outcome'>>;
  /** The open escalation withdrawn with the complaint, if it was past stage 1. */
  escalationId: number | null;
}

/**
 * The complainant withdraws the complaint at whatever stage is open. Before the
 * stage 1 response, its outcome becomes WITHDRAWN; during an escalation, the
 * escalation's outcome does and the stage 1 outcome stands (6.2 counts it).
 */
export function withdraw(state: ContactState, date: string, today: string): Decision<Withdrawal> {
  const { contact, recordType, escalations } = state;
  const problems: FieldProblem[] = [];
  const open = escalations.find((e) => e.responseSentDate === null && e.outcome !== 'WITHDRAWN') ?? null;
  if (!isComplaint(state)) problems.push({ field: 'id', message: `a ${recordType.name} is not a complaint and cannot be withdrawn` });
  else if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'id'));
  else if (contact.responseSentDate && !open) {
    const last = escalations[escalations.length - 1];
    const answered = last?.responseSentDate ?? contact.responseSentDate;
    problems.push({ field: 'id', message: `nothing is open to withdraw: the complaint was answered on ${answered}` });
  }
  checkStepDate('date', date, today, problems, {
    notBefore: [
      [contact.receivedDate, 'received date'],
      [contact.acknowledgementSentDate, 'acknowledgement sent on'],
      [contact.responseSentDate, 'response sent on'],
      [open?.requestedDate, 'escalation requested on'],
      [open?.panelHeldDate, 'panel held on'],
    ],
  });
  return decide(problems, () =>
    open
      ? { contact: { withdrawnDate: date }, escalationId: open.id }
      : { contact: { withdrawnDate: date, outcome: 'WITHDRAWN' }, escalationId: null },
  );
}
