/**
 * Finding any case: the contacts list's searches (reference, complainant's
 * surname, free text), filters, orders and keyset pages, and references that
 * are one whatever their letter case and / or -, over GraphQL against a real
 * database.
 */
import request from 'supertest';
import { closeAggregates, configureAggregates } from '../aggregates/aggregate-admission';
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { contactQuery } from './contact-list';
import { Contact } from './contact.entity';

let db: TestDatabase;
let api: TestServer;
const ids: Record<string, string> = {};

const CREATE = 'mutation($input: CreateContactInput!) { createContact(input: $input) { id reference } }';
const LIST = `query($filter: ContactFilter, $page: PageInput, $sort: ContactSort) {
  contacts(filter: $filter, page: $page, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { reference } } }
}`;

const complaint = {
  recordType: 'STATUTORY_COMPLAINT',
  channel: 'LETTER',
  serviceAreas: ['SOCIAL_CARE'],
  issues: ['COMMUNICATION_LACK_OF'],
  complainantType: 'PARENT_OR_CARER',
};

async function create(input: Record<string, unknown>, client: TestClient = api): Promise<string> {
  const { data, errors } = await client.graphql(CREATE, { input });
  expect(errors).toBeUndefined();
  ids[data.createContact.reference] = data.createContact.id;
  return data.createContact.reference;
}

async function found(filter: Record<string, unknown>, sort = 'REFERENCE', client: TestClient = api): Promise<string[]> {
  const { data, errors } = await client.graphql(LIST, { filter, sort, page: { first: 100 } });
  expect(errors).toBeUndefined();
  expect(data.contacts.totalCount).toBe(data.contacts.edges.length);
  return data.contacts.edges.map((e: any) => e.node.reference);
}

