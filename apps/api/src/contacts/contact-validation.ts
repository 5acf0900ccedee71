/**
 * Checks a new contact against the reference data and the domain rules, and
 * derives everything that is computed rather than entered: division, primary
 * issue category, month/quarter/financial year, stage and outcome defaults and
 * the statutory due dates from the rule in force on the received date.
 * Pure: the caller supplies the reference catalog and today's date.
 */
import type { FieldProblem } from '../graphql/errors';
import { financialQuarterOf, financialYearOf, monthOf } from '../periods/financial-year';
import { retiredCodeProblems, type ReferenceCatalog } from '../reference/reference-catalog';
import { COMPLAINANT_TYPES, OUTCOMES, STAGES, type ComplainantType, type Outcome, type Stage } from '../reference/reference-data';
import { contactDeadlines, workingDaysBetween } from '../timescales';
import { isIsoDate } from '../timescales/iso-date';
import { canonicalReference, REFERENCE_PATTERN } from '../reference-numbers/canonical-reference';
import { referenceKey, RESERVED_REFERENCE_KEYS, selectRegime } from '@complaints/domain';
import { prepareComplainant, type ComplainantRow } from '../complainants/complainant-details';
import { caseState } from './case-state';
import type { Contact } from './contact.entity';
import type { CreateContactInput } from './contact.inputs';

export const MAX_SUMMARY_LENGTH = 10_000;

/** The procedure the contact follows, chosen by the rules (issue 13); an officer may override it later. */
function regimeColumns(recordType: { code: string; group: string }, area: { code: string; name: string }, receivedDate: string) {
  const decided = selectRegime({ recordType: recordType.code, recordTypeGroup: recordType.group, serviceArea: area.code, serviceAreaName: area.name, receivedDate });
  return { regime: decided.regime, regimeDecided: decided.regime, regimeReason: decided.reason, regimeOverrideReason: null };
}

/** A new contact's row; `reference` and `referenceKey` are null until a reference is generated. */
export type ContactRow = Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'reference' | 'referenceKey'> & {
  reference: string | null;
  referenceKey: string | null;
};

export interface ContactDraft {
  row: ContactRow;
  serviceAreaIds: number[];
  issueIds: number[];
  /** The complainant's details, when given. */
  complainant: ComplainantRow | null;
}

export type PrepareResult = { ok: true; draft: ContactDraft } | { ok: false; problems: FieldProblem[] };

function codes(
  field: string,
  values: string[] | undefined | null,
  known: Map<string, { id: number }>,
  noun: string,
  problems: FieldProblem[],
): number[] {
  if (!values || values.length === 0) {
    problems.push({ field, message: `at least one ${noun} is required` });
    return [];
  }
  const ids: number[] = [];
  const seen = new Set<string>();
  for (const code of values) {
    const row = known.get(code);
    if (!row) problems.push({ field, message: `unknown ${noun} '${code}'` });
    else if (seen.has(code)) problems.push({ field, message: `${noun} '${code}' is named twice` });
    else ids.push(row.id);
    seen.add(code);
  }
  return ids;
}

function date(field: string, value: string | null | undefined, problems: FieldProblem[]): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) {
    problems.push({ field, message: `'${value}' is not a real date in the form YYYY-MM-DD` });
    return null;
  }
  return value;
}

