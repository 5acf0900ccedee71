/**
 * Complainants' details: recorded with a contact or afterwards, read only by
 * officers and the case's service manager, refused to everyone else, and never
 * in aggregates, exports or logs.
 */
import pino from 'pino';
import { Writable } from 'stream';
import { Role } from '../auth/role';
import { Contact } from '../contacts/contact.entity';
import { createLogger, logger } from '../logging/logger';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { closeAggregates } from '../aggregates/aggregate-admission';
import { Complainant } from './complainant.entity';

let db: TestDatabase;
let api: TestServer;

/** A name no report, chart or export could contain by chance. */
const MARKER = { givenName: 'Zebedee', familyName: 'Quixotic-Marker', email: 'zebedee.quixotic@example.com', phone: '07700 900123', address: '1 Marker Lane' };

const CREATE = 'mutation($input: CreateContactInput!) { createContact(input: $input) { id reference } }';
const READ = `query($id: ID!) { contact(id: $id) { reference complainant {
  givenName familyName email phone address relationshipToChild preferredContactMethod reasonableAdjustments updatedAt
} } }`;
const SAVE = 'mutation($id: ID!, $input: ComplainantInput!) { saveComplainant(contactId: $id, input: $input) { id complainant { familyName phone preferredContactMethod } } }';

function contactInput(serviceArea: string, complainant?: Record<string, unknown>) {
  return {
    recordType: 'STATUTORY_COMPLAINT',
    channel: 'EMAIL',
    receivedDate: '2009-11-02',
    serviceAreas: [serviceArea],
    issues: ['COMMUNICATION_LACK_OF'],
    complainantType: 'PARENT_OR_CARER',
    ...(complainant ? { complainant } : {}),
  };
}

async function counts() {
  return { contacts: await db.dataSource.getRepository(Contact).count(), complainants: await db.dataSource.getRepository(Complainant).count() };
}

let socialCare: string;
let inclusion: string;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  const created = await api.graphql(CREATE, {
    input: contactInput('SOCIAL_CARE', { ...MARKER, relationshipToChild: 'Grandmother', preferredContactMethod: 'TEXT_MESSAGE', reasonableAdjustments: 'Large print' }),
  });
  expect(created.errors).toBeUndefined();
  socialCare = created.data.createContact.id;
  inclusion = (await api.graphql(CREATE, { input: contactInput('INCLUSION', { familyName: 'Elsewhere' }) })).data.createContact.id;
});
afterAll(async () => {
  closeAggregates(db.dataSource);
  await api?.server.stop();
  await db?.close();
});

