/**
 * Checks a new access-to-records or FOI request and derives its periods and due
 * date from the rule in force on the received date. Pure: the caller supplies
 * the service areas (reference catalog) and today's date.
 */
import { referenceKey } from '@complaints/domain';
import type { FieldProblem } from '../graphql/errors';
import { financialQuarterOf, financialYearOf, monthOf } from '../periods/financial-year';
import { retiredCodeProblems, type ReferenceCatalog } from '../reference/reference-catalog';
import { INFORMATION_REQUEST_KINDS, REQUESTER_TYPES, type InformationRequestKind, type RequesterType } from '../reference/reference-data';
import { informationRequestDeadline } from '../timescales';
import { isIsoDate } from '../timescales/iso-date';
import { canonicalReference, REFERENCE_PATTERN } from '../reference-numbers/canonical-reference';
import { MAX_REASON_LENGTH } from './information-request-lifecycle';
import type { InformationRequest } from './information-request.entity';

export interface NewInformationRequest {
  reference: string;
  kind: InformationRequestKind;
  /** Service area code, e.g. SOCIAL_CARE. */
  serviceArea: string;
  requesterType: RequesterType;
  /** Personal data: who asked. */
  requesterName?: string | null;
  receivedDate: string;
  acknowledgedDate?: string | null;
  completedDate?: string | null;
  extended?: boolean | null;
  extensionReason?: string | null;
  jointWithDirectorate?: string | null;
  summary?: string | null;
}

/** The column's width (information_request.jointWithDirectorate). */
export const MAX_DIRECTORATE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 10_000;
/** The column's width (information_request.requesterName). */
export const MAX_REQUESTER_NAME_LENGTH = 200;

export type InformationRequestRow = Omit<InformationRequest, 'id' | 'createdAt' | 'updatedAt'>;

/** An optional date of a step already taken: real, not before receipt, not in the future. The date, or null when absent or wrong. */
function checkStepDate(problems: FieldProblem[], field: string, date: string | null, receivedDate: string, today: string): string | null {
  if (date === null) return null;
  if (!isIsoDate(date)) problems.push({ field, message: `'${date}' is not a real date in the form YYYY-MM-DD` });
  else if (isIsoDate(receivedDate) && date < receivedDate) problems.push({ field, message: `${date} is before the received date ${receivedDate}` });
  else if (date > today) problems.push({ field, message: `${date} is in the future` });
  else return date;
  return null;
}

export function prepareInformationRequest(
  input: NewInformationRequest,
  catalog: Pick<ReferenceCatalog, 'serviceAreas'>,
  today: string,
): { ok: true; row: InformationRequestRow } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const reference = (input.reference ?? '').trim();
  if (!REFERENCE_PATTERN.test(reference)) {
    problems.push({ field: 'reference', message: 'use up to 40 letters, digits, /, - or _' });
  }
  if (!(input.kind in INFORMATION_REQUEST_KINDS)) problems.push({ field: 'kind', message: `unknown kind '${input.kind}'` });
  const serviceArea = input.serviceArea ? catalog.serviceAreas.byCode.get(input.serviceArea) : undefined;
  if (!input.serviceArea) problems.push({ field: 'serviceArea', message: 'is required' });
  else if (!serviceArea) problems.push({ field: 'serviceArea', message: `unknown service area '${input.serviceArea}'` });
  if (!(input.requesterType in REQUESTER_TYPES)) {
    problems.push({ field: 'requesterType', message: `unknown requester type '${input.requesterType}'` });
  }
  if (!isIsoDate(input.receivedDate)) {
    problems.push({ field: 'receivedDate', message: `'${input.receivedDate}' is not a real date in the form YYYY-MM-DD` });
  } else if (input.receivedDate > today) {
    problems.push({ field: 'receivedDate', message: `${input.receivedDate} is in the future` });
  }
  // A service area retired on or before the received date stays on older requests only.
  if (serviceArea && isIsoDate(input.receivedDate)) retiredCodeProblems('serviceArea', [serviceArea.code], catalog.serviceAreas, input.receivedDate, problems);
  const acknowledged = checkStepDate(problems, 'acknowledgedDate', input.acknowledgedDate ?? null, input.receivedDate, today);
  const completed = checkStepDate(problems, 'completedDate', input.completedDate ?? null, input.receivedDate, today);
  if (acknowledged && completed && completed < acknowledged) {
    problems.push({ field: 'completedDate', message: `${completed} is before the acknowledgement, sent on ${acknowledged}` });
  }
  const requesterName = input.requesterName?.trim() || null;
  if ((requesterName?.length ?? 0) > MAX_REQUESTER_NAME_LENGTH) {
    problems.push({ field: 'requesterName', message: `is longer than ${MAX_REQUESTER_NAME_LENGTH} characters` });
  }
  const extensionReason = input.extensionReason?.trim() || null;
  if ((extensionReason?.length ?? 0) > MAX_REASON_LENGTH) problems.push({ field: 'extensionReason', message: `is longer than ${MAX_REASON_LENGTH} characters` });
  if ((input.jointWithDirectorate?.trim().length ?? 0) > MAX_DIRECTORATE_LENGTH) {
    problems.push({ field: 'jointWithDirectorate', message: `is longer than ${MAX_DIRECTORATE_LENGTH} characters` });
  }
  if (input.summary && input.summary.length > MAX_SUMMARY_LENGTH) {
    problems.push({ field: 'summary', message: `is longer than ${MAX_SUMMARY_LENGTH} characters` });
  }
  if (problems.length || !serviceArea) return { ok: false, problems };

  const extended = input.extended ?? false;
  const { dueDate, ruleId } = informationRequestDeadline({ kind: input.kind, receivedDate: input.receivedDate, extended });
  return {
    ok: true,
    row: {
      reference: canonicalReference(reference),
      referenceKey: referenceKey(reference),
      kind: input.kind,
      serviceAreaId: serviceArea.id,
      requesterType: input.requesterType,
      requesterName,
      receivedDate: input.receivedDate,
      receivedMonth: monthOf(input.receivedDate),
      receivedQuarter: financialQuarterOf(input.receivedDate),
      receivedFinancialYear: financialYearOf(input.receivedDate),
      dueDate,
      acknowledgedDate: acknowledged,
      completedDate: completed,
      extended,
      extensionReason: extended ? extensionReason : null,
      clockPausedOn: null,
      clockPauseReason: null,
      withdrawnDate: null,
      jointWithDirectorate: input.jointWithDirectorate?.trim() || null,
      deadlineRuleId: ruleId,
      summary: input.summary ?? null,
    },
  };
}
