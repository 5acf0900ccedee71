/**
 * Anonymising keeps every figure: on the demo data, every 2009/10 contact and
 * information request is anonymised through the API, and the 2009/10 annual
 * report (every table, section and rate), trends of that year and the
 * information-request summary read exactly as before. And no complainant's or
 * requester's details are left anywhere: every text column of every table is
 * searched for them afterwards.
 */
import { todayIso } from '@complaints/domain';
import { In, IsNull, Not } from 'typeorm';
import { Role } from '../auth/role';
import { Complainant } from '../complainants/complainant.entity';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { Contact } from '../contacts/contact.entity';
import { Escalation } from '../contacts/escalation.entity';
import { ContactLearningOutcome } from '../contacts/learning-outcome/contact-learning-outcome.entity';
import { readDataVersions } from '../data-versions/data-versions';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import { InformationRequestEvent } from '../information-requests/information-request-event.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { InformationRequestService } from '../information-requests/information-request.service';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let admin: TestClient;
const YEAR = '2009/10';

const TABLE = 'fragment Table on ReportTable { id title columns notes rows { label values } }';
const TREND = 'fragment Trend on TrendResult { periods total totalCount series { key label crossKey total totalCount points { period value count } } }';

/** One question each: a query may name at most two aggregates. */
const FIGURES = [
  `query($year: String!) {
    annualReport(financialYear: $year) {
      financialYear previousFinancialYear from to
      tables { ...Table } outcomes { ...Table } progression { ...Table } feedback { ...Table }
      compliments { ...Table } divisions { ...Table }
      learningActions { financialYear issueIdentified count actionNeeded byWhom status dueDate }
      learningActionNotes
      learningCaptured { responded considered withLearningAction capturedPercent consideredPercent summary }
    }
    informationRequestSummary(financialYear: $year, asOf: "2026-01-01") {
      kinds { kind received receivedPreviousYear fromPolice jointWithAnotherDirectorate completed completedWithinDeadline stillOpen overdue withdrawn }
    }
  } ${TABLE}`,
  `query($year: String!) {
    byAreaAndOutcome: trend(input: { financialYear: $year, groupBy: SERVICE_AREA, crossBy: OUTCOME, granularity: MONTH }) { ...Trend }
    byIssueAndComplainant: trend(input: { financialYear: $year, groupBy: ALL_ISSUES, crossBy: COMPLAINANT_TYPE, granularity: QUARTER }) { ...Trend }
  } ${TREND}`,
  `query {
    timeliness: trend(input: { from: "2008-04-01", to: "2010-03-31", groupBy: STAGE, granularity: QUARTER, measure: RESPONDED_IN_TIME_PERCENT }) { ...Trend }
    channels: trend(input: { financialYear: "2009/10", groupBy: CHANNEL, crossBy: RECORD_TYPE, granularity: FINANCIAL_YEAR }) { ...Trend }
  } ${TREND}`,
];

/** Tokens no demo record holds, put into every kind of personal detail of some 2009/10 records. */
const TOKEN = 'Quorrington';

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, Role.ANALYST);
  admin = await api.as(Role.ADMIN);
}, 120_000);
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

/** Close the year's records still open (the demo's overdue ones), so every one of them can be anonymised. */
async function closeOpenRecords(): Promise<void> {
  const lifecycle = new ContactLifecycleService(db.dataSource);
  const open = await db.dataSource.getRepository(Contact).find({ where: { receivedFinancialYear: YEAR, status: 'OPEN' }, relations: { recordTypeRelation: true } });
  for (const contact of open) {
    const escalations = await db.dataSource.getRepository(Escalation).findBy({ contactId: contact.id });
    const steps = [contact.receivedDate, contact.acknowledgementSentDate, contact.responseSentDate, ...escalations.flatMap((e) => [e.requestedDate, e.panelHeldDate])];
    const day = [...steps.filter((d): d is string => d !== null), '2010-06-30'].sort().at(-1)!;
    if (contact.recordTypeRelation!.group === 'FORMAL_COMPLAINT') {
      await lifecycle.withdraw(String(contact.id), day);
    } else {
      if (contact.acknowledgementDueDate && !contact.acknowledgementSentDate) await lifecycle.acknowledge(String(contact.id), day);
      if (!contact.responseSentDate) await lifecycle.recordResponse(String(contact.id), day, null);
    }
  }
  const requests = await db.dataSource.getRepository(InformationRequest).findBy({ receivedFinancialYear: YEAR, completedDate: IsNull(), withdrawnDate: IsNull() });
  for (const request of requests) await new InformationRequestService(db.dataSource).complete(String(request.id), '2010-06-30');
  expect(await db.dataSource.getRepository(Contact).countBy({ receivedFinancialYear: YEAR, status: 'OPEN' })).toBe(0);
}

