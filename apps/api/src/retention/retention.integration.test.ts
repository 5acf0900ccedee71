/**
 * Retention over GraphQL as an administrator, on hand-made records: periods per
 * record type and request kind (defaults, changes audited, bad input refused),
 * the report of records due for deletion (closure dates, 29 February, paging),
 * and anonymising: refused whole when any record may not be, otherwise the
 * personal data goes, the record stays, and each one is in the audit log.
 */
import { AdminAuditEntry } from '../admin-audit/admin-audit-entry.entity';
import { Role } from '../auth/role';
import { Complainant } from '../complainants/complainant.entity';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { ContactService } from '../contacts/contact.service';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { InformationRequestEvent } from '../information-requests/information-request-event.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { InformationRequestService } from '../information-requests/information-request.service';
import type { CreateContactInput } from '../contacts/contact.inputs';
import { todayIso } from '../periods/today';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { AnonymisedRecord } from './anonymised-record.entity';

let db: TestDatabase;
let api: TestServer;
const ids: Record<string, string> = {};

const PERIODS = '{ retentionPeriods { id recordKind code name years defaultYears basis } }';
const SET = 'mutation($i: SetRetentionPeriodInput!) { setRetentionPeriod(input: $i) { id years } }';
const DUE = `query($asOf: LocalDate, $page: PageInput) { recordsDueForDeletion(asOf: $asOf, page: $page) {
  asOf totalCount records { id recordKind reference typeCode typeName closedOn retentionYears dueOn } pageInfo { hasNextPage endCursor } } }`;
const ANONYMISE = 'mutation($ids: [ID!]!, $confirm: Boolean!) { anonymiseRecords(ids: $ids, confirm: $confirm) { anonymisedOn count references } }';

function contact(reference: string, input: Partial<CreateContactInput>): CreateContactInput {
  return {
    reference,
    recordType: 'COMPLIMENT',
    channel: 'EMAIL',
    receivedDate: '2016-02-29',
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER',
    ...input,
  };
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ADMIN);
  const contacts = new ContactService(db.dataSource);
  const lifecycle = new ContactLifecycleService(db.dataSource);

  // Closed on a leap day: six years on, due 1 March 2022.
  const leap = await contacts.create(contact('RET-LEAP', { summary: 'Thanks to the team from Ms Zephyrine' }));
  ids.leap = `CONTACT:${leap.id}`;
  // Answered at Stage 1, then at Stage 2 on 2014-03-10: closed then, not at the first response.
  const complaint = await contacts.create(
    contact('RET-COMPLAINT', {
      recordType: 'STATUTORY_COMPLAINT',
      receivedDate: '2014-01-06',
      acknowledgementSentDate: '2014-01-07',
      summary: 'Ms Quilla Zephyrine says her son was not visited',
      complainant: { givenName: 'Quilla', familyName: 'Zephyrine', email: 'quilla.zephyrine@example.com', address: '9 Quince Row' },
    }),
  );
  ids.complaint = `CONTACT:${complaint.id}`;
  await lifecycle.recordResponse(String(complaint.id), '2014-01-20', 'NOT_UPHELD');
  await lifecycle.escalate(String(complaint.id), 'STAGE_2', '2014-02-01', false);
  const stage2 = await db.dataSource.getRepository(Escalation).findOneByOrFail({ contactId: complaint.id });
  await lifecycle.recordEscalationResponse(String(stage2.id), '2014-03-10', 'PARTIALLY_UPHELD');
  await db.dataSource.getRepository(FeedbackForm).insert({ contactId: complaint.id, sentDate: '2014-03-11', returnedDate: '2014-03-20', comments: 'Mrs Zephyrine: slow but fair' });
  await db.dataSource.getRepository(ContactLearningOutcome).insert({
    contactId: complaint.id,
    kind: 'NONE',
    learningActionId: null,
    note: 'Spoke to Quilla Zephyrine; nothing new',
    recordedByName: 'An Officer',
    recordedByEmail: 'officer@test.example',
    recordedAt: new Date('2014-03-10T12:00:00Z'),
  });
  // Never answered: open, so never due however old.
  const open = await contacts.create(contact('RET-OPEN', { recordType: 'STATUTORY_COMPLAINT', receivedDate: '2010-01-04', complainant: { familyName: 'Openshaw' } }));
  ids.open = `CONTACT:${open.id}`;
  // Received today: closed, but kept six more years.
  const recent = await contacts.create(contact('RET-RECENT', { receivedDate: todayIso() }));
  ids.recent = `CONTACT:${recent.id}`;

  // An FOI request answered on 2018-01-25 (kept three years) and an access request answered on 2019-06-30 (two years), extended first.
  const foi = await new InformationRequestService(db.dataSource).record({
    reference: 'RET-FOI',
    kind: 'FREEDOM_OF_INFORMATION',
    serviceArea: 'SOCIAL_CARE',
    requesterType: 'MEDIA',
    requesterName: 'Zephyrine Gazette',
    receivedDate: '2018-01-02',
    completedDate: '2018-01-25',
    summary: 'Costs of agency social workers',
  });
  ids.foi = `INFORMATION_REQUEST:${foi.id}`;
  const requests = new InformationRequestService(db.dataSource, () => '2019-05-20');
  const atr = await requests.record({
    reference: 'RET-ATR',
    kind: 'ACCESS_TO_RECORDS',
    serviceArea: 'SOCIAL_CARE',
    requesterType: 'INDIVIDUAL',
    requesterName: 'Quilla Zephyrine',
    receivedDate: '2019-05-01',
    summary: 'Her own file from 1990 to 1995',
  });
  ids.atr = `INFORMATION_REQUEST:${atr.id}`;
  await requests.extend(String(atr.id), 'Ms Zephyrine asked for the adoption papers too', 'An Officer');
  await new InformationRequestService(db.dataSource, () => '2019-06-10').complete(String(atr.id), '2019-06-10', 'An Officer');
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

