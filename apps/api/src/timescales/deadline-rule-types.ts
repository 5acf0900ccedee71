/**
 * The shape of a deadline rule. The rules themselves are data, in
 * deadline-rules.ts, so a council can read and change them without touching
 * the arithmetic.
 */

import type { ClockPauseReason } from '@complaints/domain';
import type { InformationRequestKind, RecordTypeCode } from '../reference/reference-data';
import type { IsoDate } from './iso-date';

export type DeadlinePeriod =
  | { unit: 'WORKING_DAYS'; count: number }
  | { unit: 'CALENDAR_DAYS'; count: number }
  /** Same day of the month, clamped to the end of a shorter month. */
  | { unit: 'CALENDAR_MONTHS'; count: number };

interface DeadlineRuleBase {
  /** Stable identifier, stored against deadlines so the API can show which rule applied. */
  id: string;
  description: string;
  /** Legal citation, or 'Local policy: ...' where the timescale is the council's own. */
  source: string;
  /** The rule is used for dates on or after this (until a later rule for the same target). */
  appliesFrom: IsoDate;
}

/** Stage 1 deadlines of a contact, counted from its received date. */
export interface ContactDeadlineRule extends DeadlineRuleBase {
  kind: 'CONTACT';
  recordTypes: readonly RecordTypeCode[];
  /** Working days after receipt; null when no acknowledgement is due. */
  acknowledgementWorkingDays: number | null;
  /** null when no response is due. */
  response: {
    workingDays: number;
    /** Used instead of workingDays when the contact is extended; null = cannot be extended (the flag is ignored). */
    extendedWorkingDays: number | null;
    /**
     * ACKNOWLEDGEMENT_DATE: from the day the acknowledgement was sent once it is
     * recorded (earlier or later than due), from its due date until then.
     */
    countFrom: 'RECEIVED_DATE' | 'ACKNOWLEDGEMENT_DUE_DATE' | 'ACKNOWLEDGEMENT_DATE';
  } | null;
}

/** Stage 2 and 3 of the Children Act procedure, counted from the date the escalation was requested. */
export interface EscalationDeadlineRule extends DeadlineRuleBase {
  kind: 'ESCALATION';
  stage: 'STAGE_2' | 'STAGE_3';
  /** Stage 3 review panel: meets within N working days of the request, reports within M working days of meeting. */
  panel: { withinWorkingDays: number; reportWithinWorkingDays: number } | null;
  response: {
    workingDays: number;
    extendedWorkingDays: number | null;
    countFrom: 'REQUESTED_DATE' | 'PANEL_REPORT_DUE_DATE';
  };
}

/** Freedom of Information and access to records (subject access) requests, counted from receipt. */
export interface InformationRequestDeadlineRule extends DeadlineRuleBase {
  kind: 'INFORMATION_REQUEST';
  requestKind: InformationRequestKind;
  period: DeadlinePeriod;
  /** The whole period from receipt when extended; null = cannot be extended (the flag is ignored). */
  extendedPeriod: DeadlinePeriod | null;
  /** A deadline falling on a non-working day moves to the next working day. */
  rollForwardToWorkingDay: boolean;
  /**
   * What pausing the clock for each reason does (request-clock.ts); a reason
   * left out cannot pause it. RESTART: the whole period runs again from the
   * day the clock resumes. SUSPEND: the days from the pause to the resumption,
   * both included, do not count, so the due date moves on by them.
   */
  pauses: Readonly<Partial<Record<ClockPauseReason, ClockPauseEffect>>>;
}

export type ClockPauseEffect = 'RESTART' | 'SUSPEND';

export type DeadlineRule = ContactDeadlineRule | EscalationDeadlineRule | InformationRequestDeadlineRule;

/** What a rule is looked up for. */
export type DeadlineRuleTarget =
  | { kind: 'CONTACT'; recordType: RecordTypeCode }
  | { kind: 'ESCALATION'; stage: 'STAGE_2' | 'STAGE_3' }
  | { kind: 'INFORMATION_REQUEST'; requestKind: InformationRequestKind };

export type DeadlineRuleFor<T extends DeadlineRuleTarget> = Extract<DeadlineRule, { kind: T['kind'] }>;
