/**
 * Whole-period ranges are filtered on the period columns, others on receivedDate
 * (trend-plan.ts rangeCondition): either way trend() counts exactly the contacts
 * received in the range, period by period, on both dialects.
 */
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

const COLUMN = { MONTH: 'receivedMonth', QUARTER: 'receivedQuarter', FINANCIAL_YEAR: 'receivedFinancialYear' } as const;

describe(`trend date ranges (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it.each([
    ['2009-04-01', '2010-03-31', 'MONTH'],
    ['2009-04-01', '2010-03-31', 'QUARTER'],
    ['2008-04-01', '2010-03-31', 'FINANCIAL_YEAR'],
    ['2009-04-16', '2010-03-15', 'MONTH'],
    ['2009-05-01', '2010-02-28', 'QUARTER'],
    ['2008-10-01', '2010-06-30', 'FINANCIAL_YEAR'],
  ] as const)('%s to %s by %s counts the contacts received in the range', async (from, to, granularity) => {
    const { data, errors } = await api.graphql(
      'query($input: TrendInput!) { trend(input: $input) { totalCount series { points { period count } } } }',
      { input: { from, to, granularity } },
    );
    expect(errors).toBeUndefined();
    const rows: Array<{ period: string; n: unknown }> = await db.dataSource.query(
      `SELECT ${COLUMN[granularity]} AS period, COUNT(*) AS n FROM contact WHERE receivedDate BETWEEN ? AND ? GROUP BY ${COLUMN[granularity]}`,
      [from, to],
    );
    const expected = Object.fromEntries(rows.map((r) => [r.period, Number(r.n)]));
    const actual = Object.fromEntries(data.trend.series[0].points.filter((p: any) => p.count > 0).map((p: any) => [p.period, p.count]));
    expect(actual).toEqual(expected);
    expect(data.trend.totalCount).toBe(rows.reduce((sum, r) => sum + Number(r.n), 0));
  });
});
