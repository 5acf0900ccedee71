/**
 * Anonymising records whose retention period has run: their personal data is
 * removed and everything the figures count is kept, so every trend and annual
 * report reads the same afterwards.
 *
 * Removed: the complainant's details (the row), an information request's
 * requester's name, and free text that may name people (a contact's or
 * request's summary, feedback comments, the learning note, an extension
 * reason, the notes in a request's history), replaced by "[anonymised <date>]"
 * so that what was there is still seen to have been there. Kept: the
 * reference, record type or kind, dates, channel, service areas, issues,
 * complainant or requester type, stages, outcomes, timescales and who
 * handled it (officers are staff, not the complainant).
 *
 * Only records due for deletion today may be anonymised: closed, past their
 * retention period and not already anonymised. Everything is checked first,
 * then written in one transaction, a batch of records per statement; each
 * record gets an entry in the administrative audit log (its reference and
 * dates, never what was removed).
 */
import { anonymisedText, isDueForDeletion, retentionDueDate, todayIso } from '@complaints/domain';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { recordAdminChange, type AuditActor } from '../admin-audit/admin-audit.service';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { Complainant } from '../complainants/complainant.entity';
import { Contact } from '../contacts/contact.entity';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { inTransaction } from '../db/transaction';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { InformationRequestEvent } from '../information-requests/information-request-event.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { AnonymisedRecord } from './anonymised-record.entity';
import { closedRecordsAmong, type ClosedRecord } from './closed-records';
import { RetentionRecordKind } from './retention.enums';

export const ANONYMISE_LIMITS = {
  /** Records one request may anonymise: a few pages of the report. */
  maxRecords: 1_000,
  /** Records per statement. */
  batch: 200,
} as const;

/** A record's id in the report and in anonymiseRecords: its kind and its number, e.g. 'CONTACT:751'. */
export function recordIdOf(recordKind: RetentionRecordKind, id: number): string {
  return `${recordKind}:${id}`;
}

export function parseRecordId(value: string): { recordKind: RetentionRecordKind; id: number } | null {
  const match = /^(CONTACT|INFORMATION_REQUEST):([1-9]\d{0,15})$/.exec(value);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { recordKind: match[1] as RetentionRecordKind, id } : null;
}

export interface AnonymisedRecords {
  anonymisedOn: string;
  references: string[];
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ANONYMISE_LIMITS.batch) out.push(items.slice(i, i + ANONYMISE_LIMITS.batch));
  return out;
}

/** The ids given, parsed and without repeats; each problem names `ids` or `confirm`. */
function checkRequest(ids: readonly string[], confirm: boolean): { contactIds: number[]; requestIds: number[] } {
  const problems: FieldProblem[] = [];
  if (confirm !== true) problems.push({ field: 'confirm', message: 'must be true: anonymising removes personal data for good' });
  if (!ids.length) problems.push({ field: 'ids', message: 'name at least one record' });
  if (ids.length > ANONYMISE_LIMITS.maxRecords) problems.push({ field: 'ids', message: `name at most ${ANONYMISE_LIMITS.maxRecords} records at a time` });
  const contactIds = new Set<number>();
  const requestIds = new Set<number>();
  for (const value of ids) {
    const parsed = parseRecordId(value);
    if (!parsed) problems.push({ field: 'ids', message: `'${String(value).slice(0, 40)}' is not a record id from the report (e.g. CONTACT:751)` });
    else (parsed.recordKind === RetentionRecordKind.CONTACT ? contactIds : requestIds).add(parsed.id);
  }
  if (problems.length) throw badUserInput('anonymisation', problems);
  return { contactIds: [...contactIds], requestIds: [...requestIds] };
}

