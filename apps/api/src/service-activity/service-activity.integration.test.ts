/** Entering and importing social care activity figures (table 6), on both dialects. */
import request from 'supertest';
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { ServiceActivity } from './service-activity.entity';

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

const SAVE = `mutation($input: SaveServiceActivityInput!) { saveServiceActivity(input: $input) {
  financialYear referrals initialAssessments lookedAfterChildren } }`;
const LIST = 'query($fy: String) { serviceActivity(financialYear: $fy) { financialYear referrals initialAssessments lookedAfterChildren } }';
const TABLE6 = '{ annualReport(financialYear: "2005/06") { tables { id rows { label values } notes } } }';

async function stored() {
  const rows = await db.dataSource.getRepository(ServiceActivity).find({ order: { financialYear: 'ASC' } });
  return rows.map(({ financialYear, referrals, initialAssessments, lookedAfterChildren }) => ({ financialYear, referrals, initialAssessments, lookedAfterChildren }));
}

function upload(body: string, query = '', token: string | null = api.token) {
  const test = request(api.server.app).post(`/import/service-activity${query}`).set('Content-Type', 'text/csv');
  if (token) test.set('Authorization', `Bearer ${token}`);
  return test.send(body);
}

describe(`service activity (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('saves a year, replaces it when saved again, and reads it back', async () => {
    const first = { financialYear: '2005/06', referrals: 2000, initialAssessments: 900, lookedAfterChildren: 400 };
    expect((await api.graphql(SAVE, { input: first })).data.saveServiceActivity).toEqual(first);
    const again = { ...first, referrals: 2100 };
    expect((await api.graphql(SAVE, { input: again })).data.saveServiceActivity).toEqual(again);
    expect((await api.graphql(LIST, { fy: '2005/06' })).data.serviceActivity).toEqual([again]);
    expect(await stored()).toEqual([again]);
  });

  it('table 6 shows the figures entered for the year', async () => {
    const { data, errors } = await api.graphql(TABLE6);
    expect(errors).toBeUndefined();
    const table6 = data.annualReport.tables.find((t: any) => t.id === 'table6');
    expect(table6.rows.slice(0, 3)).toEqual([
      { label: 'Referrals', values: [2100] },
      { label: 'Initial assessments', values: [900] },
      { label: 'Looked after children', values: [400] },
    ]);
  });

  it('refuses bad figures with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await stored();
    const { data, errors } = await api.graphql(SAVE, { input: { financialYear: '2005/07', referrals: 1, initialAssessments: -2, lookedAfterChildren: 3 } });
    expect(data).toBeFalsy();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'financialYear' });
    expect(errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['financialYear', 'initialAssessments']);
    expect(await stored()).toEqual(before);
  });

  it('lets only officers and administrators save figures; analysts may read them', async () => {
    const analyst = await api.as(Role.ANALYST);
    const input = { financialYear: '2006/07', referrals: 1, initialAssessments: 1, lookedAfterChildren: 1 };
    expect((await analyst.graphql(SAVE, { input })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await analyst.graphql(LIST, {})).data.serviceActivity).toHaveLength(1);
    const admin = await api.as(Role.ADMIN);
    expect((await admin.graphql(SAVE, { input })).errors).toBeUndefined();
    expect((await upload('financial_year,referrals,initial_assessments,looked_after_children\n', '', analyst.token)).status).toBe(403);
  });

  describe('POST /import/service-activity', () => {
    const HEADER = 'Financial year,Referrals,Initial assessments,Looked after children';

    it('checks a file without saving it on a dry run', async () => {
      const before = await stored();
      const res = await upload(`${HEADER}\r\n2007/08,10,20,30\r\n`, '?dryRun=true');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ valid: 1 });
      expect(await stored()).toEqual(before);
    });

    it('saves every row, replacing a year already entered', async () => {
      const res = await upload(`${HEADER}\r\n2007/08,10,20,30\r\n2005/06,"2,200",950,410\r\n`);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ imported: 2, financialYears: ['2007/08', '2005/06'] });
      expect(await stored()).toEqual([
        { financialYear: '2005/06', referrals: 2200, initialAssessments: 950, lookedAfterChildren: 410 },
        { financialYear: '2006/07', referrals: 1, initialAssessments: 1, lookedAfterChildren: 1 },
        { financialYear: '2007/08', referrals: 10, initialAssessments: 20, lookedAfterChildren: 30 },
      ]);
    });

    it('saves nothing when any row is wrong, and lists each problem with its line and column', async () => {
      const before = await stored();
      const res = await upload(`${HEADER}\n2008/09,1,2,3\n2009/10,1,two,3\n`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: '1 problem in the file; nothing was imported.',
        problems: [{ line: 3, row: 3, field: 'initial_assessments', message: "must be a whole number of 0 or more, not 'two'" }],
      });
      expect(await stored()).toEqual(before);
    });

    it('refuses what is not CSV, and a sign-in that is missing', async () => {
      expect((await request(api.server.app).post('/import/service-activity').set('Authorization', `Bearer ${api.token}`).set('Content-Type', 'application/json').send('{}')).status).toBe(415);
      expect((await upload(`${HEADER}\n`, '', null)).status).toBe(401);
    });
  });
});
