/** The access-to-records and FOI registers over GraphQL, on a database of their own. */
import { Role } from '../auth/role';
import { financialYearOf } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { addWorkingDays } from '../timescales';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { InformationRequestEvent } from './information-request-event.entity';
import { InformationRequest } from './information-request.entity';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const FIELDS = `id reference kind serviceArea { code } requesterType requesterName receivedDate receivedFinancialYear dueDate acknowledgedDate completedDate
  extended extensionReason clockPausedOn clockPauseReason withdrawnDate jointWithDirectorate deadlineRuleId status completedWithinDeadline
  viewerCan { acknowledge extend pause resume respond withdraw }`;
const RECORD = `mutation($input: RecordInformationRequestInput!) { recordInformationRequest(input: $input) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation($id: ID!, $d: LocalDate!) { acknowledgeInformationRequest(id: $id, acknowledgedDate: $d) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $d: LocalDate!) { completeInformationRequest(id: $id, completedDate: $d) { ${FIELDS} } }`;
const EXTEND = `mutation($id: ID!, $reason: String!) { extendInformationRequest(id: $id, reason: $reason) { ${FIELDS} } }`;
const PAUSE = `mutation($id: ID!, $reason: ClockPauseReason!, $d: LocalDate!) { pauseInformationRequest(id: $id, reason: $reason, pausedOn: $d) { ${FIELDS} } }`;
const RESUME = `mutation($id: ID!, $d: LocalDate!) { resumeInformationRequest(id: $id, resumedOn: $d) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $d: LocalDate!, $reason: String) { withdrawInformationRequest(id: $id, withdrawnDate: $d, reason: $reason) { ${FIELDS} } }`;
const HISTORY = 'query($id: ID!) { informationRequest(id: $id) { history { kind date reason note dueDate recordedBy } } }';
const BY_REFERENCE = 'query($r: String!) { informationRequestByReference(reference: $r) { id reference } }';
const LIST = `query($filter: InformationRequestFilter, $page: PageInput, $sort: InformationRequestSort) {
  informationRequests(filter: $filter, page: $page, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { reference status dueDate receivedDate } } } }`;
const QUEUE = '{ informationRequestQueue { asOf dueUntil overdueCount dueSoonCount pausedCount items { reference status dueDate workingDaysOverdue workingDaysRemaining } } }';

const foi = { kind: 'FREEDOM_OF_INFORMATION', serviceArea: 'SCHOOL_STANDARDS', requesterType: 'MEDIA', receivedDate: '2009-11-02' };

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function rows() {
  const requests = await db.dataSource.getRepository(InformationRequest).find({ order: { id: 'ASC' } });
  const events = await db.dataSource.getRepository(InformationRequestEvent).find({ order: { id: 'ASC' } });
  return JSON.parse(JSON.stringify({ requests, events }));
}

async function refused(query: string, variables: Record<string, unknown>, field: string | null, message: string, code = 'BAD_USER_INPUT') {
  const before = await rows();
  const { data, errors } = await api.graphql(query, variables);
  expect(data).toBeFalsy();
  expect(errors![0].extensions.code).toBe(code);
  if (field) expect(errors![0].extensions.field).toBe(field);
  expect(errors![0].message).toContain(message);
  expect(await rows()).toEqual(before);
}