/** Why each record asked for may not be anonymised today: unknown, open, already done or not yet due. */
async function refusals(manager: EntityManager, contactIds: number[], requestIds: number[], closed: ClosedRecord[], today: string): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const closedByKey = new Map(closed.map((r) => [recordIdOf(r.recordKind, r.id), r]));
  const [contacts, requests, done] = await Promise.all([
    contactIds.length ? manager.find(Contact, { select: { id: true, reference: true }, where: { id: In(contactIds) } }) : [],
    requestIds.length ? manager.find(InformationRequest, { select: { id: true, reference: true }, where: { id: In(requestIds) } }) : [],
    manager.find(AnonymisedRecord, {
      where: [
        ...(contactIds.length ? [{ recordKind: RetentionRecordKind.CONTACT, recordId: In(contactIds) }] : []),
        ...(requestIds.length ? [{ recordKind: RetentionRecordKind.INFORMATION_REQUEST, recordId: In(requestIds) }] : []),
      ],
    }),
  ]);
  const doneOn = new Map(done.map((d) => [recordIdOf(d.recordKind, d.recordId), d.anonymisedOn]));
  const found = [
    ...contacts.map((c) => ({ key: recordIdOf(RetentionRecordKind.CONTACT, c.id), reference: c.reference })),
    ...requests.map((r) => ({ key: recordIdOf(RetentionRecordKind.INFORMATION_REQUEST, r.id), reference: r.reference })),
  ];
  const foundKeys = new Set(found.map((f) => f.key));
  for (const key of [...contactIds.map((id) => recordIdOf(RetentionRecordKind.CONTACT, id)), ...requestIds.map((id) => recordIdOf(RetentionRecordKind.INFORMATION_REQUEST, id))]) {
    if (!foundKeys.has(key)) problems.push({ field: 'ids', message: `there is no record ${key}` });
  }
  for (const { key, reference } of found) {
    const record = closedByKey.get(key);
    if (doneOn.has(key)) problems.push({ field: 'ids', message: `${reference} was already anonymised on ${doneOn.get(key)}` });
    else if (!record) problems.push({ field: 'ids', message: `${reference} is still open: its retention period starts when it closes` });
    else if (!isDueForDeletion(record.closedOn, record.years, today)) {
      problems.push({ field: 'ids', message: `${reference} is kept until ${retentionDueDate(record.closedOn, record.years)} (closed ${record.closedOn}, kept ${record.years} years)` });
    }
  }
  return problems;
}

async function anonymiseContacts(manager: EntityManager, ids: number[], text: string): Promise<void> {
  for (const batch of batches(ids)) {
    await manager.delete(Complainant, { contactId: In(batch) });
    await manager.update(Contact, { id: In(batch), summary: Not(IsNull()) }, { summary: text });
    await manager.update(FeedbackForm, { contactId: In(batch), comments: Not(IsNull()) }, { comments: text });
    await manager.update(ContactLearningOutcome, { contactId: In(batch), note: Not(IsNull()) }, { note: text });
  }
}

async function anonymiseRequests(manager: EntityManager, ids: number[], text: string): Promise<void> {
  for (const batch of batches(ids)) {
    await manager.update(InformationRequest, { id: In(batch), requesterName: Not(IsNull()) }, { requesterName: null });
    await manager.update(InformationRequest, { id: In(batch), summary: Not(IsNull()) }, { summary: text });
    await manager.update(InformationRequest, { id: In(batch), extensionReason: Not(IsNull()) }, { extensionReason: text });
    await manager.update(InformationRequestEvent, { informationRequestId: In(batch), note: Not(IsNull()) }, { note: text });
  }
}

export function anonymiseRecords(
  dataSource: DataSource,
  ids: readonly string[],
  confirm: boolean,
  actor: AuditActor,
  today: string = todayIso(),
): Promise<AnonymisedRecords> {
  const { contactIds, requestIds } = checkRequest(ids, confirm);
  return inTransaction(dataSource, async (manager) => {
    const closed = await closedRecordsAmong(manager, contactIds, requestIds);
    const problems = await refusals(manager, contactIds, requestIds, closed, today);
    if (problems.length) throw badUserInput('anonymisation', problems);

    const text = anonymisedText(today);
    await anonymiseContacts(manager, contactIds, text);
    await anonymiseRequests(manager, requestIds, text);
    for (const batch of batches(closed)) {
      await manager.insert(AnonymisedRecord, batch.map((r) => ({ recordKind: r.recordKind, recordId: r.id, anonymisedOn: today })));
    }
    for (const record of closed) {
      await recordAdminChange(manager, {
        actor,
        action: AdminAction.RECORD_ANONYMISED,
        targetType: record.recordKind === RetentionRecordKind.CONTACT ? AuditTargetType.CONTACT : AuditTargetType.INFORMATION_REQUEST,
        targetKey: record.reference,
        targetLabel: record.reference,
        after: { closedOn: record.closedOn, retentionYears: record.years, anonymisedOn: today },
      });
    }
    return { anonymisedOn: today, references: closed.map((r) => r.reference).sort() };
  });
}