async function due(asOf: string, page?: { first?: number; after?: string | null }) {
  const { data, errors } = await api.graphql(DUE, { asOf, page });
  expect(errors).toBeUndefined();
  return data.recordsDueForDeletion;
}

describe(`retention (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('keeps every record type six years by default, FOI requests three and access requests two, each with its reason', async () => {
    const { data, errors } = await api.graphql(PERIODS);
    expect(errors).toBeUndefined();
    const periods = data.retentionPeriods;
    expect(periods.filter((p: any) => p.recordKind === 'CONTACT')).toHaveLength(10);
    for (const p of periods.filter((p: any) => p.recordKind === 'CONTACT')) expect(p).toMatchObject({ years: 6, defaultYears: 6 });
    expect(periods.filter((p: any) => p.recordKind === 'INFORMATION_REQUEST').map((p: any) => [p.id, p.name, p.years])).toEqual([
      ['INFORMATION_REQUEST:ACCESS_TO_RECORDS', 'Access to records request', 2],
      ['INFORMATION_REQUEST:FREEDOM_OF_INFORMATION', 'Freedom of Information request', 3],
    ]);
    for (const p of periods) expect(p.basis).toMatch(/after/);
  });

  it('lists closed records past their period, the longest closed first, with closure and due dates', async () => {
    const before = await due('2022-02-28');
    expect(before.records.map((r: any) => [r.reference, r.typeName, r.closedOn, r.retentionYears, r.dueOn])).toEqual([
      ['RET-COMPLAINT', 'Statutory complaint', '2014-03-10', 6, '2020-03-10'],
      ['RET-FOI', 'Freedom of Information request', '2018-01-25', 3, '2021-01-25'],
      ['RET-ATR', 'Access to records request', '2019-06-10', 2, '2021-06-10'],
    ]);
    expect(before.totalCount).toBe(3);
    // Closed on 29 February 2016: due on 1 March 2022, there being no 29 February.
    const after = await due('2022-03-01');
    expect(after.records.map((r: any) => r.reference)).toEqual(['RET-COMPLAINT', 'RET-LEAP', 'RET-FOI', 'RET-ATR']);
    expect(after.records[1]).toMatchObject({ id: ids.leap, recordKind: 'CONTACT', typeCode: 'COMPLIMENT', closedOn: '2016-02-29', dueOn: '2022-03-01' });
    expect(after.records[3]).toMatchObject({ id: ids.atr, recordKind: 'INFORMATION_REQUEST', typeCode: 'ACCESS_TO_RECORDS' });
    expect((await due('2020-03-09')).totalCount).toBe(0);
  });

  it('pages by cursor without repeating or missing a record, and refuses a cursor it did not make', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await due('2030-01-01', { first: 2, after });
      expect(result.totalCount).toBe(4);
      seen.push(...result.records.map((r: any) => r.reference));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    // RET-RECENT, received today, is kept beyond 2030.
    expect(seen).toEqual(['RET-COMPLAINT', 'RET-LEAP', 'RET-FOI', 'RET-ATR']);
    const { errors } = await api.graphql(DUE, { asOf: '2030-01-01', page: { first: 2, after: 'bm90IGEgY3Vyc29y' } });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.after' });
  });

  it('changes a period, audited, and the report follows it; refuses a bad period or code naming the field', async () => {
    expect((await api.graphql(SET, { i: { recordKind: 'CONTACT', code: 'COMPLIMENT', years: 7 } })).data.setRetentionPeriod).toEqual({ id: 'CONTACT:COMPLIMENT', years: 7 });
    expect((await due('2022-03-01')).records.map((r: any) => r.reference)).toEqual(['RET-COMPLAINT', 'RET-FOI', 'RET-ATR']);
    expect((await api.graphql(SET, { i: { recordKind: 'CONTACT', code: 'COMPLIMENT', years: 6 } })).errors).toBeUndefined();
    expect((await api.graphql(SET, { i: { recordKind: 'INFORMATION_REQUEST', code: 'FREEDOM_OF_INFORMATION', years: 5 } })).errors).toBeUndefined();
    expect((await due('2022-03-01')).records.map((r: any) => r.reference)).toEqual(['RET-COMPLAINT', 'RET-LEAP', 'RET-ATR']);
    expect((await api.graphql(SET, { i: { recordKind: 'INFORMATION_REQUEST', code: 'FREEDOM_OF_INFORMATION', years: 3 } })).errors).toBeUndefined();

    const audit = await db.dataSource.getRepository(AdminAuditEntry).find({ where: { action: 'RETENTION_PERIOD_CHANGED' as never }, order: { id: 'ASC' } });
    expect(audit.map((e) => [e.targetType, e.targetKey, e.before, e.after])).toEqual([
      ['RECORD_TYPE', 'COMPLIMENT', '{"retentionYears":6}', '{"retentionYears":7}'],
      ['RECORD_TYPE', 'COMPLIMENT', '{"retentionYears":7}', '{"retentionYears":6}'],
      ['INFORMATION_REQUEST_KIND', 'FREEDOM_OF_INFORMATION', '{"retentionYears":3}', '{"retentionYears":5}'],
      ['INFORMATION_REQUEST_KIND', 'FREEDOM_OF_INFORMATION', '{"retentionYears":5}', '{"retentionYears":3}'],
    ]);

    for (const [input, field] of [
      [{ recordKind: 'CONTACT', code: 'COMPLIMENT', years: 0 }, 'years'],
      [{ recordKind: 'CONTACT', code: 'COMPLIMENT', years: 101 }, 'years'],
      [{ recordKind: 'CONTACT', code: 'NOPE', years: 6 }, 'code'],
      [{ recordKind: 'INFORMATION_REQUEST', code: 'COMPLIMENT', years: 6 }, 'code'],
    ] as const) {
      const { errors } = await api.graphql(SET, { i: input });
      expect({ input, extensions: errors![0].extensions }).toMatchObject({ input, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await db.dataSource.getRepository(AdminAuditEntry).count({ where: { action: 'RETENTION_PERIOD_CHANGED' as never } })).toBe(4);
  });

  it('refuses the whole request, writing nothing, when one record may not be anonymised, saying which and why', async () => {
    const cases: Array<[string[], boolean, string, RegExp]> = [
      [[ids.complaint], false, 'confirm', /must be true/],
      [[], true, 'ids', /at least one/],
      [[ids.complaint, ids.open], true, 'ids', /RET-OPEN is still open/],
      [[ids.complaint, ids.recent], true, 'ids', /RET-RECENT is kept until \d{4}-\d{2}-\d{2}/],
      [[ids.complaint, 'CONTACT:987654'], true, 'ids', /no record CONTACT:987654/],
      [[ids.complaint, '751'], true, 'ids', /not a record id/],
    ];
    for (const [given, confirm, field, message] of cases) {
      const { errors } = await api.graphql(ANONYMISE, { ids: given, confirm });
      expect({ given, code: errors?.[0].extensions.code, field: errors?.[0].extensions.field }).toEqual({ given, code: 'BAD_USER_INPUT', field });
      expect(errors![0].message).toMatch(message);
    }
    expect(await db.dataSource.getRepository(AnonymisedRecord).count()).toBe(0);
    expect(await db.dataSource.getRepository(Complainant).count()).toBe(2);
    expect((await db.dataSource.getRepository(Contact).findOneByOrFail({ reference: 'RET-COMPLAINT' })).summary).toContain('Zephyrine');
  });

  it('removes the personal data of records due, keeps the rest of each record, audits each, and does not list them again', async () => {
    const anonymisedOn = todayIso();
    const { data, errors } = await api.graphql(ANONYMISE, { ids: [ids.complaint, ids.leap, ids.foi, ids.atr, ids.leap], confirm: true });
    expect(errors).toBeUndefined();
    expect(data.anonymiseRecords).toEqual({ anonymisedOn, count: 4, references: ['RET-ATR', 'RET-COMPLAINT', 'RET-FOI', 'RET-LEAP'] });
    const text = `[anonymised ${anonymisedOn}]`;

    const complaint = await db.dataSource.getRepository(Contact).findOneByOrFail({ reference: 'RET-COMPLAINT' });
    expect(complaint).toMatchObject({ summary: text, receivedDate: '2014-01-06', responseSentDate: '2014-01-20', outcome: 'NOT_UPHELD', stage: 'STAGE_2', status: 'CLOSED' });
    expect(await db.dataSource.getRepository(Complainant).findBy({ contactId: complaint.id })).toEqual([]);
    expect(await db.dataSource.getRepository(Complainant).count()).toBe(1); // the open case's
    expect(await db.dataSource.getRepository(FeedbackForm).findOneByOrFail({ contactId: complaint.id })).toMatchObject({ comments: text, returnedDate: '2014-03-20' });
    expect(await db.dataSource.getRepository(ContactLearningOutcome).findOneByOrFail({ contactId: complaint.id })).toMatchObject({ kind: 'NONE', note: text });
    expect(await db.dataSource.getRepository(Escalation).findOneByOrFail({ contactId: complaint.id })).toMatchObject({ stage: 'STAGE_2', outcome: 'PARTIALLY_UPHELD', responseSentDate: '2014-03-10' });

    const atr = await db.dataSource.getRepository(InformationRequest).findOneByOrFail({ reference: 'RET-ATR' });
    expect(atr).toMatchObject({ requesterName: null, summary: text, extensionReason: text, requesterType: 'INDIVIDUAL', completedDate: '2019-06-10', extended: true });
    const notes = (await db.dataSource.getRepository(InformationRequestEvent).findBy({ informationRequestId: atr.id })).map((e) => e.note).filter((n) => n !== null);
    expect(notes).toEqual([text]); // the extension's reason
    expect(await db.dataSource.getRepository(InformationRequest).findOneByOrFail({ reference: 'RET-FOI' })).toMatchObject({ requesterName: null, summary: text });

    const audit = await db.dataSource.getRepository(AdminAuditEntry).find({ where: { action: 'RECORD_ANONYMISED' as never }, order: { targetKey: 'ASC' } });
    expect(audit.map((e) => [e.targetType, e.targetKey, e.actorEmail?.startsWith('admin-')])).toEqual([
      ['INFORMATION_REQUEST', 'RET-ATR', true],
      ['CONTACT', 'RET-COMPLAINT', true],
      ['INFORMATION_REQUEST', 'RET-FOI', true],
      ['CONTACT', 'RET-LEAP', true],
    ]);
    expect(JSON.parse(audit[1].after!)).toEqual({ closedOn: '2014-03-10', retentionYears: 6, anonymisedOn });
    expect(audit.map((e) => `${e.before} ${e.after}`).join(' ')).not.toMatch(/Zephyrine|Quilla/);

    expect((await due('2030-01-01')).totalCount).toBe(0);
    const again = await api.graphql(ANONYMISE, { ids: [ids.leap], confirm: true });
    expect(again.errors![0].message).toMatch(new RegExp(`RET-LEAP was already anonymised on ${anonymisedOn}`));
  });
});
