/**
 * Issue 8, findings 4, 7 and 11 (references by letter case), through the real
 * HTTP server on both dialects: simultaneous saves all get distinct references,
 * a reference is one value whatever its case, service managers see only their
 * areas' information requests, and their aggregates stay directorate-wide.
 */
import supertest from 'supertest';
import { Role } from '../auth/role';
import { InformationRequest } from '../information-requests/information-request.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { Contact } from './contact.entity';

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

const CREATE_CONTACT = 'mutation($input: CreateContactInput!) { createContact(input: $input) { id reference } }';
const RECORD_REQUEST = 'mutation($input: RecordInformationRequestInput!) { recordInformationRequest(input: $input) { id reference } }';

const contact = {
  recordType: 'STATUTORY_COMPLAINT',
  channel: 'LETTER',
  receivedDate: '2009-12-23',
  serviceAreas: ['SOCIAL_CARE'],
  issues: ['COMMUNICATION_LACK_OF'],
  complainantType: 'PARENT_OR_CARER',
};
const request = { kind: 'FREEDOM_OF_INFORMATION', serviceArea: 'SCHOOL_STANDARDS', requesterType: 'MEDIA', receivedDate: '2009-11-02' };

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const counts = async () => ({
  contacts: await db.dataSource.getRepository(Contact).count(),
  requests: await db.dataSource.getRepository(InformationRequest).count(),
});

const busy = (r: { errors?: any[] }) => r.errors?.[0]?.extensions?.code === 'SERVER_BUSY';

/** Every answer is either data or a refusal naming `reference`: never INTERNAL_SERVER_ERROR or driver text. */
function expectOnlyReferenceRefusals(results: Array<{ data?: any; errors?: any[] }>): void {
  for (const r of results.filter((x) => x.errors)) {
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
    expect(r.errors![0].message).not.toMatch(/duplicate|unique|constraint|ER_|SQLITE/i);
  }
}

