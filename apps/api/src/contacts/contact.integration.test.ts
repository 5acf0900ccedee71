/** Recording and listing contacts over GraphQL, against a real database. */
import { Contact } from './contact.entity';
import { ContactServiceArea } from './contact-service-area.entity';
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

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

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateContactInput!) {
    createContact(input: $input) {
      id reference receivedMonth receivedQuarter receivedFinancialYear stage outcome
      acknowledgementDueDate responseDueDate deadlineRuleId
      recordType { code name } channel { name } division { name }
      primaryServiceArea { code } serviceAreas { code } issues { code } issueCategory { name }
    }
  }
`;

const valid = {
  recordType: 'STATUTORY_COMPLAINT',
  channel: 'LETTER',
  receivedDate: '2009-12-23',
  serviceAreas: ['SOCIAL_CARE', 'INCLUSION'],
  issues: ['COMMUNICATION_LACK_OF', 'STAFF_CONDUCT'],
  complainantType: 'PARENT_OR_CARER',
};

async function counts() {
  return {
    contacts: await db.dataSource.getRepository(Contact).count(),
    links: await db.dataSource.getRepository(ContactServiceArea).count(),
  };
}

describe(`contacts (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('records a statutory complaint and computes its periods and statutory deadlines', async () => {
    const { data, errors } = await api.graphql(CREATE, { input: valid });
    expect(errors).toBeUndefined();
    expect(data.createContact).toMatchObject({
      reference: 'CS/2009/0001',
      receivedMonth: '2009-12',
      receivedQuarter: '2009/10 Q3',
      receivedFinancialYear: '2009/10',
      stage: 'STAGE_1',
      outcome: 'ONGOING',
      // 3 and 10 working days, skipping Christmas, Boxing Day (Mon 28th substitute) and New Year's Day.
      acknowledgementDueDate: '2009-12-30',
      responseDueDate: '2010-01-11',
      recordType: { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint' },
      channel: { name: 'Letter' },
      division: { name: 'Safeguarding Social Care' },
      primaryServiceArea: { code: 'SOCIAL_CARE' },
      serviceAreas: [{ code: 'SOCIAL_CARE' }, { code: 'INCLUSION' }],
      issues: [{ code: 'COMMUNICATION_LACK_OF' }, { code: 'STAFF_CONDUCT' }],
      issueCategory: { name: 'Communication' },
    });
  });

  it.each([
    ['an unknown record type', { recordType: 'GRUMBLE' }, 'recordType', "unknown record type 'GRUMBLE'"],
    ['a response before it was received', { responseSentDate: '2009-12-01' }, 'responseSentDate', 'is before the received date'],
    ['an unknown service area', { serviceAreas: ['SOCIAL_CARE', 'PARKS'] }, 'serviceAreas', "unknown service area 'PARKS'"],
    ['a stage on a compliment', { recordType: 'COMPLIMENT', stage: 'STAGE_1' }, 'stage', 'is not a complaint'],
    ['no issues', { issues: [] }, 'issues', 'at least one issue is required'],
    ['a date in the future', { receivedDate: '2999-01-01' }, 'receivedDate', 'is in the future'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, change, field, message) => {
    const before = await counts();
    const { data, errors } = await api.graphql(CREATE, { input: { ...valid, ...change } });
    expect(data).toBeFalsy();
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.field).toBe(field);
    expect(errors![0].message).toContain(field);
    expect(errors![0].message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a date that is not a real date', async () => {
    const { errors } = await api.graphql(CREATE, { input: { ...valid, receivedDate: '2009-02-30' } });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain("'2009-02-30' is not a real calendar date");
  });

  it('refuses a duplicate reference', async () => {
    const before = await counts();
    const { errors } = await api.graphql(CREATE, { input: { ...valid, reference: 'CS/2009/0001' } });
    expect(errors![0].extensions.field).toBe('reference');
    expect(errors![0].message).toContain('already in use');
    expect(await counts()).toEqual(before);
  });

  it('lists contacts newest first with filters and cursor pagination', async () => {
    for (const receivedDate of ['2009-05-01', '2009-06-01', '2009-07-01']) {
      const { errors } = await api.graphql(CREATE, { input: { ...valid, recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR', receivedDate } });
      expect(errors).toBeUndefined();
    }
    const LIST = `query List($filter: ContactFilter, $page: PageInput) {
      contacts(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { receivedDate recordType { code } } } }
    }`;
    const filter = { recordTypes: ['MP_CLLR_ENQUIRY'], financialYear: '2009/10' };
    const first = await api.graphql(LIST, { filter, page: { first: 2 } });
    expect(first.data.contacts.totalCount).toBe(3);
    expect(first.data.contacts.edges.map((e: any) => e.node.receivedDate)).toEqual(['2009-07-01', '2009-06-01']);
    expect(first.data.contacts.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql(LIST, { filter, page: { first: 2, after: first.data.contacts.pageInfo.endCursor } });
    expect(second.data.contacts.edges.map((e: any) => e.node.receivedDate)).toEqual(['2009-05-01']);
    expect(second.data.contacts.pageInfo.hasNextPage).toBe(false);

    const bad = await api.graphql(LIST, { filter: { channels: ['PIGEON'] }, page: { first: 500 } });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain("filter.channels: unknown code 'PIGEON'");
    expect(bad.errors![0].message).toContain('page.first: must be between 1 and 200');
  });

  it('lists the reference data', async () => {
    const { data } = await api.graphql(`{ recordTypes { code name group } channels { name } divisions { name }
      serviceAreas { code division { code } } issueCategories { name issues { code } } }`);
    expect(data.recordTypes).toHaveLength(10);
    expect(data.channels.map((c: any) => c.name)).toContain("From Ombudsman's office");
    expect(data.serviceAreas.find((s: any) => s.code === 'SOCIAL_CARE').division.code).toBe('SAFEGUARDING_SOCIAL_CARE');
    expect(data.issueCategories.find((c: any) => c.name === 'Communication').issues.map((i: any) => i.code)).toContain('COMMUNICATION_UNWANTED');
  });
});