describe(`information requests (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('records a request with a generated reference, its due date and a first history entry naming who recorded it', async () => {
    const first = await ok(RECORD, { input: { ...foi, requesterName: '  Jo Bloggs ' } });
    expect(first).toMatchObject({
      reference: 'FOI/2009/0001',
      serviceArea: { code: 'SCHOOL_STANDARDS' },
      requesterName: 'Jo Bloggs',
      receivedFinancialYear: '2009/10',
      dueDate: '2009-11-30',
      deadlineRuleId: 'foi-2005',
      extended: false,
      completedDate: null,
      status: 'OVERDUE',
      completedWithinDeadline: null,
      viewerCan: { acknowledge: true, extend: false, pause: true, resume: false, respond: true, withdraw: true },
    });
    expect((await ok(HISTORY, { id: first.id })).history).toEqual([
      { kind: 'RECEIVED', date: '2009-11-02', reason: null, note: null, dueDate: '2009-11-30', recordedBy: 'Test COMPLAINTS_OFFICER' },
    ]);
    expect((await ok(RECORD, { input: foi })).reference).toBe('FOI/2009/0002');
    const atr = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', requesterType: 'POLICE', acknowledgedDate: '2009-11-03', completedDate: '2009-12-01' } });
    // Data Protection Act 1998: 40 calendar days.
    expect(atr).toMatchObject({ reference: 'ATR/2009/0001', dueDate: '2009-12-12', acknowledgedDate: '2009-11-03', status: 'COMPLETED', completedWithinDeadline: true });
    expect((await ok(HISTORY, { id: atr.id })).history.map((e: any) => [e.kind, e.date])).toEqual([
      ['RECEIVED', '2009-11-02'],
      ['ACKNOWLEDGED', '2009-11-03'],
      ['RESPONDED', '2009-12-01'],
    ]);
    const today = todayIso();
    const current = await ok(RECORD, { input: { ...foi, receivedDate: today, reference: null } });
    expect(current.reference).toBe(`FOI/${financialYearOf(today).slice(0, 4)}/0001`);
    expect(current.status).toBe('OPEN');
  });

  it('keeps a reference given, finds it written with - for /, and refuses one in use either way or invalid input, writing nothing', async () => {
    expect((await ok(RECORD, { input: { ...foi, reference: 'FOI-OWN-1', jointWithDirectorate: ' Adult Services ' } })).jointWithDirectorate).toBe('Adult Services');
    await refused(RECORD, { input: { ...foi, reference: 'FOI-OWN-1' } }, 'reference', "'FOI-OWN-1' is already in use");
    // References are one value whatever their case, and / and - are the same in web addresses.
    await refused(RECORD, { input: { ...foi, reference: ' foi-own-1 ' } }, 'reference', "'FOI-OWN-1' is already in use");
    await refused(RECORD, { input: { ...foi, reference: 'foi/own/1' } }, 'reference', "'FOI/OWN/1' is already in use, written 'FOI-OWN-1'");
    const own = await ok(RECORD, { input: { ...foi, reference: 'foi/own/2' } });
    expect(own.reference).toBe('FOI/OWN/2');
    expect(await ok(BY_REFERENCE, { r: 'foi-own-2' })).toEqual({ id: own.id, reference: 'FOI/OWN/2' });
    expect(await ok(BY_REFERENCE, { r: 'FOI/OWN/2' })).toEqual({ id: own.id, reference: 'FOI/OWN/2' });
    expect(await ok(BY_REFERENCE, { r: 'FOI-OWN-404' })).toBeNull();
    expect(await ok(BY_REFERENCE, { r: 'x'.repeat(41) })).toBeNull();
    // A number typed with - for / takes the generated reference's address, so generation skips it.
    await ok(RECORD, { input: { ...foi, reference: 'foi-2009-0003' } });
    expect((await ok(RECORD, { input: foi })).reference).toBe('FOI/2009/0004');

    await refused(RECORD, { input: { ...foi, serviceArea: 'PARKS' } }, 'serviceArea', "unknown service area 'PARKS'");
    await refused(RECORD, { input: { ...foi, serviceArea: '' } }, 'serviceArea', 'is required');
    await refused(RECORD, { input: { ...foi, reference: 'bad reference!' } }, 'reference', 'use up to 40 letters');
    await refused(RECORD, { input: { ...foi, receivedDate: '2999-01-01' } }, 'receivedDate', 'is in the future');
    await refused(RECORD, { input: { ...foi, completedDate: '2009-11-01' } }, 'completedDate', 'is before the received date');
    await refused(RECORD, { input: { ...foi, completedDate: '2999-01-01' } }, 'completedDate', 'is in the future');
    await refused(RECORD, { input: { ...foi, acknowledgedDate: '2009-11-05', completedDate: '2009-11-04' } }, 'completedDate', 'is before the acknowledgement');
    await refused(RECORD, { input: { ...foi, jointWithDirectorate: 'x'.repeat(201) } }, 'jointWithDirectorate', 'is longer than 200');
    await refused(RECORD, { input: { ...foi, requesterName: 'x'.repeat(201) } }, 'requesterName', 'is longer than 200');
  });

  it('acknowledges a request once; completes it once, not before receipt or in the future', async () => {
    const r = await ok(RECORD, { input: { ...foi, receivedDate: '2009-12-01' } });
    await refused(ACKNOWLEDGE, { id: r.id, d: '2009-11-30' }, 'acknowledgedDate', 'is before the received date 2009-12-01');
    expect(await ok(ACKNOWLEDGE, { id: r.id, d: '2009-12-02' })).toMatchObject({ acknowledgedDate: '2009-12-02', viewerCan: { acknowledge: false } });
    await refused(ACKNOWLEDGE, { id: r.id, d: '2009-12-03' }, 'id', 'was already acknowledged on 2009-12-02');
    await refused(COMPLETE, { id: r.id, d: '2009-11-30' }, 'completedDate', 'is before the received date 2009-12-01');
    await refused(COMPLETE, { id: r.id, d: '2009-12-01' }, 'completedDate', 'is before the acknowledgement, sent on 2009-12-02');
    await refused(COMPLETE, { id: r.id, d: '2999-01-01' }, 'completedDate', 'is in the future');
    const done = await ok(COMPLETE, { id: r.id, d: '2010-01-05' });
    // Due 31 Dec 2009 (20 working days, skipping Christmas and the Boxing Day substitute): completed late.
    expect(done).toMatchObject({ completedDate: '2010-01-05', dueDate: '2009-12-31', status: 'COMPLETED', completedWithinDeadline: false });
    expect(done.viewerCan).toEqual({ acknowledge: false, extend: false, pause: false, resume: false, respond: false, withdraw: false });
    await refused(COMPLETE, { id: r.id, d: '2010-01-06' }, 'id', 'was already completed on 2010-01-05');
    await refused(COMPLETE, { id: '999999', d: '2010-01-06' }, null, 'No information request with id 999999', 'NOT_FOUND');
  });

  it('extends an open FOI request before it is due, once, with a reason; not a DPA 1998 request or an overdue one', async () => {
    const today = todayIso();
    const r = await ok(RECORD, { input: { ...foi, receivedDate: today } });
    await refused(EXTEND, { id: r.id, reason: ' ' }, 'reason', 'is required');
    const extended = await ok(EXTEND, { id: r.id, reason: 'Public interest test (section 36)' });
    expect(extended).toMatchObject({ extended: true, extensionReason: 'Public interest test (section 36)', dueDate: addWorkingDays(today, 40) });
    await refused(EXTEND, { id: r.id, reason: 'Again' }, 'id', 'is already extended');
    expect((await ok(HISTORY, { id: r.id })).history[1]).toMatchObject({ kind: 'EXTENDED', date: today, note: 'Public interest test (section 36)', dueDate: addWorkingDays(today, 40) });

    const dpa = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', receivedDate: '2009-11-02' } });
    await refused(EXTEND, { id: dpa.id, reason: 'Complex' }, 'id', "cannot be extended (rule 'access-to-records-dpa-1998')");
    const overdue = await ok(RECORD, { input: foi });
    await refused(EXTEND, { id: overdue.id, reason: 'Late' }, 'id', 'was due on 2009-11-30; an extension must be made by then');
    await refused(EXTEND, { id: 'nope', reason: 'x' }, null, 'No information request with id nope', 'NOT_FOUND');
  });

  it('pauses the clock awaiting a fee and resumes it: the working days in between move the due date, recorded in the history', async () => {
    const r = await ok(RECORD, { input: { ...foi, receivedDate: '2009-12-01' } });
    await refused(PAUSE, { id: r.id, reason: 'AWAITING_ID', d: '2009-12-21' }, 'reason', "clock cannot be paused awaiting proof of identity (rule 'foi-2005')");
    await refused(PAUSE, { id: r.id, reason: 'AWAITING_FEE', d: '2009-11-30' }, 'pausedOn', 'is before the received date 2009-12-01');
    await refused(PAUSE, { id: r.id, reason: 'AWAITING_FEE', d: '2010-01-04' }, 'pausedOn', 'is after the due date 2009-12-31');
    await refused(RESUME, { id: r.id, d: '2009-12-22' }, 'id', 'does not have its clock paused');
    const paused = await ok(PAUSE, { id: r.id, reason: 'AWAITING_FEE', d: '2009-12-21' });
    expect(paused).toMatchObject({ status: 'PAUSED', clockPausedOn: '2009-12-21', clockPauseReason: 'AWAITING_FEE', dueDate: '2009-12-31' });
    expect(paused.viewerCan).toEqual({ acknowledge: true, extend: false, pause: false, resume: true, respond: false, withdraw: true });
    await refused(PAUSE, { id: r.id, reason: 'AWAITING_CLARIFICATION', d: '2009-12-22' }, 'id', 'already has its clock paused (awaiting the fee, since 2009-12-21)');
    await refused(COMPLETE, { id: r.id, d: '2009-12-22' }, 'id', 'has its clock paused');
    await refused(EXTEND, { id: r.id, reason: 'x' }, 'id', 'has its clock paused');
    await refused(RESUME, { id: r.id, d: '2009-12-20' }, 'resumedOn', 'is before the clock was paused on 2009-12-21');

    // Fee received 5 January: 21-24, 29-31 December and 4-5 January (9 working days) do not count.
    const resumed = await ok(RESUME, { id: r.id, d: '2010-01-05' });
    expect(resumed).toMatchObject({ clockPausedOn: null, clockPauseReason: null, dueDate: '2010-01-14' });
    await refused(COMPLETE, { id: r.id, d: '2010-01-04' }, 'completedDate', 'is before the clock resumed on 2010-01-05');
    await refused(PAUSE, { id: r.id, reason: 'AWAITING_FEE', d: '2010-01-04' }, 'pausedOn', 'is before the clock last resumed, on 2010-01-05');
    expect(await ok(COMPLETE, { id: r.id, d: '2010-01-14' })).toMatchObject({ status: 'COMPLETED', completedWithinDeadline: true });

    expect((await ok(HISTORY, { id: r.id })).history.map((e: any) => [e.kind, e.date, e.reason, e.dueDate])).toEqual([
      ['RECEIVED', '2009-12-01', null, '2009-12-31'],
      ['CLOCK_PAUSED', '2009-12-21', 'AWAITING_FEE', '2009-12-31'],
      ['CLOCK_RESUMED', '2010-01-05', null, '2010-01-14'],
      ['RESPONDED', '2010-01-14', null, null],
    ]);
  });

  it('restarts an FOI request’s 20 working days when clarification arrives, and a UK GDPR month when proof of identity does', async () => {
    const r = await ok(RECORD, { input: foi });
    await ok(PAUSE, { id: r.id, reason: 'AWAITING_CLARIFICATION', d: '2009-11-05' });
    expect(await ok(RESUME, { id: r.id, d: '2009-12-14' })).toMatchObject({ dueDate: '2010-01-14', status: 'OVERDUE' });

    const sar = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', requesterType: 'INDIVIDUAL', receivedDate: '2026-02-20' } });
    expect(sar).toMatchObject({ dueDate: '2026-03-20', deadlineRuleId: 'access-to-records-uk-gdpr-2018' });
    await ok(PAUSE, { id: sar.id, reason: 'AWAITING_ID', d: '2026-02-23' });
    // A month from 3 March is Good Friday, 3 April 2026; Easter Monday follows.
    expect(await ok(RESUME, { id: sar.id, d: '2026-03-03' })).toMatchObject({ dueDate: '2026-04-07' });
  });

  it('withdraws a request with its clock paused: it leaves the queue and every step is closed', async () => {
    const today = todayIso();
    const r = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', receivedDate: today, requesterType: 'INDIVIDUAL' } });
    await ok(PAUSE, { id: r.id, reason: 'AWAITING_ID', d: today });
    await refused(WITHDRAW, { id: r.id, d: '2999-01-01' }, 'withdrawnDate', 'is in the future');
    await refused(WITHDRAW, { id: r.id, d: today, reason: 'x'.repeat(1001) }, 'reason', 'is longer than 1000 characters');
    const withdrawn = await ok(WITHDRAW, { id: r.id, d: today, reason: 'Proof of identity never came' });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnDate: today, clockPausedOn: null });
    await refused(WITHDRAW, { id: r.id, d: today }, 'id', `was withdrawn on ${today}`);
    await refused(RESUME, { id: r.id, d: today }, 'id', `was withdrawn on ${today}`);
    expect((await ok(HISTORY, { id: r.id })).history.map((e: any) => [e.kind, e.note])).toEqual([
      ['RECEIVED', null],
      ['CLOCK_PAUSED', null],
      ['WITHDRAWN', 'Proof of identity never came'],
    ]);
  });

  it('lists requests filtered by kind, year, requester, status and search, in any order, paged by cursor', async () => {
    const atr = await ok(LIST, { filter: { kind: 'ACCESS_TO_RECORDS' } });
    expect(atr.edges.every((e: any) => e.node.reference.startsWith('ATR/'))).toBe(true);
    expect((await ok(LIST, { filter: { requesterType: 'POLICE' } })).edges.map((e: any) => e.node.reference)).toEqual(['ATR/2009/0001']);

    const overdue = await ok(LIST, { filter: { status: 'OVERDUE', financialYear: '2009/10' } });
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(overdue.edges.every((e: any) => e.node.status === 'OVERDUE')).toBe(true);
    const open = await ok(LIST, { filter: { status: 'OPEN' } });
    expect(open.totalCount).toBeGreaterThan(overdue.totalCount);
    expect(open.edges.every((e: any) => !['COMPLETED', 'WITHDRAWN'].includes(e.node.status))).toBe(true);
    expect((await ok(LIST, { filter: { status: 'WITHDRAWN' } })).edges.every((e: any) => e.node.status === 'WITHDRAWN')).toBe(true);

    // Search: part of a reference, / or - alike, or of the requester's name, in any case; wildcards are literal.
    expect((await ok(LIST, { filter: { search: 'own-2' } })).edges.map((e: any) => e.node.reference)).toEqual(['FOI/OWN/2']);
    expect((await ok(LIST, { filter: { search: 'bloggs' } })).edges.map((e: any) => e.node.reference)).toEqual(['FOI/2009/0001']);
    expect((await ok(LIST, { filter: { search: '%' } })).totalCount).toBe(0);

    const all = await ok(LIST, { page: { first: 200 } });
    const dates = all.edges.map((e: any) => e.node.receivedDate);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const sort of ['RECEIVED_NEWEST', 'RECEIVED_OLDEST', 'DUE_SOONEST', 'REFERENCE']) {
      const whole = await ok(LIST, { sort, page: { first: 200 } });
      const first = await ok(LIST, { sort, page: { first: 3 } });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await ok(LIST, { sort, page: { first: 200, after: first.pageInfo.endCursor } });
      expect([...first.edges, ...rest.edges].map((e: any) => e.node.reference)).toEqual(whole.edges.map((e: any) => e.node.reference));
    }
    const due = (await ok(LIST, { sort: 'DUE_SOONEST', page: { first: 200 } })).edges.map((e: any) => e.node.dueDate);
    expect(due).toEqual([...due].sort());
    const byReference = (await ok(LIST, { sort: 'REFERENCE', page: { first: 200 } })).edges.map((e: any) => e.node.reference);
    expect(byReference).toEqual([...byReference].sort());

    await ok(RECORD, { input: { ...foi, serviceArea: 'SOCIAL_CARE', reference: 'FOI-SOCIAL-1' } });
    expect((await ok(LIST, { filter: { serviceAreas: ['SOCIAL_CARE'] } })).edges.map((e: any) => e.node.reference)).toEqual(['FOI-SOCIAL-1']);
    expect((await ok(LIST, { filter: { serviceAreas: ['SCHOOL_STANDARDS', 'SOCIAL_CARE'] } })).totalCount).toBe((await rows()).requests.length);
    expect((await ok(LIST, { filter: { serviceAreas: [] } })).totalCount).toBe(0);
    const unknownArea = await api.graphql(LIST, { filter: { serviceAreas: ['PARKS'] } });
    expect(unknownArea.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.serviceAreas' });

    const bad = await api.graphql(LIST, { filter: { financialYear: '2009/11', search: 'x'.repeat(101) }, page: { first: 0 } });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain("filter.financialYear: '2009/11' is not a financial year");
    expect(bad.errors![0].message).toContain('filter.search: is longer than 100 characters');
    expect(bad.errors![0].message).toContain('page.first: must be between 1 and 200');
    const cursor = (await ok(LIST, { page: { first: 1 } })).pageInfo.endCursor;
    const otherOrder = await api.graphql(LIST, { sort: 'DUE_SOONEST', page: { after: cursor } });
    expect(otherOrder.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.after' });
  });

  it('queues open requests with a running clock that are overdue or due within 5 working days, earliest first', async () => {
    const today = todayIso();
    const soon = await ok(RECORD, { input: { ...foi, receivedDate: today, reference: 'QUEUE-SOON' } });
    const queue = await ok(QUEUE);
    expect(queue).toMatchObject({ asOf: today, dueUntil: addWorkingDays(today, 5) });
    const references = queue.items.map((i: any) => i.reference);
    // Received today, due in 20 working days: not yet in the queue. Every item is overdue or due by dueUntil.
    expect(references).not.toContain(soon.reference);
    expect(queue.items.every((i: any) => i.dueDate <= queue.dueUntil && ['OVERDUE', 'OPEN'].includes(i.status))).toBe(true);
    expect(queue.items.map((i: any) => i.dueDate)).toEqual(queue.items.map((i: any) => i.dueDate).sort());
    expect(queue.overdueCount).toBe(queue.items.filter((i: any) => i.status === 'OVERDUE').length);
    expect(queue.items[0].workingDaysOverdue).toBeGreaterThan(0);
    const openList = await ok(LIST, { filter: { status: 'PAUSED' } });
    expect(queue.pausedCount).toBe(openList.totalCount);
  });

  it('lets a service manager read their areas’ requests only, and record nothing', async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    const social = await ok(RECORD, { input: { ...foi, serviceArea: 'SOCIAL_CARE', reference: 'FOI-MGR-1', requesterName: 'Sam Smith' } });
    const schools = await ok(RECORD, { input: { ...foi, reference: 'FOI-MGR-2' } });
    const one = await manager.graphql(BY_REFERENCE, { r: 'foi-mgr-1' });
    expect(one.data.informationRequestByReference).toEqual({ id: social.id, reference: 'FOI-MGR-1' });
    expect((await manager.graphql(BY_REFERENCE, { r: 'FOI-MGR-2' })).data.informationRequestByReference).toBeNull();
    const found = await manager.graphql('{ informationRequests(filter: { search: "FOI-MGR" }) { edges { node { reference requesterName viewerCan { respond } } } } }');
    expect(found.data.informationRequests.edges.map((e: any) => e.node)).toEqual([{ reference: 'FOI-MGR-1', requesterName: 'Sam Smith', viewerCan: { respond: false } }]);
    const queue = await manager.graphql('{ informationRequestQueue { items { serviceArea { code } } } }');
    expect(queue.data.informationRequestQueue.items.every((i: any) => i.serviceArea.code === 'SOCIAL_CARE')).toBe(true);
    const refusedWrite = await manager.graphql(ACKNOWLEDGE, { id: schools.id, d: '2009-11-03' });
    expect(refusedWrite.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('counts open, overdue and withdrawn requests as of a date in the summary; a paused clock is not overdue', async () => {
    const { data, errors } = await api.graphql(
      `{ informationRequestSummary(financialYear: "2009/10", asOf: "2009-12-01") { asOf kinds { kind received stillOpen overdue completed withdrawn } } }`,
    );
    expect(errors).toBeUndefined();
    const foiRow = data.informationRequestSummary.kinds.find((k: any) => k.kind === 'FREEDOM_OF_INFORMATION');
    const stored = (await rows()).requests.filter((r: any) => r.kind === 'FREEDOM_OF_INFORMATION' && r.receivedFinancialYear === '2009/10');
    const open = stored.filter((r: any) => !r.completedDate && !r.withdrawnDate);
    expect(foiRow.received).toBe(stored.length);
    expect(foiRow.stillOpen).toBe(open.length);
    expect(foiRow.withdrawn).toBe(stored.filter((r: any) => r.withdrawnDate).length);
    expect(foiRow.overdue).toBe(open.filter((r: any) => r.dueDate < '2009-12-01' && !(r.clockPausedOn && r.clockPausedOn <= '2009-12-01')).length);

    const paused = await ok(RECORD, { input: { ...foi, reference: 'FOI-PAUSED-SUMMARY' } });
    await ok(PAUSE, { id: paused.id, reason: 'AWAITING_FEE', d: '2009-11-20' });
    const after = await api.graphql(`{ informationRequestSummary(financialYear: "2009/10", asOf: "2009-12-01") { kinds { kind overdue stillOpen } } }`);
    const foiAfter = after.data.informationRequestSummary.kinds.find((k: any) => k.kind === 'FREEDOM_OF_INFORMATION');
    expect(foiAfter).toMatchObject({ overdue: foiRow.overdue, stillOpen: foiRow.stillOpen + 1 });
  });
});
