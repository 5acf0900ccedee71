/**
 * Completing and extending a recorded request. Pure: each returns the columns
 * to change, or every problem, naming the field at fault.
 */
import type { FieldProblem } from '../graphql/errors';
import { findDeadlineRule, informationRequestDeadline } from '../timescales';
import { isIsoDate } from '../timescales/iso-date';
import type { InformationRequest } from './information-request.entity';

type RequestState = Pick<InformationRequest, 'kind' | 'receivedDate' | 'dueDate' | 'completedDate' | 'extended'>;

export type RequestDecision<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const KIND_NAME = { ACCESS_TO_RECORDS: 'access-to-records request', FREEDOM_OF_INFORMATION: 'Freedom of Information request' } as const;

export function completeRequest(request: RequestState, completedDate: string, today: string): RequestDecision<Pick<InformationRequest, 'completedDate'>> {
  const problems: FieldProblem[] = [];
  if (request.completedDate) problems.push({ field: 'id', message: `was already completed on ${request.completedDate}` });
  if (!isIsoDate(completedDate)) problems.push({ field: 'completedDate', message: `'${completedDate}' is not a real date in the form YYYY-MM-DD` });
  else if (completedDate < request.receivedDate) {
    problems.push({ field: 'completedDate', message: `${completedDate} is before the received date ${request.receivedDate}` });
  } else if (completedDate > today) problems.push({ field: 'completedDate', message: `${completedDate} is in the future` });
  return problems.length ? { ok: false, problems } : { ok: true, value: { completedDate } };
}

/**
 * Extends the deadline where the rule in force on the received date allows it
 * (FOI public interest: 40 working days; UK GDPR: three months; DPA 1998: none).
 * The requester must be told within the original period, so not after the due date.
 */
export function extendRequest(request: RequestState, today: string): RequestDecision<Pick<InformationRequest, 'extended' | 'dueDate' | 'deadlineRuleId'>> {
  const problems: FieldProblem[] = [];
  const rule = findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: request.kind }, request.receivedDate);
  if (!rule.extendedPeriod) {
    problems.push({ field: 'id', message: `a ${KIND_NAME[request.kind]} received on ${request.receivedDate} cannot be extended (rule '${rule.id}')` });
  }
  if (request.extended) problems.push({ field: 'id', message: 'is already extended' });
  if (request.completedDate) problems.push({ field: 'id', message: `was already completed on ${request.completedDate}` });
  else if (today > request.dueDate) problems.push({ field: 'id', message: `was due on ${request.dueDate}; an extension must be made by then` });
  if (problems.length) return { ok: false, problems };
  const { dueDate, ruleId } = informationRequestDeadline({ kind: request.kind, receivedDate: request.receivedDate, extended: true });
  return { ok: true, value: { extended: true, dueDate, deadlineRuleId: ruleId } };
}