describe(`hostile concurrent saves (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('gives 50 simultaneous createContact 50 distinct references, all saved', async () => {
    let results = await Promise.all(times(50, () => api.graphql(CREATE_CONTACT, { input: contact })));
    // On a loaded machine a save may wait over 10 s for a request turn and be refused SERVER_BUSY (nothing saved):
    // a client sends it again, as Retry-After says. Anything else is a failure.
    for (let attempt = 0; attempt < 5 && results.some(busy); attempt++) {
      const done = results.filter((r) => !busy(r));
      results = [...done, ...(await Promise.all(times(results.length - done.length, () => api.graphql(CREATE_CONTACT, { input: contact }))))];
    }
    expect(results.filter((r) => r.errors)).toEqual([]);
    const references = results.map((r) => r.data.createContact.reference).sort();
    expect(references).toEqual(times(50, (i) => `CS/2009/${String(i + 1).padStart(4, '0')}`));
    expect((await counts()).contacts).toBe(50);
  });

  it('gives 20 simultaneous information requests 20 distinct references, all saved', async () => {
    const results = await Promise.all(times(20, () => api.graphql(RECORD_REQUEST, { input: request })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const references = results.map((r) => r.data.recordInformationRequest.reference).sort();
    expect(references).toEqual(times(20, (i) => `FOI/2009/${String(i + 1).padStart(4, '0')}`));
    expect((await counts()).requests).toBe(20);
  });

  it('starts a year after its highest saved reference, and skips numbers given explicitly, in any case', async () => {
    const generate = async (n: number) =>
      (await Promise.all(times(n, () => api.graphql(CREATE_CONTACT, { input: { ...contact, receivedDate: '2010-05-04' } })))).map((r) => r.data.createContact.reference).sort();
    const explicit = await api.graphql(CREATE_CONTACT, { input: { ...contact, receivedDate: '2010-05-04', reference: 'cs/2010/0002' } });
    expect(explicit.data.createContact.reference).toBe('CS/2010/0002');
    expect(await generate(3)).toEqual(['CS/2010/0003', 'CS/2010/0004', 'CS/2010/0005']);
    await api.graphql(CREATE_CONTACT, { input: { ...contact, receivedDate: '2010-05-04', reference: 'Cs/2010/0007' } });
    expect(await generate(2)).toEqual(['CS/2010/0006', 'CS/2010/0008']);
  });

  it('refuses a contact reference that differs only by case, naming the field, writing nothing', async () => {
    expect((await api.graphql(CREATE_CONTACT, { input: { ...contact, reference: 'Legacy/7' } })).data.createContact.reference).toBe('LEGACY/7');
    const before = await counts();
    for (const reference of ['legacy/7', 'LEGACY/7', ' LeGaCy/7 ']) {
      const { data, errors } = await api.graphql(CREATE_CONTACT, { input: { ...contact, reference } });
      expect(data).toBeFalsy();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      expect(errors![0].message).toContain("'LEGACY/7' is already in use");
    }
    const filtered = await api.graphql('{ contacts(filter: { reference: "legacy/" }) { totalCount } }');
    expect(filtered.data.contacts.totalCount).toBe(1);

    // The CSV import checks saved references the same way.
    const file = 'reference,record_type,channel,received_date,service_areas,issues,complainant_type\nlegacy/7,STATUTORY_COMPLAINT,LETTER,2009-12-23,SOCIAL_CARE,STAFF_CONDUCT,PARENT_OR_CARER\n';
    const imported = await supertest(api.server.app).post('/import/contacts').set('Authorization', `Bearer ${api.token}`).set('Content-Type', 'text/csv').send(file);
    expect(imported.status).toBe(400);
    expect(imported.body.problems).toEqual([{ line: 2, row: 2, field: 'reference', message: "'legacy/7' is already the reference of a saved contact" }]);
    expect(await counts()).toEqual(before);
  });

  it('saves one of several simultaneous saves of one reference spelt in different cases, and refuses the rest by name', async () => {
    const before = await counts();
    const spellings = ['race/1', 'RACE/1', 'Race/1', 'rAcE/1', 'RACE/1', 'race/1', 'Race/1', 'RaCe/1'];
    const contacts = await Promise.all(spellings.map((reference) => api.graphql(CREATE_CONTACT, { input: { ...contact, reference } })));
    expect(contacts.filter((r) => !r.errors).map((r) => r.data.createContact.reference)).toEqual(['RACE/1']);
    expectOnlyReferenceRefusals(contacts);

    const requests = await Promise.all(spellings.map((reference) => api.graphql(RECORD_REQUEST, { input: { ...request, reference } })));
    expect(requests.filter((r) => !r.errors).map((r) => r.data.recordInformationRequest.reference)).toEqual(['RACE/1']);
    expectOnlyReferenceRefusals(requests);
    expect(await counts()).toEqual({ contacts: before.contacts + 1, requests: before.requests + 1 });
  });

  describe('service managers', () => {
    let manager: TestClient;
    let socialCare: { id: string; reference: string };
    let schools: { id: string; reference: string };

    beforeAll(async () => {
      manager = await api.as(Role.SERVICE_MANAGER, { serviceAreas: ['SOCIAL_CARE'] });
      const record = async (serviceArea: string, summary: string) =>
        (await api.graphql(RECORD_REQUEST, { input: { ...request, kind: 'ACCESS_TO_RECORDS', serviceArea, summary } })).data.recordInformationRequest;
      socialCare = await record('SOCIAL_CARE', 'Former care leaver asking for their file');
      schools = await record('INCLUSION', 'Parent asking for the SEN panel minutes about their child');
      // A contact outside the manager's area, so the aggregates below can tell scoped from directorate-wide.
      await api.graphql(CREATE_CONTACT, { input: { ...contact, serviceAreas: ['SCHOOL_STANDARDS'], issues: ['STAFF_CONDUCT'] } });
    });

    it('see only their areas’ information requests', async () => {
      const { data, errors } = await manager.graphql('{ informationRequests(page: { first: 200 }) { totalCount edges { node { reference serviceArea { code } } } } }');
      expect(errors).toBeUndefined();
      expect(data.informationRequests.totalCount).toBe(1);
      expect(data.informationRequests.edges.map((e: any) => e.node)).toEqual([{ reference: socialCare.reference, serviceArea: { code: 'SOCIAL_CARE' } }]);
      // Asking for another area by filter does not widen the scope.
      const other = await manager.graphql('{ informationRequests(filter: { serviceAreas: ["INCLUSION", "SCHOOL_STANDARDS"] }) { totalCount } }');
      expect(other.data.informationRequests.totalCount).toBe(0);
      // Officers see every area.
      const all = await api.graphql('{ informationRequests(page: { first: 200 }) { totalCount } }');
      expect(all.data.informationRequests.totalCount).toBe((await counts()).requests);
    });

    it('cannot fetch another area’s request by id (null, as for contacts)', async () => {
      const one = 'query($id: ID!) { informationRequest(id: $id) { reference summary } }';
      expect((await manager.graphql(one, { id: socialCare.id })).data.informationRequest.reference).toBe(socialCare.reference);
      const refused = await manager.graphql(one, { id: schools.id });
      expect(refused.errors).toBeUndefined();
      expect(refused.data.informationRequest).toBeNull();
      expect((await api.graphql(one, { id: schools.id })).data.informationRequest.summary).toContain('SEN panel');
    });

    it('read directorate-wide aggregates: trends, the annual report, exports and the information request summary', async () => {
      const trend = '{ trend(input: { financialYear: "2009/10", granularity: FINANCIAL_YEAR, groupBy: SERVICE_AREA }) { total series { label total } } }';
      const [asManager, asOfficer] = [await manager.graphql(trend), await api.graphql(trend)];
      expect(asManager.errors).toBeUndefined();
      expect(asManager.data).toEqual(asOfficer.data);
      const socialCareContacts = await manager.graphql('{ contacts(filter: { financialYear: "2009/10" }) { totalCount } }');
      expect(asManager.data.trend.total).toBeGreaterThan(socialCareContacts.data.contacts.totalCount);

      const summary = '{ informationRequestSummary(financialYear: "2009/10", asOf: "2010-04-01") { kinds { kind received stillOpen } } }';
      const [managerSummary, officerSummary] = [await manager.graphql(summary), await api.graphql(summary)];
      expect(managerSummary.data).toEqual(officerSummary.data);
      const atr = managerSummary.data.informationRequestSummary.kinds.find((k: any) => k.kind === 'ACCESS_TO_RECORDS');
      expect(atr.received).toBe(2);

      const report = '{ annualReport(financialYear: "2009/10") { tables { id rows { label values } } } }';
      const [managerReport, officerReport] = [await manager.graphql(report), await api.graphql(report)];
      expect(managerReport.errors).toBeUndefined();
      expect(managerReport.data).toEqual(officerReport.data);

      const csv = '/export/trend.csv?financialYear=2009/10&groupBy=SERVICE_AREA&granularity=FINANCIAL_YEAR';
      const [managerCsv, officerCsv] = [await manager.get(csv), await api.get(csv)];
      expect(managerCsv.status).toBe(200);
      // The same figures; only the moment each file was made (its Generated line) may differ.
      const figures = (text: string) => text.replace(/^Generated,.*$/m, '');
      expect(figures(managerCsv.text)).toBe(figures(officerCsv.text));
    });
  });
});
