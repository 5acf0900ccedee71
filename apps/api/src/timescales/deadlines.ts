/**
 * Due dates for contacts, escalations and information requests, computed from
 * the rule in force on the received/requested date (see deadline-rules.ts).
 */

import type { InformationRequestKind, RecordTypeCode, Stage } from '../reference/reference-data';
import type { DeadlinePeriod } from './deadline-rule-types';
import { addCalendarDays, addCalendarMonths, parseIsoDate, type IsoDate } from './iso-date';
import { findDeadlineRule } from './rule-lookup';
import { addWorkingDays, onOrNextWorkingDay } from './working-days';

export interface ContactDeadlinesInput {
  recordType: RecordTypeCode;
  /** Accepted for forward compatibility; stage-1 deadlines are the contact's own whatever its stage. */
  stage: Stage | null;
  receivedDate: IsoDate;
  extended: boolean;
  /** When the acknowledgement was sent, if it has been: rules counting from ACKNOWLEDGEMENT_DATE count from it. */
  acknowledgementSentDate?: IsoDate | null;
}

export interface ContactDeadlines {
  acknowledgementDueDate: IsoDate | null;
  responseDueDate: IsoDate | null;
  ruleId: string;
}

export interface EscalationDeadlinesInput {
  stage: 'STAGE_2' | 'STAGE_3';
  requestedDate: IsoDate;
  extended: boolean;
  /** When the stage 3 panel met: its report is then due M working days after the meeting, not after the panel's due date. */
  panelHeldDate?: IsoDate | null;
}

export interface EscalationDeadlines {
  responseDueDate: IsoDate;
  panelDueDate: IsoDate | null;
  panelReportDueDate: IsoDate | null;
  ruleId: string;
}

export interface InformationRequestInput {
  kind: InformationRequestKind;
  receivedDate: IsoDate;
  extended: boolean;
}

function chooseDays(workingDays: number, extendedWorkingDays: number | null, extended: boolean): number {
  return extended && extendedWorkingDays !== null ? extendedWorkingDays : workingDays;
}

export function contactDeadlines(input: ContactDeadlinesInput): ContactDeadlines {
  const { receivedDate } = input;
  parseIsoDate(receivedDate);
  const rule = findDeadlineRule({ kind: 'CONTACT', recordType: input.recordType }, receivedDate);
  const acknowledgementDueDate =
    rule.acknowledgementWorkingDays === null ? null : addWorkingDays(receivedDate, rule.acknowledgementWorkingDays);
  let responseDueDate: IsoDate | null = null;
  if (rule.response) {
    const { workingDays, extendedWorkingDays, countFrom } = rule.response;
    // Validation guarantees an acknowledgement due date exists when the response counts from the acknowledgement.
    if (input.acknowledgementSentDate) parseIsoDate(input.acknowledgementSentDate);
    const start =
      countFrom === 'ACKNOWLEDGEMENT_DATE'
        ? (input.acknowledgementSentDate ?? (acknowledgementDueDate as IsoDate))
        : countFrom === 'ACKNOWLEDGEMENT_DUE_DATE'
          ? (acknowledgementDueDate as IsoDate)
          : receivedDate;
    responseDueDate = addWorkingDays(start, chooseDays(workingDays, extendedWorkingDays, input.extended));
  }
  return { acknowledgementDueDate, responseDueDate, ruleId: rule.id };
}

export function escalationDeadlines(input: EscalationDeadlinesInput): EscalationDeadlines {
  const { requestedDate } = input;
  parseIsoDate(requestedDate);
  const rule = findDeadlineRule({ kind: 'ESCALATION', stage: input.stage }, requestedDate);
  const panelDueDate = rule.panel ? addWorkingDays(requestedDate, rule.panel.withinWorkingDays) : null;
  // "Reports within M working days of meeting": from the meeting once it is known, until then from the day it is due to meet.
  if (input.panelHeldDate) parseIsoDate(input.panelHeldDate);
  const panelReportDueDate =
    rule.panel && panelDueDate ? addWorkingDays(input.panelHeldDate ?? panelDueDate, rule.panel.reportWithinWorkingDays) : null;
  const { workingDays, extendedWorkingDays, countFrom } = rule.response;
  // Validation guarantees a panel when the response counts from its report.
  const start = countFrom === 'PANEL_REPORT_DUE_DATE' ? (panelReportDueDate as IsoDate) : requestedDate;
  const responseDueDate = addWorkingDays(start, chooseDays(workingDays, extendedWorkingDays, input.extended));
  return { responseDueDate, panelDueDate, panelReportDueDate, ruleId: rule.id };
}

/** The end of a period counted from `from` (which never counts itself). */
export function addPeriod(from: IsoDate, period: DeadlinePeriod): IsoDate {
  switch (period.unit) {
    case 'WORKING_DAYS':
      return addWorkingDays(from, period.count);
    case 'CALENDAR_DAYS':
      return addCalendarDays(from, period.count);
    case 'CALENDAR_MONTHS':
      return addCalendarMonths(from, period.count);
  }
}

/** The due date and the rule used; informationRequestDueDate is the date alone. */
export function informationRequestDeadline(input: InformationRequestInput): { dueDate: IsoDate; ruleId: string } {
  const { receivedDate } = input;
  parseIsoDate(receivedDate);
  const rule = findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: input.kind }, receivedDate);
  const period = input.extended && rule.extendedPeriod ? rule.extendedPeriod : rule.period;
  const end = addPeriod(receivedDate, period);
  return { dueDate: rule.rollForwardToWorkingDay ? onOrNextWorkingDay(end) : end, ruleId: rule.id };
}

export function informationRequestDueDate(input: InformationRequestInput): IsoDate {
  return informationRequestDeadline(input).dueDate;
}
