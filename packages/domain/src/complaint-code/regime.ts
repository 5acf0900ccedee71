/**
 * Which complaint procedure applies to a contact: the product decides it from
 * the record type, the service area and the received date, and says why. An
 * officer may override the decision, with a reason (kept beside it).
 *
 * Written in our own words from the Ombudsman's Complaint Handling Code
 * (2024, "Status" and "Scope") and SI 2006/1738: complaints about children's
 * social care keep the Children Act procedure; complaints with no statutory
 * process received on or after 1 April 2026 follow the Code; before that the
 * council's own corporate procedure applied.
 */

/** The procedures a contact can follow. */
export const COMPLAINT_REGIMES = {
  CHILDREN_ACT: 'Children Act statutory procedure',
  COMPLAINT_HANDLING_CODE: "Ombudsman's Complaint Handling Code",
  CORPORATE_PROCEDURE: "Council's corporate complaints procedure",
  SCHOOL: "School's own complaints procedure",
  NONE: 'No complaints procedure',
} as const;
export type ComplaintRegime = keyof typeof COMPLAINT_REGIMES;

export function isComplaintRegime(value: unknown): value is ComplaintRegime {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COMPLAINT_REGIMES, value);
}

/**
 * The first received date the Code applies to. Dated data: the Ombudsman
 * applies the Code in its investigations from this date, and councils adopted it for it.
 */
export const COMPLAINT_HANDLING_CODE_FROM = '2026-04-01';

/** Service areas whose complaints are about children's social care (Children Act 1989 s.26(3)). */
export const CHILDREN_ACT_SERVICE_AREAS: readonly string[] = ['SOCIAL_CARE'];
/** Service areas whose complaints schools handle under their own procedure. */
export const SCHOOL_PROCEDURE_SERVICE_AREAS: readonly string[] = ['SCHOOLS_OWN_PROCEDURE'];

export interface RegimeInput {
  /** Record type code, e.g. CORPORATE_COMPLAINT. */
  recordType: string;
  /** The record type's group (FORMAL_COMPLAINT for complaints); custom record types are judged by it. */
  recordTypeGroup: string;
  /** The primary service area's code. */
  serviceArea: string;
  /** The service area's name, for the reason. */
  serviceAreaName?: string;
  receivedDate: string;
}

export interface RegimeDecision {
  regime: ComplaintRegime;
  reason: string;
}

/** The procedure for a contact and why, in words an officer can check. */
export function selectRegime(input: RegimeInput): RegimeDecision {
  const area = input.serviceAreaName ?? input.serviceArea;
  if (input.recordType === 'LGO_COMPLAINT') {
    return { regime: 'NONE', reason: "A complaint the Ombudsman is investigating: the Ombudsman's own process applies, not a council procedure." };
  }
  if (input.recordTypeGroup !== 'FORMAL_COMPLAINT') {
    return { regime: 'NONE', reason: 'Not a complaint (this record type has no complaints procedure).' };
  }
  if (input.recordType === 'STATUTORY_COMPLAINT') {
    return { regime: 'CHILDREN_ACT', reason: 'Recorded as a statutory complaint: the Children Act 1989 procedure (SI 2006/1738) applies.' };
  }
  if (CHILDREN_ACT_SERVICE_AREAS.includes(input.serviceArea)) {
    return {
      regime: 'CHILDREN_ACT',
      reason: `About children's social care (${area}): the Children Act 1989 procedure (SI 2006/1738) applies, not the Code.`,
    };
  }
  if (input.recordType === 'SCHOOL_COMPLAINT' || SCHOOL_PROCEDURE_SERVICE_AREAS.includes(input.serviceArea)) {
    return { regime: 'SCHOOL', reason: `A complaint about a school (${area}): the school's own complaints procedure applies.` };
  }
  if (input.receivedDate >= COMPLAINT_HANDLING_CODE_FROM) {
    return {
      regime: 'COMPLAINT_HANDLING_CODE',
      reason: `No statutory process applies (${area}) and it was received on or after ${COMPLAINT_HANDLING_CODE_FROM}: the Ombudsman's Complaint Handling Code applies.`,
    };
  }
  return {
    regime: 'CORPORATE_PROCEDURE',
    reason: `No statutory process applies (${area}) and it was received before ${COMPLAINT_HANDLING_CODE_FROM}, when the Code began: the council's corporate procedure applies.`,
  };
}

/** The longest override reason stored. */
export const REGIME_OVERRIDE_REASON_MAX = 1000;

/** Problems with an officer's override, by field; empty when it may be saved. */
export function regimeOverrideProblems(regime: string, reason: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!isComplaintRegime(regime)) problems.push({ field: 'regime', message: `is not a complaint procedure: ${regime}` });
  const trimmed = reason.trim();
  if (!trimmed) problems.push({ field: 'reason', message: 'give the reason for overriding the procedure' });
  else if (trimmed.length > REGIME_OVERRIDE_REASON_MAX) problems.push({ field: 'reason', message: `must be at most ${REGIME_OVERRIDE_REASON_MAX} characters` });
  return problems;
}
