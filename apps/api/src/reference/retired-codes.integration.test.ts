/**
 * A value retired from a date is refused on any new record received on or
 * after it (BAD_USER_INPUT naming the field, nothing written), through
 * createContact, recordInformationRequest and the CSV import alike; records
 * received before the date may still use it.
 */
import request from 'supertest';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;

const RETIRED_FROM = '2010-01-01';
const RETIRE = 'mutation($i: RetireReferenceItemInput!) { retireReferenceItem(input: $i) }';
const CREATE = 'mutation($i: CreateContactInput!) { createContact(input: $i) { reference } }';
const RECORD = 'mutation($i: RecordInformationRequestInput!) { recordInformationRequest(input: $i) { reference } }';

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ADMIN);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  for (const [kind, code] of [
    ['RECORD_TYPE', 'REFERRAL'],
    ['CHANNEL', 'LETTER'],
    ['SERVICE_AREA', 'SCHOOL_STANDARDS'],
    ['ISSUE', 'SERVICE_DELAYED'],
  ]) {
    const { errors } = await api.graphql(RETIRE, { i: { kind, code, retiredFrom: RETIRED_FROM } });
    expect(errors).toBeUndefined();
  }
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

function contact(reference: string, receivedDate: string) {
  return {
    reference,
    recordType: 'REFERRAL',
    channel: 'LETTER',
    receivedDate,
    serviceAreas: ['SOCIAL_CARE', 'SCHOOL_STANDARDS'],
    issues: ['COMMUNICATION_LACK_OF', 'SERVICE_DELAYED'],
    complainantType: 'PROFESSIONAL',
  };
}

function foiRequest(reference: string, receivedDate: string) {
  return { reference, kind: 'FREEDOM_OF_INFORMATION', serviceArea: 'SCHOOL_STANDARDS', requesterType: 'MEDIA', receivedDate };
}

describe(`retired reference values on new records (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('refuses a contact received on or after the date that names any of them, each field named, and saves nothing', async () => {
    const { errors } = await officer.graphql(CREATE, { i: contact('RETIRED-1', RETIRED_FROM) });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.problems).toEqual([
      { field: 'recordType', message: `'Referral' is retired: not used from ${RETIRED_FROM}` },
      { field: 'channel', message: `'Letter' is retired: not used from ${RETIRED_FROM}` },
      { field: 'serviceAreas', message: expect.stringMatching(/^'.*School Standards' is retired: not used from 2010-01-01$/) },
      { field: 'issues', message: expect.stringMatching(/ is retired: not used from 2010-01-01$/) },
    ]);
    expect(await db.dataSource.getRepository(Contact).count()).toBe(0);
  });

  it('accepts the same values on a contact received the day before', async () => {
    const { data, errors } = await officer.graphql(CREATE, { i: contact('RETIRED-2', '2009-12-31') });
    expect(errors).toBeUndefined();
    expect(data.createContact.reference).toBe('RETIRED-2');
  });

  it('refuses an information request in a retired service area from the date, and accepts one received before', async () => {
    const refused = await officer.graphql(RECORD, { i: foiRequest('RETIRED-FOI-1', '2010-02-01') });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceArea' });
    expect(await db.dataSource.getRepository(InformationRequest).count()).toBe(0);
    const accepted = await officer.graphql(RECORD, { i: foiRequest('RETIRED-FOI-2', '2009-12-01') });
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses an imported row received on or after the date, and imports nothing from the file', async () => {
    const header = 'Reference,Record_Type,Channel,Received_Date,Service_Areas,Issues,Complainant_Type';
    const file = [header, 'RETIRED-IMP-1,REFERRAL,EMAIL,2009-12-30,SOCIAL_CARE,COMMUNICATION_LACK_OF,PROFESSIONAL', 'RETIRED-IMP-2,COMMENT,LETTER,2010-01-04,SOCIAL_CARE,COMMUNICATION_LACK_OF,PROFESSIONAL'].join('\n');
    const res = await request(api.server.app).post('/import/contacts').set('Content-Type', 'text/csv').set('Authorization', `Bearer ${officer.token}`).send(`${file}\n`);
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([{ line: 3, row: 3, field: 'channel', message: `'Letter' is retired: not used from ${RETIRED_FROM}` }]);
    expect(await db.dataSource.getRepository(Contact).count()).toBe(1);
  });

  // Last: it records a contact, which the counts above do not expect.
  it('refuses a value retired after contacts were recorded with it (the catalog kept for writes is reloaded)', async () => {
    const withTelephone = (reference: string) => ({ ...contact(reference, '2009-06-01'), channel: 'TELEPHONE' });
    const before = await officer.graphql(CREATE, { i: withTelephone('RETIRED-PHONE-1') });
    expect(before.errors).toBeUndefined();
    const { errors: retireErrors } = await api.graphql(RETIRE, { i: { kind: 'CHANNEL', code: 'TELEPHONE', retiredFrom: '2009-06-01' } });
    expect(retireErrors).toBeUndefined();
    const { errors } = await officer.graphql(CREATE, { i: withTelephone('RETIRED-PHONE-2') });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.problems).toEqual([{ field: 'channel', message: "'Telephone' is retired: not used from 2009-06-01" }]);
  });
});