describe(`complainants' details (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('are recorded with the contact and shown to the officer', async () => {
    const { data, errors } = await api.graphql(READ, { id: socialCare });
    expect(errors).toBeUndefined();
    expect(data.contact.complainant).toMatchObject({
      ...MARKER,
      relationshipToChild: 'Grandmother',
      preferredContactMethod: 'TEXT_MESSAGE',
      reasonableAdjustments: 'Large print',
    });
  });

  it('are checked field by field with the contact, and a refused contact writes nothing', async () => {
    const before = await counts();
    const { errors } = await api.graphql(CREATE, { input: contactInput('SOCIAL_CARE', { familyName: 'Smith', email: 'not-an-address', preferredContactMethod: 'LETTER' }) });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['complainant.email', 'complainant.preferredContactMethod']);
    expect(errors![0].message).not.toContain('not-an-address');
    expect(await counts()).toEqual(before);
  });

  it('are corrected with saveComplainant; a refused change changes nothing', async () => {
    const saved = await api.graphql(SAVE, { id: inclusion, input: { familyName: 'Elsewhere', phone: '020 7946 0999', preferredContactMethod: 'PHONE' } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveComplainant.complainant).toEqual({ familyName: 'Elsewhere', phone: '020 7946 0999', preferredContactMethod: 'PHONE' });

    const refused = await api.graphql(SAVE, { id: inclusion, input: { familyName: 'x'.repeat(1000), preferredContactMethod: 'EMAIL' } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyName' });
    expect(refused.errors![0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['familyName', 'preferredContactMethod']);
    expect((await api.graphql(READ, { id: inclusion })).data.contact.complainant.familyName).toBe('Elsewhere');

    expect((await api.graphql(SAVE, { id: '999999', input: { familyName: 'Nobody' } })).errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it("are shown to the service manager of the case's area only, and changed by officers only", async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    expect((await manager.graphql(READ, { id: socialCare })).data.contact.complainant.familyName).toBe(MARKER.familyName);
    expect((await manager.graphql(READ, { id: inclusion })).data.contact).toBeNull();
    const { errors } = await manager.graphql(SAVE, { id: socialCare, input: { familyName: 'Changed' } });
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('are refused to analysts and administrators, and to nobody signed in', async () => {
    for (const role of [Role.ANALYST, Role.ADMIN]) {
      const client = await api.as(role);
      const { data, errors } = await client.graphql(READ, { id: socialCare });
      expect([role, errors?.[0]?.extensions?.code, data?.contact ?? null]).toEqual([role, 'FORBIDDEN', null]);
    }
    expect((await api.anonymous.graphql(READ, { id: socialCare })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never appear in trends, the annual report or exports', async () => {
    const analyst = await api.as(Role.ANALYST);
    const answers: string[] = [];
    for (const client of [api, analyst]) {
      for (const path of [
        '/export/trend.csv?financialYear=2009/10&groupBy=SERVICE_AREA&granularity=MONTH',
        '/export/trend.csv?financialYear=2009/10&groupBy=COMPLAINANT_TYPE&granularity=FINANCIAL_YEAR',
        '/report/2009-10',
        '/export/report/2009-10/table6.csv',
      ]) {
        const res = await client.get(path);
        expect([path, res.status]).toEqual([path, 200]);
        answers.push(res.text);
      }
      const trend = await client.graphql('{ trend(input: { financialYear: "2009/10", groupBy: COMPLAINANT_TYPE, granularity: MONTH }) { series { label total } } }');
      expect(trend.errors).toBeUndefined();
      answers.push(JSON.stringify(trend.data));
    }
    // The contacts were counted…
    expect(answers.join('\n')).toMatch(/Parent or carer/);
    // …but whoever they are never shows.
    for (const value of Object.values(MARKER)) expect(answers.join('\n')).not.toContain(value);
  });

  it('never reach the log: saving says which contact and who, not what', async () => {
    // What the API's logger writes, after its serializers and redaction, at the production level.
    const stream = (logger as unknown as Record<symbol, { write(line: string): unknown }>)[pino.symbols.streamSym];
    const write = jest.spyOn(stream, 'write').mockImplementation(() => true);
    const level = logger.level;
    logger.level = 'info';
    try {
      await api.graphql(SAVE, { id: socialCare, input: { ...MARKER, preferredContactMethod: 'EMAIL' } });
      await api.graphql(SAVE, { id: socialCare, input: { ...MARKER, email: 'broken' } });
      const logged = write.mock.calls.map(([line]) => String(line)).join('');
      expect(logged).toContain('complainant_saved');
      expect(logged).toContain('"path":"/graphql"');
      for (const value of Object.values(MARKER)) expect(logged).not.toContain(value);
    } finally {
      logger.level = level;
      write.mockRestore();
    }
    // And a complainant logged by mistake, anywhere in an object, is blanked.
    let written = '';
    const out = new Writable({ write: (chunk, _encoding, done) => ((written += String(chunk)), done()) });
    createLogger('info', out).error({ complainant: MARKER, input: { complainant: MARKER }, variables: { input: { complainant: MARKER } } }, 'oops');
    expect(written).toContain('[redacted]');
    for (const value of Object.values(MARKER)) expect(written).not.toContain(value);
  });
});
