/** The trend CSV export, over HTTP on the demo data. */
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

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

function parse(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe(`GET /export/trend.csv (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('downloads contacts by channel for 2009/10 with a total row and the definition', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trend-2009-10-channel.csv"');
    const rows = parse(res.text);
    expect(rows[0]).toEqual(['CHANNEL', '2009/10', 'Total']);
    expect(rows.find((r) => r[0] === 'Letter')).toEqual(['Letter', '165', '165']);
    expect(rows.find((r) => r[0] === 'All contacts')).toEqual(['All contacts', '', '441']);
    expect(res.text).toContain('Measure: CONTACTS.');
  });

  it('applies filters given as comma-separated codes', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&groupBy=RECORD_TYPE&recordTypes=STATUTORY_COMPLAINT,LGO_COMPLAINT');
    const statutory = parse(res.text).find((r) => r[0] === 'Statutory complaint')!;
    expect(statutory.slice(1)).toEqual(['6', '14', '12', '19', '13', '17', '22', '15', '6', '8', '21', '14', '167']);
  });

  it.each([
    ['?financialYear=2009/10&groupBy=COLOUR', 'groupBy', "'COLOUR' is not one of"],
    ['?financialYear=2009/10&outcomes=UPHELDD', 'filter.outcomes', "'UPHELDD' is not one of"],
    ['?from=2009-02-30&to=2010-01-01', 'from', "'2009-02-30' is not a real date"],
    ['?financialYear=2009/11', 'financialYear', "'2009/11' is not a financial year"],
    ['?from=2010-01-01&to=2009-01-01', 'from', 'is after the end of the range'],
  ])('answers 400 with the reason for %s, as GraphQL would', async (query, field, message) => {
    const res = await api.get(`/export/trend.csv${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.errors[0].message).toContain(message);
  });
});