async function refusal(query: string, variables: Record<string, unknown>, client: TestClient = api) {
  const { errors } = await client.graphql(query, variables);
  return { code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field };
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  // Open: the acknowledgement (due 5 Nov 2009) is waiting, and overdue today.
  await create({ ...complaint, reference: 'CS/2009/0101', receivedDate: '2009-11-02', complainant: { givenName: 'Jane', familyName: 'Smith', email: 'jane.smith@example.com' } });
  // Open: acknowledged, the response due 9 Dec 2009 is waiting.
  await create({
    ...complaint,
    reference: 'cs/2009/0102',
    receivedDate: '2009-11-25',
    acknowledgementSentDate: '2009-11-26',
    summary: 'Care plan review 100% late',
    complainant: { givenName: 'Sean', familyName: "O'Brien", phone: '020 7946 0102' },
  });
  // Closed: nothing is ever due for a compliment.
  await create({
    ...complaint,
    reference: 'CS/2009/0110',
    recordType: 'COMPLIMENT',
    serviceAreas: ['INCLUSION'],
    complainantType: 'MEMBER_OF_PUBLIC',
    receivedDate: '2009-12-01',
    complainant: { givenName: 'John', familyName: 'Smithson' },
  });
  // Closed: answered. Typed with hyphens: found by either spelling.
  await create({
    ...complaint,
    reference: 'CS-2009-0120',
    serviceAreas: ['INCLUSION'],
    receivedDate: '2009-10-01',
    responseSentDate: '2009-10-09',
    outcome: 'UPHELD',
    complainant: { givenName: 'Zoë', familyName: 'van der Berg' },
  });
  await create({ ...complaint, reference: 'LEG_1', recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR', receivedDate: '2009-09-15', summary: 'under_score' });
  await create({ ...complaint, reference: 'LEGX1', recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR', receivedDate: '2009-09-15', summary: 'underXscore' });
  await create({ ...complaint, reference: 'CS/2009/0130', receivedDate: '2009-11-02' });
  const { errors } = await api.graphql('mutation($id: ID!) { withdrawContact(id: $id, date: "2009-11-03") { id } }', { id: ids['CS/2009/0130'] });
  expect(errors).toBeUndefined();
});
afterAll(async () => {
  closeAggregates(db.dataSource);
  await api?.server.stop();
  await db?.close();
});

describe(`finding contacts (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  describe('references', () => {
    const BY_REFERENCE = 'query($r: String!) { contactByReference(reference: $r) { reference } }';

    it('open by the web address form, in any letter case, with / or -', async () => {
      for (const [asked, reference] of [
        ['CS-2009-0101', 'CS/2009/0101'],
        ['cs-2009-0102', 'CS/2009/0102'],
        ['CS/2009/0120', 'CS-2009-0120'],
        ['leg_1', 'LEG_1'],
      ]) {
        const { data } = await api.graphql(BY_REFERENCE, { r: asked });
        expect([asked, data.contactByReference?.reference]).toEqual([asked, reference]);
      }
      for (const asked of ['CS-2009-9999', 'x'.repeat(1000), '%']) {
        const { data, errors } = await api.graphql(BY_REFERENCE, { r: asked });
        expect(errors).toBeUndefined();
        expect(data.contactByReference).toBeNull();
      }
    });

    it('are one whatever their case and / or -: a second spelling is refused, and nothing is written', async () => {
      const before = await db.dataSource.getRepository(Contact).count();
      for (const reference of ['cs-2009-0101', 'CS/2009/0120', 'new']) {
        expect(await refusal(CREATE, { input: { ...complaint, reference, receivedDate: '2009-11-02' } })).toEqual({ code: 'BAD_USER_INPUT', field: 'reference' });
      }
      const { errors } = await api.graphql(CREATE, { input: { ...complaint, reference: 'cs-2009-0101', receivedDate: '2009-11-02' } });
      expect(errors![0].message).toMatch(/'CS-2009-0101' is the same reference as 'CS\/2009\/0101'/);
      expect(await db.dataSource.getRepository(Contact).count()).toBe(before);
    });

    it('are refused by the CSV import when a row clashes with a saved contact or another row, and nothing is imported', async () => {
      const before = await db.dataSource.getRepository(Contact).count();
      const header = 'Reference,Record_Type,Channel,Received_Date,Service_Areas,Issues,Complainant_Type';
      const line = (reference: string) => `${reference},STATUTORY_COMPLAINT,LETTER,2009-11-02,SOCIAL_CARE,COMMUNICATION_LACK_OF,PARENT_OR_CARER`;
      const upload = (rows: string[]) =>
        request(api.server.app).post('/import/contacts').set('Authorization', `Bearer ${api.token}`).set('Content-Type', 'text/csv').send([header, ...rows].join('\r\n'));
      const clash = await upload([line('IMP/1'), line('cs-2009-0101')]);
      expect(clash.status).toBe(400);
      expect(clash.body.problems).toEqual([expect.objectContaining({ line: 3, field: 'reference', message: expect.stringMatching(/same reference as 'CS\/2009\/0101'/) })]);
      const twice = await upload([line('IMP/1'), line('imp-1')]);
      expect(twice.status).toBe(400);
      expect(twice.body.problems).toEqual([expect.objectContaining({ line: 3, field: 'reference' })]);
      expect(await db.dataSource.getRepository(Contact).count()).toBe(before);
    });

    it('are generated past one typed by hand with - for /', async () => {
      await create({ ...complaint, reference: 'CS-2010-0001', receivedDate: '2010-05-04' });
      expect(await create({ ...complaint, receivedDate: '2010-05-05' })).toBe('CS/2010/0002');
    });
  });

  describe('search', () => {
    it('by reference: starts with, in either spelling; _ is a letter of the reference, not a wildcard', async () => {
      expect(await found({ reference: 'cs-2009-01' })).toEqual(['CS/2009/0101', 'CS/2009/0102', 'CS/2009/0110', 'CS-2009-0120', 'CS/2009/0130']);
      expect(await found({ reference: 'CS/2009/010' })).toEqual(['CS/2009/0101', 'CS/2009/0102']);
      expect(await found({ reference: 'LEG_' })).toEqual(['LEG_1']);
    });

    it("by the complainant's surname: starts with, ignoring case, accents and punctuation", async () => {
      expect(await found({ complainantName: 'smith' })).toEqual(['CS/2009/0101', 'CS/2009/0110']);
      expect(await found({ complainantName: "o'bri" })).toEqual(['CS/2009/0102']);
      expect(await found({ complainantName: 'OBRIEN' })).toEqual(['CS/2009/0102']);
      expect(await found({ complainantName: 'Van der Berg' })).toEqual(['CS-2009-0120']);
      expect(await found({ complainantName: 'Jane Smith' })).toEqual(['CS/2009/0101']);
      expect(await found({ complainantName: 'Smith, J' })).toEqual(['CS/2009/0101', 'CS/2009/0110']);
      expect(await found({ complainantName: 'Smith, Jo' })).toEqual(['CS/2009/0110']);
      expect(await found({ complainantName: 'Jones' })).toEqual([]);
    });

    it('in free text: the summary and the complainant’s details, with % and _ taken literally', async () => {
      expect(await found({ text: 'care PLAN' })).toEqual(['CS/2009/0102']);
      expect(await found({ text: '100%' })).toEqual(['CS/2009/0102']);
      expect(await found({ text: '%%%' })).toEqual([]);
      expect(await found({ text: 'under_score' })).toEqual(['LEG_1']);
      expect(await found({ text: 'under%score' })).toEqual([]);
      expect(await found({ text: 'jane.smith@' })).toEqual(['CS/2009/0101']);
      expect(await found({ text: '7946 0102' })).toEqual(['CS/2009/0102']);
    });

    it('refuses what it cannot look for, naming the field, hostile patterns included', async () => {
      const long = 'x'.repeat(1000);
      for (const [filter, field] of [
        [{ reference: '%' }, 'filter.reference'],
        [{ reference: long }, 'filter.reference'],
        [{ complainantName: '%_' }, 'filter.complainantName'],
        [{ complainantName: long }, 'filter.complainantName'],
        [{ text: '%' }, 'filter.text'],
        [{ text: '_' }, 'filter.text'],
        [{ text: long }, 'filter.text'],
        [{ assignedTo: ['me'] }, 'filter.assignedTo'],
        [{ recordTypes: ['NOPE'] }, 'filter.recordTypes'],
      ] as const) {
        expect([filter, await refusal(LIST, { filter })]).toEqual([filter, { code: 'BAD_USER_INPUT', field }]);
      }
    });

    it('answers a reference from the referenceKey index and a surname from the complainant’s surname index', async () => {
      const officer = { id: 1, email: 'x@test.example', name: 'x', role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [], mustChangePassword: false };
      const plan = async (filter: Record<string, unknown>) => {
        const { filtered } = await contactQuery(db.dataSource, officer, { filter, today: '2026-01-01' });
        const [sql, params] = filtered().select('c.id').getQueryAndParameters();
        const rows: Array<Record<string, unknown>> = await db.dataSource.query(`${db.dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`, params);
        return JSON.stringify(rows);
      };
      // SQLite's planner uses an index for a range whatever the table's size; MySQL may scan a table this
      // small, so there the index must at least be one it could use.
      const uses = db.dialect === 'sqlite' ? /USING (COVERING )?INDEX IDX_68dff67f6c1b19404a5934d5bd/ : /IDX_68dff67f6c1b19404a5934d5bd/;
      expect(await plan({ reference: 'cs-2009-01' })).toMatch(uses);
      expect(await plan({ complainantName: "o'bri" })).toMatch(db.dialect === 'sqlite' ? /USING (COVERING )?INDEX IDX_1d98f61fdfa6238807eb1ccd9b/ : /IDX_1d98f61fdfa6238807eb1ccd9b/);
    });

    it('runs free text under the aggregate limits; the indexed searches do not need them', async () => {
      // Every aggregate slot taken (by someone else's long trend, say): a text search waits for none.
      const runner = configureAggregates(db.dataSource, { perUser: 1, global: 1, queueLength: 0 });
      let finish = () => {};
      const busy = runner.admit('someone else', () => new Promise<void>((resolve) => (finish = resolve)));
      try {
        expect((await refusal(LIST, { filter: { text: 'care plan' } })).code).toBe('TOO_MANY_REQUESTS');
        expect(await found({ reference: 'CS/2009/010' })).toHaveLength(2);
        expect(await found({ complainantName: 'smith' })).toHaveLength(2);
      } finally {
        finish();
        await busy;
        configureAggregates(db.dataSource, {});
      }
      expect(await found({ text: 'care plan' })).toEqual(['CS/2009/0102']);
    });
  });

  describe('filters', () => {
    it('by status, overdue and next due date, kept in step with the steps recorded', async () => {
      expect(await found({ statuses: ['OPEN'], reference: 'CS-2009' })).toEqual(['CS/2009/0101', 'CS/2009/0102']);
      expect(await found({ statuses: ['CLOSED'] })).toEqual(['CS/2009/0110', 'CS-2009-0120']);
      expect(await found({ statuses: ['WITHDRAWN'] })).toEqual(['CS/2009/0130']);
      expect(await found({ overdue: true, reference: 'CS-2009' })).toEqual(['CS/2009/0101', 'CS/2009/0102']);
      expect(await found({ overdue: false, reference: 'CS-2009' })).toEqual(['CS/2009/0110', 'CS-2009-0120', 'CS/2009/0130']);
      expect(await found({ dueFrom: '2009-12-01', dueTo: '2009-12-31' })).toEqual(['CS/2009/0102']);
      expect(await found({ dueTo: '2009-11-30', reference: 'CS' })).toEqual(['CS/2009/0101']);

      const { data } = await api.graphql('mutation($id: ID!) { acknowledgeContact(id: $id, sentDate: "2009-11-04") { status nextDueDate responseDueDate } }', {
        id: ids['CS/2009/0101'],
      });
      expect(data.acknowledgeContact).toEqual({ status: 'OPEN', nextDueDate: '2009-11-16', responseDueDate: '2009-11-16' });
      expect(await found({ dueTo: '2009-11-30', reference: 'CS' })).toEqual(['CS/2009/0101']);
      expect(await found({ dueTo: '2009-11-15', reference: 'CS' })).toEqual([]);
    });

    it('by record type, stage, service area and received dates', async () => {
      expect(await found({ recordTypes: ['COMPLIMENT'] })).toEqual(['CS/2009/0110']);
      expect(await found({ stages: ['STAGE_1'], reference: 'CS-2009' })).toEqual(['CS/2009/0101', 'CS/2009/0102', 'CS-2009-0120', 'CS/2009/0130']);
      expect(await found({ serviceAreas: ['INCLUSION'] })).toEqual(['CS/2009/0110', 'CS-2009-0120']);
      expect(await found({ receivedFrom: '2009-11-02', receivedTo: '2009-11-25' })).toEqual(['CS/2009/0101', 'CS/2009/0102', 'CS/2009/0130']);
    });
  });

  describe('orders and keyset pages', () => {
    async function walk(sort: string, filter: Record<string, unknown> = {}): Promise<string[]> {
      const references: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const { data, errors }: any = await api.graphql(LIST, { filter, sort, page: { first: 2, after } });
        expect(errors).toBeUndefined();
        references.push(...data.contacts.edges.map((e: any) => e.node.reference));
        expect(data.contacts.edges.at(-1)?.cursor ?? null).toBe(data.contacts.pageInfo.endCursor);
        if (!data.contacts.pageInfo.hasNextPage) return references;
        after = data.contacts.pageInfo.endCursor;
      }
      throw new Error('more pages than contacts');
    }

    it('pages through each order two at a time, every contact once, in order', async () => {
      // Where _ sorts among letters is the database's collation; the CS references sort alike on both.
      const all = await found({}, 'REFERENCE');
      expect(all.filter((r) => r.startsWith('CS'))).toEqual(['CS/2009/0101', 'CS/2009/0102', 'CS/2009/0110', 'CS-2009-0120', 'CS/2009/0130', 'CS-2010-0001', 'CS/2010/0002']);
      expect(new Set(all).size).toBe(9);
      expect(await walk('REFERENCE')).toEqual(all);
      expect(await walk('DUE_SOONEST', { reference: 'CS-2009' })).toEqual(['CS/2009/0101', 'CS/2009/0102', 'CS/2009/0110', 'CS-2009-0120', 'CS/2009/0130']);
      const newest = await walk('RECEIVED_NEWEST');
      expect(newest.slice(0, 3)).toEqual(['CS/2010/0002', 'CS-2010-0001', 'CS/2009/0110']);
      expect(await walk('RECEIVED_OLDEST')).toEqual([...newest].reverse());
    });

    it('refuses a cursor it did not hand out for the order, or one tampered with', async () => {
      const { data } = await api.graphql(LIST, { sort: 'REFERENCE', page: { first: 1 } });
      const cursor = data.contacts.pageInfo.endCursor;
      const [, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
      const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
      for (const [after, sort] of [
        [cursor, 'RECEIVED_NEWEST'],
        ['not-a-cursor', 'REFERENCE'],
        [forged(['REFERENCE', `${value}' OR '1'='1`, id]), 'REFERENCE'],
        [forged(['REFERENCE', value, 'x']), 'REFERENCE'],
        ['x'.repeat(1000), 'REFERENCE'],
      ]) {
        expect(await refusal(LIST, { sort, page: { first: 1, after } })).toEqual({ code: 'BAD_USER_INPUT', field: 'page.after' });
      }
    });
  });

  describe('who may find what', () => {
    it("shows a service manager their areas' contacts only, by any search", async () => {
      const manager = await api.as(Role.SERVICE_MANAGER);
      expect(await found({ complainantName: 'smith' }, 'REFERENCE', manager)).toEqual(['CS/2009/0101']);
      expect(await found({ reference: 'CS-2009-012' }, 'REFERENCE', manager)).toEqual([]);
      const { data } = await manager.graphql('{ contactByReference(reference: "CS-2009-0120") { id } }');
      expect(data.contactByReference).toBeNull();
    });

    it('refuses analysts, who never see case records', async () => {
      const analyst = await api.as(Role.ANALYST);
      expect(await refusal(LIST, { filter: { complainantName: 'smith' } }, analyst)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refusal('{ contactByReference(reference: "CS-2009-0101") { id } }', {}, analyst)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
