/** The access-to-records and FOI registers over GraphQL, on a database of their own. */
import { Role } from '../auth/role';
import { financialYearOf } from '../periods/financial-year';
import { todayIso } from '../periods/today';
import { addWorkingDays } from '../timescales';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
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

const FIELDS = 'id reference kind serviceArea { code } requesterType receivedDate receivedFinancialYear dueDate completedDate extended jointWithDirectorate deadlineRuleId status completedWithinDeadline';
const RECORD = `mutation($input: RecordInformationRequestInput!) { recordInformationRequest(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $d: LocalDate!) { completeInformationRequest(id: $id, completedDate: $d) { ${FIELDS} } }`;
const EXTEND = `mutation($id: ID!) { extendInformationRequest(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: InformationRequestFilter, $page: PageInput) {
  informationRequests(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { reference status } } } }`;

const foi = { kind: 'FREEDOM_OF_INFORMATION', serviceArea: 'SCHOOL_STANDARDS', requesterType: 'MEDIA', receivedDate: '2009-11-02' };

async function ok(query: string, variables: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function rows() {
  return JSON.parse(JSON.stringify(await db.dataSource.getRepository(InformationRequest).find({ order: { id: 'ASC' } })));
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
  it('records a request with a generated reference and its due date', async () => {
    const first = await ok(RECORD, { input: foi });
    expect(first).toMatchObject({
      reference: 'FOI/2009/0001',
      serviceArea: { code: 'SCHOOL_STANDARDS' },
      receivedFinancialYear: '2009/10',
      dueDate: '2009-11-30',
      deadlineRuleId: 'foi-2005',
      extended: false,
      completedDate: null,
      status: 'OVERDUE',
      completedWithinDeadline: null,
    });
    expect((await ok(RECORD, { input: foi })).reference).toBe('FOI/2009/0002');
    const atr = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', requesterType: 'POLICE', completedDate: '2009-12-01' } });
    // Data Protection Act 1998: 40 calendar days.
    expect(atr).toMatchObject({ reference: 'ATR/2009/0001', dueDate: '2009-12-12', status: 'COMPLETED', completedWithinDeadline: true });
    const today = todayIso();
    const current = await ok(RECORD, { input: { ...foi, receivedDate: today, reference: null } });
    expect(current.reference).toBe(`FOI/${financialYearOf(today).slice(0, 4)}/0001`);
    expect(current.status).toBe('OPEN');
  });

  it('keeps a reference given, and refuses one in use or invalid input, writing nothing', async () => {
    expect((await ok(RECORD, { input: { ...foi, reference: 'FOI-OWN-1', jointWithDirectorate: ' Adult Services ' } })).jointWithDirectorate).toBe(
      'Adult Services',
    );
    await refused(RECORD, { input: { ...foi, reference: 'FOI-OWN-1' } }, 'reference', "'FOI-OWN-1' is already in use");
    // References are one value whatever their case: stored upper-cased, refused in any case once used.
    await refused(RECORD, { input: { ...foi, reference: ' foi-own-1 ' } }, 'reference', "'FOI-OWN-1' is already in use");
    expect((await ok(RECORD, { input: { ...foi, reference: 'foi-own-2' } })).reference).toBe('FOI-OWN-2');
    await refused(RECORD, { input: { ...foi, serviceArea: 'PARKS' } }, 'serviceArea', "unknown service area 'PARKS'");
    await refused(RECORD, { input: { ...foi, serviceArea: '' } }, 'serviceArea', 'is required');
    await refused(RECORD, { input: { ...foi, reference: 'bad reference!' } }, 'reference', 'use up to 40 letters');
    await refused(RECORD, { input: { ...foi, receivedDate: '2999-01-01' } }, 'receivedDate', 'is in the future');
    await refused(RECORD, { input: { ...foi, completedDate: '2009-11-01' } }, 'completedDate', 'is before the received date');
    await refused(RECORD, { input: { ...foi, completedDate: '2999-01-01' } }, 'completedDate', 'is in the future');
    await refused(RECORD, { input: { ...foi, jointWithDirectorate: 'x'.repeat(201) } }, 'jointWithDirectorate', 'is longer than 200');
  });

  it('completes a request once, not before receipt or in the future', async () => {
    const r = await ok(RECORD, { input: { ...foi, receivedDate: '2009-12-01' } });
    await refused(COMPLETE, { id: r.id, d: '2009-11-30' }, 'completedDate', 'is before the received date 2009-12-01');
    await refused(COMPLETE, { id: r.id, d: '2999-01-01' }, 'completedDate', 'is in the future');
    const done = await ok(COMPLETE, { id: r.id, d: '2010-01-05' });
    // Due 31 Dec 2009 (20 working days, skipping Christmas and the Boxing Day substitute): completed late.
    expect(done).toMatchObject({ completedDate: '2010-01-05', dueDate: '2009-12-31', status: 'COMPLETED', completedWithinDeadline: false });
    await refused(COMPLETE, { id: r.id, d: '2010-01-06' }, 'id', 'was already completed on 2010-01-05');
    await refused(COMPLETE, { id: '999999', d: '2010-01-06' }, null, 'No information request with id 999999', 'NOT_FOUND');
  });

  it('extends an open FOI request before it is due, once; not a DPA 1998 request or an overdue one', async () => {
    const today = todayIso();
    const r = await ok(RECORD, { input: { ...foi, receivedDate: today } });
    const extended = await ok(EXTEND, { id: r.id });
    expect(extended).toMatchObject({ extended: true, dueDate: addWorkingDays(today, 40) });
    await refused(EXTEND, { id: r.id }, 'id', 'is already extended');

    const dpa = await ok(RECORD, { input: { ...foi, kind: 'ACCESS_TO_RECORDS', receivedDate: '2009-11-02' } });
    await refused(EXTEND, { id: dpa.id }, 'id', "cannot be extended (rule 'access-to-records-dpa-1998')");
    const overdue = await ok(RECORD, { input: foi });
    await refused(EXTEND, { id: overdue.id }, 'id', 'was due on 2009-11-30; an extension must be made by then');
    await refused(EXTEND, { id: 'nope' }, null, 'No information request with id nope', 'NOT_FOUND');
  });

  it('lists requests newest first, filtered by kind, year, requester and status, paged by cursor', async () => {
    const atr = await ok(LIST, { filter: { kind: 'ACCESS_TO_RECORDS' } });
    expect(atr.edges.every((e: any) => e.node.reference.startsWith('ATR/'))).toBe(true);
    expect((await ok(LIST, { filter: { requesterType: 'POLICE' } })).edges.map((e: any) => e.node.reference)).toEqual(['ATR/2009/0001']);

    const overdue = await ok(LIST, { filter: { status: 'OVERDUE', financialYear: '2009/10' } });
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(overdue.edges.every((e: any) => e.node.status === 'OVERDUE')).toBe(true);
    const open = await ok(LIST, { filter: { status: 'OPEN' } });
    expect(open.totalCount).toBeGreaterThan(overdue.totalCount);
    expect(open.edges.every((e: any) => e.node.status !== 'COMPLETED')).toBe(true);

    const all = await ok(LIST, {});
    const first = await ok(LIST, { page: { first: 2 } });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(LIST, { page: { first: 200, after: first.pageInfo.endCursor } });
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.reference)).toEqual(all.edges.map((e: any) => e.node.reference));

    await ok(RECORD, { input: { ...foi, serviceArea: 'SOCIAL_CARE', reference: 'FOI-SOCIAL-1' } });
    expect((await ok(LIST, { filter: { serviceAreas: ['SOCIAL_CARE'] } })).edges.map((e: any) => e.node.reference)).toEqual(['FOI-SOCIAL-1']);
    expect((await ok(LIST, { filter: { serviceAreas: ['SCHOOL_STANDARDS', 'SOCIAL_CARE'] } })).totalCount).toBe((await rows()).length);
    expect((await ok(LIST, { filter: { serviceAreas: [] } })).totalCount).toBe(0);
    const unknownArea = await api.graphql(LIST, { filter: { serviceAreas: ['PARKS'] } });
    expect(unknownArea.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.serviceAreas' });

    const bad = await api.graphql(LIST, { filter: { financialYear: '2009/11' }, page: { first: 0 } });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain("filter.financialYear: '2009/11' is not a financial year");
    expect(bad.errors![0].message).toContain('page.first: must be between 1 and 200');
  });

  it('counts open and overdue requests as of a date in the summary', async () => {
    const { data, errors } = await api.graphql(
      `{ informationRequestSummary(financialYear: "2009/10", asOf: "2009-12-01") { asOf kinds { kind received stillOpen overdue completed } } }`,
    );
    expect(errors).toBeUndefined();
    const foiRow = data.informationRequestSummary.kinds.find((k: any) => k.kind === 'FREEDOM_OF_INFORMATION');
    const stored = (await rows()).filter((r: any) => r.kind === 'FREEDOM_OF_INFORMATION' && r.receivedFinancialYear === '2009/10');
    expect(foiRow.received).toBe(stored.length);
    expect(foiRow.stillOpen).toBe(stored.filter((r: any) => !r.completedDate).length);
    expect(foiRow.overdue).toBe(stored.filter((r: any) => !r.completedDate && r.dueDate < '2009-12-01').length);
  });
});
