/**
 * A contact's history as dated events, oldest first: received, acknowledged,
 * extended, responded, each escalation (and its panel and response), withdrawn,
 * and each assignment of an officer to a stage (who, whom it replaced, by whom).
 * Pure. Events whose date was never recorded (extensions and withdrawals made
 * before this system kept their dates) have a null date and keep their place
 * in the procedure's order.
 */
import { assignmentRole, OUTCOMES, RESPONSE_OUTCOMES, STAGES, type AssignmentStage, type ResponseOutcome } from '@complaints/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Outcome, Stage } from '../reference/reference.enums';
import type { Contact } from './contact.entity';
import type { Escalation } from './escalation.entity';

export enum TimelineEventKind {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  EXTENDED = 'EXTENDED',
  RESPONDED = 'RESPONDED',
  ESCALATED = 'ESCALATED',
  PANEL_HELD = 'PANEL_HELD',
  ESCALATION_RESPONDED = 'ESCALATION_RESPONDED',
  WITHDRAWN = 'WITHDRAWN',
  ASSIGNED = 'ASSIGNED',
}

registerEnumType(TimelineEventKind, {
  name: 'TimelineEventKind',
  description: 'What happened to a contact.',
  valuesConfig: { ASSIGNED: { description: 'An officer was assigned to a stage, reassigned, or the stage left without one.' } },
});

@ObjectType({ description: 'One dated event in the history of a contact.' })
export class TimelineEvent {
  @Field(() => TimelineEventKind)
  kind: TimelineEventKind;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null only where the date was not recorded (older extensions and withdrawals).' })
  date: string | null;

  @Field(() => Stage, { nullable: true, description: 'The stage the event belongs to; null for contacts that are not complaints.' })
  stage: Stage | null;

  @Field(() => ID, { nullable: true, description: 'The escalation, for ESCALATED, PANEL_HELD and ESCALATION_RESPONDED.' })
  escalationId: number | null;

  @Field(() => Outcome, { nullable: true, description: 'For RESPONDED and ESCALATION_RESPONDED.' })
  outcome: Outcome | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The due date the event set: the acknowledgement for RECEIVED, the response for EXTENDED and ESCALATED.' })
  dueDate: string | null;

  @Field({ description: "A line for the case history, e.g. 'Stage 2 requested; response due 2010-03-01 (extended)'." })
  description: string;
}

type TimelineContact = Pick<
  Contact,
  | 'receivedDate'
  | 'acknowledgementDueDate'
  | 'acknowledgementSentDate'
  | 'responseDueDate'
  | 'responseSentDate'
  | 'stage'
  | 'outcome'
  | 'extended'
  | 'extendedDate'
  | 'withdrawnDate'
>;
/** One change of the officer at a stage, with the names of those involved (null: no one). */
export interface TimelineAssignment {
  stage: AssignmentStage;
  date: string;
  officer: string | null;
  previousOfficer: string | null;
  by: string;
}

type TimelineEscalation = Pick<
  Escalation,
  'id' | 'stage' | 'requestedDate' | 'responseDueDate' | 'panelDueDate' | 'panelHeldDate' | 'responseSentDate' | 'extended' | 'outcome'
>;

function event(kind: TimelineEventKind, date: string | null, description: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { kind, date, description, stage: null, escalationId: null, outcome: null, dueDate: null, ...extra };
}

function due(label: string, date: string | null): string {
  return date ? `; ${label} due ${date}` : '';
}

function isResponseOutcome(outcome: string): outcome is ResponseOutcome {
  return (RESPONSE_OUTCOMES as readonly string[]).includes(outcome);
}

function outcomeText(outcome: string): string {
  // Only a response's outcome is worth saying; the others (withdrawn, ongoing…) have their own events.
  return isResponseOutcome(outcome) ? ` (${OUTCOMES[outcome].toLowerCase()})` : '';
}