/** Puts TOKEN into a complainant, a summary, a feedback comment, a learning note, and a request's name, summary, extension reason and history. */
async function plantTokens(): Promise<void> {
  const repo = <T extends object>(entity: new () => T) => db.dataSource.getRepository(entity);
  const contacts = await repo(Contact).find({ where: { receivedFinancialYear: YEAR }, order: { id: 'ASC' }, take: 3 });
  await repo(Complainant).update(
    { contactId: contacts[0].id },
    { givenName: 'Xanthe', familyName: TOKEN, familyNameKey: TOKEN.toUpperCase(), email: `x.${TOKEN}@example.com`, address: `7 ${TOKEN} Lane`, reasonableAdjustments: `Ask for ${TOKEN}'s sister` },
  );
  await repo(Contact).update({ id: contacts[1].id }, { summary: `Mr ${TOKEN} rang twice about his daughter` });
  const form = await repo(FeedbackForm).findOneOrFail({ where: { contactId: In((await repo(Contact).findBy({ receivedFinancialYear: YEAR })).map((c) => c.id)) } });
  await repo(FeedbackForm).update({ id: form.id }, { comments: `Thank you from the ${TOKEN} family` });
  const outcome = await repo(ContactLearningOutcome).findOne({ where: { contact: { receivedFinancialYear: YEAR } } });
  if (outcome) await repo(ContactLearningOutcome).update({ contactId: outcome.contactId }, { note: `${TOKEN} case: nothing new` });
  else await repo(ContactLearningOutcome).insert({ contactId: contacts[2].id, kind: 'NONE', learningActionId: null, note: `${TOKEN} case`, recordedByName: 'T', recordedByEmail: 't@x', recordedAt: new Date() });
  const request = await repo(InformationRequest).findOneOrFail({ where: { receivedFinancialYear: YEAR }, order: { id: 'ASC' } });
  await repo(InformationRequest).update({ id: request.id }, { requesterName: `Ysolde ${TOKEN}`, summary: `${TOKEN} family file`, extensionReason: `${TOKEN} asked for more` });
  // The demo's requests have no history: give this one a step with a note.
  await repo(InformationRequestEvent).insert({ informationRequestId: request.id, kind: 'WITHDRAWN' as never, date: request.receivedDate, reason: null, note: `Call from ${TOKEN}`, dueDate: null, recordedBy: 'T' });
}

/** Every varchar and text value of every table, as `table.column` and the value. */
async function everyText(): Promise<Array<[string, string]>> {
  const found: Array<[string, string]> = [];
  for (const meta of db.dataSource.entityMetadatas) {
    const columns = meta.columns.filter((c) => ['varchar', 'text', String].includes(c.type as never));
    if (!columns.length) continue;
    const rows: Record<string, unknown>[] = await db.dataSource.getRepository(meta.target).find({ select: Object.fromEntries(columns.map((c) => [c.propertyName, true])) });
    for (const row of rows) {
      for (const c of columns) {
        const value = row[c.propertyName];
        if (typeof value === 'string' && value) found.push([`${meta.tableName}.${c.databaseName}`, value.toLowerCase()]);
      }
    }
  }
  return found;
}

