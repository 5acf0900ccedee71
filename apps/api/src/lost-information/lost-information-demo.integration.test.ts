/** The demo dataset's invented lost-information incidents: across the years, none after the load day, the report table filled. */
import { Role } from '../auth/role';
import { DEMO_INCIDENTS } from '../demo-data/lost-information-incidents';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { LostInformationIncident } from './lost-information-incident.entity';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db, Role.ANALYST);
});

afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe('demo lost-information incidents', () => {
  it('span 2009/10 to 2026/27, none discovered after the day they were loaded, with the 2009/10 lesson linked to Appendix 1', async () => {
    const incidents = await db.dataSource.getRepository(LostInformationIncident).find();
    const years = new Set(incidents.map((i) => i.discoveredFinancialYear));
    expect(years).toEqual(new Set(['2009/10', '2010/11', '2026/27']));
    expect(incidents.length).toBeLessThanOrEqual(DEMO_INCIDENTS.length);
    expect(incidents.every((i) => i.discoveredAt.getTime() <= Date.now())).toBe(true);
  });

  it("fill the 2009/10 report's table: by format and outcome, and within 72 hours", async () => {
    const { data, errors } = await api.graphql('{ annualReport(financialYear: "2009/10") { lostInformation { rows { label values } } } }');
    expect(errors).toBeUndefined();
    expect(data.annualReport.lostInformation.rows).toEqual([
      { label: 'Paper records', values: [1, 1, 0, 0, 1] },
      { label: 'USB stick', values: [1, 1, 0, 0, 0] },
      { label: 'E-mail to the wrong person', values: [1, 0, 1, 0, 1] },
      { label: 'Total', values: [3, 2, 1, 0, 2] },
    ]);
  });
});
