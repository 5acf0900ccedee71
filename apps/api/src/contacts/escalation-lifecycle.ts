/**
 * Stages 2 and 3 of the Children Act procedure (SI 2006/1738): escalation, the
 * stage 3 review panel and each stage's response. Stage 2 follows the stage 1
 * response; stage 3 follows the stage 2 response. Pure, like contact-lifecycle.ts.
 */
import type { FieldProblem } from '../graphql/errors';
import type { Outcome } from '../reference/reference-data';
import { escalationDeadlines, findDeadlineRule } from '../timescales';
import type { Escalation } from './escalation.entity';
import {
  checkStepDate,
  decide,
  isComplaint,
  isWithdrawn,
  RESPONSE_OUTCOMES,
  withdrawnProblem,
  type ContactState,
  type DateLimit,
  type Decision,
  type LifecycleEscalation,
} from './lifecycle-state';

export type EscalationStage = 'STAGE_2' | 'STAGE_3';

export type NewEscalation = Omit<Escalation, 'id' | 'contactId' | 'contact' | 'createdAt'>;

const STAGE_NAME: Record<EscalationStage, string> = { STAGE_2: 'Stage 2', STAGE_3: 'Stage 3' };

/** Opens stage 2 or 3: the escalation with its deadlines, and the contact's new stage. */
export function escalate(
  state: ContactState,
  stage: string,
  requestedDate: string,
  extended: boolean,
  today: string,
): Decision<{ escalation: NewEscalation; stage: EscalationStage }> {
  const { contact, recordType, escalations } = state;
  const problems: FieldProblem[] = [];
  if (!isComplaint(state)) {
    problems.push({ field: 'id', message: `a ${recordType.name} is not a complaint and cannot be escalated` });
  } else if (recordType.code !== 'STATUTORY_COMPLAINT') {
    problems.push({ field: 'id', message: `only statutory (Children Act) complaints have Stages 2 and 3, not a ${recordType.name}` });
  }
  if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'id'));

  let previous: DateLimit = [contact.responseSentDate, 'Stage 1 response sent on'];
  if (stage === 'STAGE_2') {
    if (contact.stage !== 'STAGE_1') problems.push({ field: 'stage', message: `Stage 2 follows Stage 1, but the complaint is at ${contact.stage ?? 'no stage'}` });
    else if (!contact.responseSentDate) problems.push({ field: 'stage', message: 'Stage 2 can be requested only after the Stage 1 response' });
  } else if (stage === 'STAGE_3') {
    const stage2 = [...escalations].reverse().find((e) => e.stage === 'STAGE_2');
    if (contact.stage !== 'STAGE_2') problems.push({ field: 'stage', message: `Stage 3 follows Stage 2, but the complaint is at ${contact.stage ?? 'no stage'}` });
    else if (!stage2?.responseSentDate) problems.push({ field: 'stage', message: 'Stage 3 can be requested only after the Stage 2 response' });
    previous = [stage2?.responseSentDate, 'Stage 2 response sent on'];
  } else {
    problems.push({ field: 'stage', message: `must be STAGE_2 or STAGE_3, not ${stage}` });
  }

  const date = checkStepDate('requestedDate', requestedDate, today, problems, {
    notBefore: [[contact.receivedDate, 'received date'], previous],
  });
  if (date && extended && (stage === 'STAGE_2' || stage === 'STAGE_3')) {
    const rule = findDeadlineRule({ kind: 'ESCALATION', stage }, date);
    if (rule.response.extendedWorkingDays === null) {
      problems.push({ field: 'extended', message: `${STAGE_NAME[stage]} timescales cannot be extended (rule '${rule.id}')` });
    }
  }

  return decide(problems, () => {
    const escalationStage = stage as EscalationStage;
    const deadlines = escalationDeadlines({ stage: escalationStage, requestedDate, extended });
    return {
      stage: escalationStage,
      escalation: {
        stage: escalationStage,
        requestedDate,
        responseDueDate: deadlines.responseDueDate,
        panelDueDate: deadlines.panelDueDate,
        panelReportDueDate: deadlines.panelReportDueDate,
        panelHeldDate: null,
        responseSentDate: null,
        extended,
        managementReview: false,
        outcome: 'ONGOING',
        deadlineRuleId: deadlines.ruleId,
      },
    };
  });
}

function openEscalationProblems(state: ContactState, escalation: LifecycleEscalation, problems: FieldProblem[]): void {
  if (isWithdrawn(state)) problems.push(withdrawnProblem(state, 'escalationId'));
  if (escalation.responseSentDate) {
    problems.push({ field: 'escalationId', message: `the ${STAGE_NAME[escalation.stage as EscalationStage]} response was already sent on ${escalation.responseSentDate}` });
  }
}

/**
 * Stage 3: the review panel has met; the casework queue moves on to the council's response.
 * The panel reports within 5 working days of meeting, so its report (and the response
 * counted from it) fall due from the meeting, not from the date it was due to meet.
 */
export function recordPanelHeld(
  state: ContactState,
  escalation: LifecycleEscalation,
  date: string,
  today: string,
): Decision<Pick<Escalation, 'panelHeldDate' | 'panelReportDueDate' | 'responseDueDate'>> {
  const problems: FieldProblem[] = [];
  if (escalation.stage !== 'STAGE_3') problems.push({ field: 'escalationId', message: 'only Stage 3 has a review panel' });
  openEscalationProblems(state, escalation, problems);
  if (escalation.panelHeldDate) problems.push({ field: 'escalationId', message: `the panel already met on ${escalation.panelHeldDate}` });
  checkStepDate('date', date, today, problems, { notBefore: [[escalation.requestedDate, 'escalation requested on']] });
  return decide(problems, () => {
    const { panelReportDueDate, responseDueDate } = escalationDeadlines({
      stage: 'STAGE_3',
      requestedDate: escalation.requestedDate,
      extended: escalation.extended,
      panelHeldDate: date,
    });
    return { panelHeldDate: date, panelReportDueDate, responseDueDate };
  });
}

/** The council's response at stage 2, or at stage 3 after the panel. */
export function respondToEscalation(
  state: ContactState,
  escalation: LifecycleEscalation,
  sentDate: string,
  outcome: Outcome,
  today: string,
): Decision<Pick<Escalation, 'responseSentDate' | 'outcome'>> {
  const problems: FieldProblem[] = [];
  openEscalationProblems(state, escalation, problems);
  if (escalation.stage === 'STAGE_3' && !escalation.panelHeldDate && !escalation.responseSentDate) {
    problems.push({ field: 'escalationId', message: 'the Stage 3 panel has not met yet: record the panel first' });
  }
  checkStepDate('sentDate', sentDate, today, problems, {
    notBefore: [
      [escalation.requestedDate, 'escalation requested on'],
      [escalation.panelHeldDate, 'panel held on'],
    ],
  });
  if (!(RESPONSE_OUTCOMES as readonly string[]).includes(outcome)) {
    problems.push({ field: 'outcome', message: `must be one of ${RESPONSE_OUTCOMES.join(', ')}` });
  }
  return decide(problems, () => ({ responseSentDate: sentDate, outcome }));
}