/**
 * The year's complainants' and requesters' details specific enough to find
 * (email, phone, address, a requester's name, TOKEN), except any also held by
 * a record of another year (the demo repeats a few), which stays as it is.
 */
async function detailsToFind(): Promise<string[]> {
  const yearIds = new Set((await db.dataSource.getRepository(Contact).find({ select: { id: true }, where: { receivedFinancialYear: YEAR } })).map((c) => c.id));
  const complainants = await db.dataSource.getRepository(Complainant).find();
  const values = (rows: Complainant[]) => rows.flatMap((c) => [c.email, c.phone, c.address]).filter((v): v is string => !!v).map((v) => v.toLowerCase());
  const requests = await db.dataSource.getRepository(InformationRequest).find({ where: { requesterName: Not(IsNull()) } });
  const names = (year: boolean) => requests.filter((r) => (r.receivedFinancialYear === YEAR) === year).map((r) => r.requesterName!.toLowerCase());
  const elsewhere = [...values(complainants.filter((c) => !yearIds.has(c.contactId))), ...names(false)];
  const mine = [...new Set([...values(complainants.filter((c) => yearIds.has(c.contactId))), ...names(true)])];
  return [TOKEN.toLowerCase(), ...mine.filter((v) => !elsewhere.some((other) => other.includes(v)))];
}

async function figures(): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const query of FIGURES) {
    const { data, errors } = await api.graphql(query, { year: YEAR });
    expect(errors).toBeUndefined();
    answers.push(data);
  }
  return answers;
}

async function contactsVersion(): Promise<number> {
  return (await readDataVersions(db.dataSource)).contacts!.version;
}

describe(`anonymising keeps the figures (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it("anonymises every 2009/10 record: the year's report, trends and request summary are unchanged, and no personal detail of them is left in any table", async () => {
    await closeOpenRecords();
    await plantTokens();
    const needles = await detailsToFind();
    expect(needles.length).toBeGreaterThan(100);
    const textBefore = await everyText();
    for (const needle of [TOKEN.toLowerCase(), needles[1]]) expect(textBefore.some(([, v]) => v.includes(needle))).toBe(true);
    const before = await figures();
    const version = await contactsVersion();

    const contactIds = (await db.dataSource.getRepository(Contact).find({ select: { id: true }, where: { receivedFinancialYear: YEAR } })).map((c) => `CONTACT:${c.id}`);
    const requestIds = (await db.dataSource.getRepository(InformationRequest).find({ select: { id: true }, where: { receivedFinancialYear: YEAR } })).map(
      (r) => `INFORMATION_REQUEST:${r.id}`,
    );
    expect(contactIds.length).toBe(441);
    const ids = [...contactIds, ...requestIds];
    let anonymised = 0;
    for (let i = 0; i < ids.length; i += 400) {
      const { data, errors } = await admin.graphql('mutation($ids: [ID!]!) { anonymiseRecords(ids: $ids, confirm: true) { anonymisedOn count } }', { ids: ids.slice(i, i + 400) });
      expect(errors).toBeUndefined();
      expect(data.anonymiseRecords.anonymisedOn).toBe(todayIso());
      anonymised += data.anonymiseRecords.count;
    }
    expect(anonymised).toBe(ids.length);

    // The writes moved the version caches of figures key on, so what follows is counted afresh.
    expect(await contactsVersion()).toBeGreaterThan(version);
    expect(await figures()).toEqual(before);

    const left = (await everyText()).flatMap(([column, value]) => needles.filter((n) => value.includes(n)).map((n) => `${column}: ${n}`));
    expect(left).toEqual([]);
    const yearContacts = contactIds.map((id) => Number(id.split(':')[1]));
    expect(await db.dataSource.getRepository(Complainant).countBy({ contactId: In(yearContacts) })).toBe(0);
    expect(await db.dataSource.getRepository(InformationRequest).countBy({ receivedFinancialYear: YEAR, requesterName: Not(IsNull()) })).toBe(0);
    // The other year's records keep theirs.
    expect(await db.dataSource.getRepository(Complainant).count()).toBeGreaterThan(100);
  }, 300_000);
});
