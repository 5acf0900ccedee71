/** The trend CSV and image exports, over HTTP on the demo data. */
import { Resvg } from '@resvg/resvg-js';
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

/** CSV lines as cells (the tests' rows hold no quoted commas). */
function parse(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

/** The table below the header block: from the row naming the columns. */
const table = (rows: string[][]) => rows.slice(rows.findIndex((r) => (r[1] ?? '').endsWith(' code')));

/** supertest's binary body as a Buffer. */
function binary(res: any, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe(`GET /export/trend.csv (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('downloads contacts by channel for 2009/10 with codes, a filled total row and the question above', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trend-2009-10-channel.csv"');
    const rows = parse(res.text);
    expect(rows.find((r) => r[0] === 'Query')).toEqual(['Query', 'financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL']);
    expect(rows.find((r) => r[0] === 'Filters')).toEqual(['Filters', 'None: all contacts']);
    const data = table(rows);
    expect(data[0]).toEqual(['Channel', 'Channel code', '2009/10', 'Total']);
    expect(data.find((r) => r[0] === 'Letter')).toEqual(['Letter', 'LETTER', '165', '165']);
    expect(data.find((r) => r[0] === 'All contacts')).toEqual(['All contacts', 'ALL', '441', '441']);
    expect(res.text).toContain('Number of contacts (CONTACTS).');
  });

  it('applies filters given as comma-separated codes, and names them', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&groupBy=RECORD_TYPE&recordTypes=STATUTORY_COMPLAINT,LGO_COMPLAINT');
    const rows = parse(res.text);
    const statutory = table(rows).find((r) => r[0] === 'Statutory complaint')!;
    expect(statutory.slice(2)).toEqual(['6', '14', '12', '19', '13', '17', '22', '15', '6', '8', '21', '14', '167']);
    expect(res.text).toContain('Filter,"Record type: Statutory complaint (STATUTORY_COMPLAINT), LGO Complaint (LGO_COMPLAINT)"');
    expect(table(rows).at(-1)![0]).toBe('All contacts matching the filters');
  });

  it('fills the percentage of all contacts in each period, with its base beside it', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&granularity=QUARTER&groupBy=RECORD_TYPE&measure=RESPONDED_IN_TIME_PERCENT&recordTypeGroups=FORMAL_COMPLAINT');
    const data = table(parse(res.text));
    expect(data[0]!.slice(2, 4)).toEqual(['2009/10 Q1 %', '2009/10 Q1 of contacts']);
    const all = data.at(-1)!;
    for (let i = 2; i < all.length; i += 2) {
      expect(all[i]).toMatch(/^\d+(\.\d)?$/);
      expect(all[i + 1]).toMatch(/^\d+$/);
    }
  });

  it('adds the previous year and the change when compared', async () => {
    const res = await api.get('/export/trend.csv?financialYear=2009/10&granularity=FINANCIAL_YEAR&compareWith=PREVIOUS_YEAR');
    expect(res.status).toBe(200);
    const data = table(parse(res.text));
    expect(data[0]).toEqual(['Series', 'Series code', '2009/10', '2009/10 previous year', '2009/10 change', '2009/10 change %', 'Total', 'Total previous year', 'Total change', 'Total change %']);
    expect(data.at(-1)!.slice(2, 6)).toEqual(['441', '309', '132', '42.7']);
  });

  it.each([
    ['?financialYear=2009/10&groupBy=COLOUR', 'groupBy', "'COLOUR' is not one of"],
    ['?financialYear=2009/10&outcomes=UPHELDD', 'filter.outcomes', "'UPHELDD' is not one of"],
    ['?from=2009-02-30&to=2010-01-01', 'from', "'2009-02-30' is not a real date"],
    ['?financialYear=2009/11', 'financialYear', "'2009/11' is not a financial year"],
    ['?from=2010-01-01&to=2009-01-01', 'from', 'is after the end of the range'],
    ['?financialYear=2009/10&compareWith=LAST_YEAR', 'compareWith', "'LAST_YEAR' is not one of PREVIOUS_YEAR"],
  ])('answers 400 with the reason for %s, as GraphQL would', async (query, field, message) => {
    const res = await api.get(`/export/trend.csv${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.errors[0].message).toContain(message);
  });
});

describe(`GET /export/trend.svg and .png (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('draws the trend as an SVG image that names its question, period and filters', async () => {
    const res = await api.get('/export/trend.svg?financialYear=2009/10&groupBy=CHANNEL&recordTypeGroups=FORMAL_COMPLAINT&chartType=LINE&theme=dark');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trend-2009-10-channel.svg"');
    const svg = res.text || res.body.toString();
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="chart-title">Number of contacts by channel, 2009/10, by month</title>');
    expect(svg).toContain('Record type group: Formal complaints (FORMAL_COMPLAINT)');
    expect(svg).toContain('Source: Complaints Insight');
  });

  it('draws the same as a PNG', async () => {
    const res = await api.get('/export/trend.png?financialYear=2009/10&groupBy=RECORD_TYPE&crossBy=OUTCOME').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect((res.body as Buffer).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it.each([
    ['?financialYear=2009/10&chartType=PIE', 'chartType', "'PIE' is not one of LINE, BARS"],
    ['?financialYear=2009/10&theme=neon', 'theme', "'neon' is not one of light"],
    ['?financialYear=2009/10&width=99999', 'width', 'is not a whole number of pixels from 320 to 2400'],
    ['?financialYear=2009/11', 'financialYear', "'2009/11' is not a financial year"],
  ])('refuses %s with 400 naming the field, as the CSV does', async (query, field, message) => {
    const res = await api.get(`/export/trend.svg${query}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.errors[0].message).toContain(message);
  });

  it('names the configured council as the source', async () => {
    const council = await startTestServer(db, Role.ANALYST, { councilName: 'Test Borough Council' });
    try {
      const res = await council.get('/export/trend.svg?financialYear=2009/10').buffer(true).parse(binary);
      expect(res.body.toString()).toContain('Source: Complaints Insight, Test Borough Council');
    } finally {
      await council.server.stop();
    }
  });

  it('is refused to someone not signed in', async () => {
    expect((await api.anonymous.get('/export/trend.png?financialYear=2009/10')).status).toBe(401);
  });
});
