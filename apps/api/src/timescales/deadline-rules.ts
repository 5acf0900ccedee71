/**
 * The deadline rules this council works to. Edit here to change a timescale.
 *
 * How a rule is chosen: for a record type (or escalation stage, or request
 * kind), the rule used is the one with the latest `appliesFrom` on or before
 * the received/requested date; dates before the earliest rule use the earliest.
 * To change a timescale from a date, ADD a rule with a new id and
 * `appliesFrom` rather than editing the old one, so past deadlines stay as
 * they were.
 *
 * Working days exclude weekends, Christmas Day, Good Friday and England and
 * Wales bank holidays (SI 2006/1738 reg 2); the day of receipt never counts.
 * The rules are checked when the module loads (rule-lookup.ts), so a typo
 * stops the API starting rather than producing wrong dates.
 */

import type { DeadlineRule } from './deadline-rule-types';

/** This council's acknowledgement timescale ("the statutory three days" in its 2009/10 report; other councils use 5). */
export const LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS = 3;

const LOCAL_ACKNOWLEDGEMENT_SOURCE = 'Local policy: acknowledge within 3 working days (2009/10 annual report)';

/** When SI 2006/1738 came into force; also used as the start of the local policies, which predate this system. */
const CHILDREN_ACT_PROCEDURE_START = '2006-09-01';

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  // ---- Contacts (stage 1) -------------------------------------------------
  {
    id: 'statutory-complaint-stage-1-2006',
    kind: 'CONTACT',
    recordTypes: ['STATUTORY_COMPLAINT'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      'Children Act statutory complaint, stage 1: respond within 10 working days, or 20 when extended. ' +
      'Acknowledge within 3 working days (local policy).',
    source: 'SI 2006/1738 regulation 14',
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: { workingDays: 10, extendedWorkingDays: 20, countFrom: 'RECEIVED_DATE' },
  },
  {
    id: 'corporate-complaint-local-procedure',
    kind: 'CONTACT',
    recordTypes: ['CORPORATE_COMPLAINT'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      "Corporate complaint under the council's own procedure: acknowledge within 3 working days, " +
      'respond within 10 working days, or 20 when extended.',
    source: "Local policy: the council's corporate complaints procedure",
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: { workingDays: 10, extendedWorkingDays: 20, countFrom: 'RECEIVED_DATE' },
  },
  {
    id: 'corporate-complaint-lgsco-code-2026',
    kind: 'CONTACT',
    recordTypes: ['CORPORATE_COMPLAINT'],
    appliesFrom: '2026-04-01',
    description:
      "Corporate complaint under the Ombudsman's Complaint Handling Code, stage 1: acknowledge within 5 working days; " +
      'respond within 10 working days of the date it was acknowledged (of the acknowledgement due date until then), ' +
      'or 20 when extended (§6.2–6.5).',
    source: 'Local Government and Social Care Ombudsman, Complaint Handling Code, section 6',
    acknowledgementWorkingDays: 5,
    response: { workingDays: 10, extendedWorkingDays: 20, countFrom: 'ACKNOWLEDGEMENT_DATE' },
  },
  {
    id: 'lgo-complaint-local-default',
    kind: 'CONTACT',
    recordTypes: ['LGO_COMPLAINT'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      "Complaint from the Ombudsman's office: acknowledge within 3 working days; reply to the Ombudsman's enquiries " +
      'within 20 working days. This is a local default: the Ombudsman sets the actual date in each enquiry, ' +
      'which overrides it.',
    source: "Local policy: default for replying to the Ombudsman's enquiries",
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: { workingDays: 20, extendedWorkingDays: null, countFrom: 'RECEIVED_DATE' },
  },
  {
    id: 'enquiry-local-policy',
    kind: 'CONTACT',
    recordTypes: ['MP_CLLR_ENQUIRY', 'CORRESPONDENCE_ENQUIRY'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description: 'MP/councillor enquiry or correspondence: acknowledge within 3 working days, respond within 10.',
    source: 'Local policy: enquiries and correspondence',
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: { workingDays: 10, extendedWorkingDays: null, countFrom: 'RECEIVED_DATE' },
  },
  {
    id: 'school-complaint-acknowledgement',
    kind: 'CONTACT',
    recordTypes: ['SCHOOL_COMPLAINT'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      "School complaint: acknowledge within 3 working days; the response follows the school's own procedure, " +
      'so no response date is set here.',
    source: LOCAL_ACKNOWLEDGEMENT_SOURCE,
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: null,
  },
  {
    id: 'comment-acknowledgement',
    kind: 'CONTACT',
    recordTypes: ['COMMENT'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description: 'Comment: acknowledge within 3 working days; no response is due.',
    source: LOCAL_ACKNOWLEDGEMENT_SOURCE,
    acknowledgementWorkingDays: LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS,
    response: null,
  },
  {
    id: 'representation-next-working-day',
    kind: 'CONTACT',
    recordTypes: ['REPRESENTATION'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      'Representation: resolved within 24 hours, i.e. by the next working day; the resolution is the reply, ' +
      'so no separate acknowledgement is due.',
    source: 'Local policy: representations resolved within 24 hours',
    acknowledgementWorkingDays: null,
    response: { workingDays: 1, extendedWorkingDays: null, countFrom: 'RECEIVED_DATE' },
  },
  {
    id: 'no-deadline',
    kind: 'CONTACT',
    recordTypes: ['COMPLIMENT', 'REFERRAL'],
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description: 'Compliment or referral: no acknowledgement or response is due.',
    source: 'Local policy: no timescale',
    acknowledgementWorkingDays: null,
    response: null,
  },

  // ---- Children Act escalations -------------------------------------------
  {
    id: 'children-act-stage-2-2006',
    kind: 'ESCALATION',
    stage: 'STAGE_2',
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description: 'Stage 2 investigation: respond within 25 working days of the request, or 65 when extended.',
    source: 'SI 2006/1738 regulation 17',
    panel: null,
    response: { workingDays: 25, extendedWorkingDays: 65, countFrom: 'REQUESTED_DATE' },
  },
  {
    id: 'children-act-stage-3-2006',
    kind: 'ESCALATION',
    stage: 'STAGE_3',
    appliesFrom: CHILDREN_ACT_PROCEDURE_START,
    description:
      'Stage 3 review panel: panel meets within 30 working days of the request, reports within 5 working days ' +
      "of meeting; the council responds within 15 working days of the report. No extension.",
    source: 'SI 2006/1738 regulations 19(4) and 20',
    panel: { withinWorkingDays: 30, reportWithinWorkingDays: 5 },
    response: { workingDays: 15, extendedWorkingDays: null, countFrom: 'PANEL_REPORT_DUE_DATE' },
  },

  // ---- Information requests -----------------------------------------------
  {
    id: 'foi-2005',
    kind: 'INFORMATION_REQUEST',
    requestKind: 'FREEDOM_OF_INFORMATION',
    appliesFrom: '2005-01-01',
    description:
      'Freedom of Information request: respond within 20 working days of receipt; 40 when extended to consider ' +
      'the public interest (the ICO expects no more than 20 extra working days).',
    source: 'Freedom of Information Act 2000, section 10',
    period: { unit: 'WORKING_DAYS', count: 20 },
    extendedPeriod: { unit: 'WORKING_DAYS', count: 40 },
    rollForwardToWorkingDay: false,
    // s1(3): no duty to comply until the clarification asked for arrives, so the 20 days start again;
    // s10(2): the working days from the fees notice to the fee's arrival are disregarded. The Act is
    // applicant-blind: no proof of identity may be required.
    pauses: { AWAITING_CLARIFICATION: 'RESTART', AWAITING_FEE: 'SUSPEND' },
  },
  {
    id: 'access-to-records-dpa-1998',
    kind: 'INFORMATION_REQUEST',
    requestKind: 'ACCESS_TO_RECORDS',
    appliesFrom: '2000-03-01',
    description: 'Subject access request under the Data Protection Act 1998: respond within 40 calendar days; no extension.',
    source: 'Data Protection Act 1998 section 7',
    period: { unit: 'CALENDAR_DAYS', count: 40 },
    extendedPeriod: null,
    rollForwardToWorkingDay: false,
    // s7(10): the 40 days run from the day the controller has the request, the fee and what it
    // reasonably needs to confirm identity and locate the information.
    pauses: { AWAITING_ID: 'RESTART', AWAITING_CLARIFICATION: 'RESTART', AWAITING_FEE: 'RESTART' },
  },
  {
    id: 'access-to-records-uk-gdpr-2018',
    kind: 'INFORMATION_REQUEST',
    requestKind: 'ACCESS_TO_RECORDS',
    appliesFrom: '2018-05-25',
    description:
      'Subject access request under (UK) GDPR: respond within one calendar month of receipt, or three months when ' +
      'extended for complex or numerous requests. A date with no match in the shorter month is its last day; ' +
      'a deadline on a weekend or bank holiday moves to the next working day (ICO guidance).',
    source: 'UK GDPR article 12(3)',
    period: { unit: 'CALENDAR_MONTHS', count: 1 },
    extendedPeriod: { unit: 'CALENDAR_MONTHS', count: 3 },
    rollForwardToWorkingDay: true,
    // ICO: the month starts when proof of identity (or a fee, where one may be charged) arrives;
    // while clarification is awaited the clock stops, and the days until it arrives do not count.
    pauses: { AWAITING_ID: 'RESTART', AWAITING_FEE: 'RESTART', AWAITING_CLARIFICATION: 'SUSPEND' },
  },
];