/** The events in the procedure's order, before sorting by date. */
function eventsInProcedureOrder(contact: TimelineContact, escalations: TimelineEscalation[]): TimelineEvent[] {
  const stage1: Contact['stage'] = contact.stage === null ? null : contact.stage === 'OMBUDSMAN' ? 'OMBUDSMAN' : 'STAGE_1';
  const events = [
    // After an extension only the extended response date is stored; the EXTENDED event shows it.
    event(
      TimelineEventKind.RECEIVED,
      contact.receivedDate,
      `Received${due('acknowledgement', contact.acknowledgementDueDate)}${contact.extended ? '' : due('response', contact.responseDueDate)}`,
      { stage: stage1, dueDate: contact.acknowledgementDueDate },
    ),
  ];
  if (contact.acknowledgementSentDate) {
    events.push(event(TimelineEventKind.ACKNOWLEDGED, contact.acknowledgementSentDate, 'Acknowledged', { stage: stage1 }));
  }
  if (contact.extended) {
    events.push(
      event(TimelineEventKind.EXTENDED, contact.extendedDate, `Response timescale extended${due('response', contact.responseDueDate)}`, {
        stage: stage1,
        dueDate: contact.responseDueDate,
      }),
    );
  }
  const stage1Withdrawn = contact.outcome === 'WITHDRAWN';
  if (contact.responseSentDate) {
    events.push(
      event(TimelineEventKind.RESPONDED, contact.responseSentDate, `Response sent${outcomeText(contact.outcome)}`, {
        stage: stage1,
        outcome: stage1Withdrawn ? null : contact.outcome,
      }),
    );
  }
  let withdrawnStage: Contact['stage'] = stage1;
  for (const e of escalations) {
    const name = STAGES[e.stage as Stage] ?? e.stage;
    const base = { stage: e.stage, escalationId: e.id };
    const panel = e.panelDueDate ? `; panel due ${e.panelDueDate}` : '';
    events.push(
      event(TimelineEventKind.ESCALATED, e.requestedDate, `${name} requested${panel}${due('response', e.responseDueDate)}${e.extended ? ' (extended)' : ''}`, {
        ...base,
        dueDate: e.responseDueDate,
      }),
    );
    if (e.panelHeldDate) events.push(event(TimelineEventKind.PANEL_HELD, e.panelHeldDate, `${name} review panel met`, base));
    if (e.responseSentDate) {
      events.push(
        event(TimelineEventKind.ESCALATION_RESPONDED, e.responseSentDate, `${name} response sent${outcomeText(e.outcome)}`, {
          ...base,
          outcome: e.outcome,
        }),
      );
    }
    if (e.outcome === 'WITHDRAWN') withdrawnStage = e.stage;
  }
  if (contact.withdrawnDate || stage1Withdrawn || escalations.some((e) => e.outcome === 'WITHDRAWN')) {
    events.push(event(TimelineEventKind.WITHDRAWN, contact.withdrawnDate, 'Withdrawn by the complainant', { stage: withdrawnStage, outcome: 'WITHDRAWN' }));
  }
  return events;
}

function assignmentEvent(a: TimelineAssignment, isComplaint: boolean): TimelineEvent {
  const role = assignmentRole(a.stage, isComplaint);
  const change = a.officer
    ? `${role}: ${a.officer}${a.previousOfficer ? ` (reassigned from ${a.previousOfficer})` : ''}`
    : `${role}: no one now${a.previousOfficer ? ` (was ${a.previousOfficer})` : ''}`;
  return event(TimelineEventKind.ASSIGNED, a.date, `${change}; by ${a.by}`, { stage: isComplaint ? a.stage : null });
}

/**
 * Oldest first; an undated event stays just after the event before it in the
 * procedure. Assignments (oldest first) come after the procedure's events of
 * the same day.
 */
export function buildTimeline(contact: TimelineContact, escalations: TimelineEscalation[], assignments: readonly TimelineAssignment[] = []): TimelineEvent[] {
  const events = [...eventsInProcedureOrder(contact, escalations), ...assignments.map((a) => assignmentEvent(a, contact.stage !== null))];
  let previous = contact.receivedDate;
  const keyed = events.map((e, position) => {
    previous = e.date ?? previous;
    return { e, key: previous, position };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.position - b.position));
  return keyed.map((k) => k.e);
}