export function prepareContact(input: CreateContactInput, catalog: ReferenceCatalog, today: string): PrepareResult {
  const problems: FieldProblem[] = [];

  const given = input.reference?.trim() || null;
  if (given !== null && !REFERENCE_PATTERN.test(given)) {
    problems.push({ field: 'reference', message: 'use up to 40 letters, digits, /, - or _' });
  }
  const reference = given === null ? null : canonicalReference(given);
  if (reference !== null && RESERVED_REFERENCE_KEYS.includes(referenceKey(reference))) {
    problems.push({ field: 'reference', message: `'${reference}' is the address of a page (/cases/${reference.toLowerCase()}), so it cannot be a reference` });
  }
  const recordType = catalog.recordTypes.byCode.get(input.recordType);
  if (!recordType) problems.push({ field: 'recordType', message: `unknown record type '${input.recordType}'` });
  const channel = catalog.channels.byCode.get(input.channel);
  if (!channel) problems.push({ field: 'channel', message: `unknown channel '${input.channel}'` });

  const serviceAreaIds = codes('serviceAreas', input.serviceAreas, catalog.serviceAreas.byCode, 'service area', problems);
  const issueIds = codes('issues', input.issues, catalog.issues.byCode, 'issue', problems);

  if (!(input.complainantType in COMPLAINANT_TYPES)) {
    problems.push({ field: 'complainantType', message: `unknown complainant type '${input.complainantType}'` });
  }

  const receivedDate = date('receivedDate', input.receivedDate, problems);
  if (receivedDate === null && !problems.some((p) => p.field === 'receivedDate')) {
    problems.push({ field: 'receivedDate', message: 'is required' });
  }
  if (receivedDate && receivedDate > today) {
    problems.push({ field: 'receivedDate', message: `${receivedDate} is in the future` });
  }
  // Retired values stay on older records, but one received on or after the retirement may not use them.
  if (receivedDate) {
    retiredCodeProblems('recordType', [input.recordType], catalog.recordTypes, receivedDate, problems);
    retiredCodeProblems('channel', [input.channel], catalog.channels, receivedDate, problems);
    retiredCodeProblems('serviceAreas', input.serviceAreas ?? [], catalog.serviceAreas, receivedDate, problems);
    retiredCodeProblems('issues', input.issues ?? [], catalog.issues, receivedDate, problems);
  }
  const ackSent = date('acknowledgementSentDate', input.acknowledgementSentDate, problems);
  const responseSent = date('responseSentDate', input.responseSentDate, problems);
  for (const [field, value] of [
    ['acknowledgementSentDate', ackSent],
    ['responseSentDate', responseSent],
  ] as const) {
    if (value && receivedDate && value < receivedDate) {
      problems.push({ field, message: `${value} is before the received date ${receivedDate}` });
    }
    if (value && value > today) problems.push({ field, message: `${value} is in the future` });
  }

  const isComplaint = recordType?.group === 'FORMAL_COMPLAINT';
  let stage: Stage | null = input.stage ?? null;
  if (stage !== null && !(stage in STAGES)) problems.push({ field: 'stage', message: `unknown stage '${stage}'` });
  if (recordType && !isComplaint && stage !== null) {
    problems.push({ field: 'stage', message: `a ${recordType.name} is not a complaint and has no stage` });
  }
  if (isComplaint && stage === null) stage = recordType.code === 'LGO_COMPLAINT' ? 'OMBUDSMAN' : 'STAGE_1';

  let outcome: Outcome = input.outcome ?? (isComplaint && !responseSent ? 'ONGOING' : 'NOT_RECORDED');
  if (!(outcome in OUTCOMES)) {
    problems.push({ field: 'outcome', message: `unknown outcome '${outcome}'` });
    outcome = 'NOT_RECORDED';
  }
  if (outcome === 'ONGOING' && responseSent) {
    problems.push({ field: 'outcome', message: 'cannot be ONGOING once the response has been sent' });
  }
  if (input.summary && input.summary.length > MAX_SUMMARY_LENGTH) {
    problems.push({ field: 'summary', message: `is longer than ${MAX_SUMMARY_LENGTH} characters` });
  }

  const complainant = input.complainant ? prepareComplainant(input.complainant, 'complainant.') : null;
  if (complainant && !complainant.ok) problems.push(...complainant.problems);

  if (problems.length || !recordType || !channel || !receivedDate) return { ok: false, problems };

  const extended = input.extended ?? false;
  const deadlines = contactDeadlines({ recordType: recordType.code as never, stage, receivedDate, extended });
  const primaryArea = catalog.serviceAreas.byId.get(serviceAreaIds[0])!;
  const primaryIssue = catalog.issues.byId.get(issueIds[0])!;
  const state = caseState(
    { id: 0, acknowledgementDueDate: deadlines.acknowledgementDueDate, acknowledgementSentDate: ackSent, responseDueDate: deadlines.responseDueDate, responseSentDate: responseSent, outcome, withdrawnDate: null },
    [],
  );

  return {
    ok: true,
    draft: {
      serviceAreaIds,
      issueIds,
      complainant: complainant?.ok ? complainant.row : null,
      row: {
        reference,
        referenceKey: reference === null ? null : referenceKey(reference),
        status: state.status,
        nextDueDate: state.nextDueDate,
        recordTypeId: recordType.id,
        channelId: channel.id,
        receivedDate,
        receivedMonth: monthOf(receivedDate),
        receivedQuarter: financialQuarterOf(receivedDate),
        receivedFinancialYear: financialYearOf(receivedDate),
        divisionId: primaryArea.divisionId,
        primaryServiceAreaId: primaryArea.id,
        primaryIssueId: primaryIssue.id,
        primaryIssueCategoryId: primaryIssue.categoryId,
        complainantType: input.complainantType as ComplainantType,
        stage,
        outcome,
        acknowledgementDueDate: deadlines.acknowledgementDueDate,
        acknowledgementSentDate: ackSent,
        responseDueDate: deadlines.responseDueDate,
        responseSentDate: responseSent,
        workingDaysToResponse: responseSent ? workingDaysBetween(receivedDate, responseSent) : null,
        extended,
        extendedDate: null,
        withdrawnDate: null,
        prematureOmbudsmanReferral: input.prematureOmbudsmanReferral ?? false,
        deadlineRuleId: deadlines.ruleId,
        summary: input.summary ?? null,
        ...regimeColumns(recordType, primaryArea, receivedDate),
      },
    },
  };
}
