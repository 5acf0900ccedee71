/** trend(compareWith: PREVIOUS_YEAR) and the period totals, over GraphQL on the demo data (2008/09 and 2009/10), on both dialects. */
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

const PREVIOUS = 'previous { period value count change percentChange }';
const TREND = /* GraphQL */ `
  query Trend($input: TrendInput!) {
    trend(input: $input) {
      periods total totalCount
      periodTotals { period value count ${PREVIOUS} }
      previousTotal { period value count change percentChange }
      comparison { compareWith from to }
      series { key crossKey total totalCount points { period value count ${PREVIOUS} } previousTotal { period value count change percentChange } }
    }
  }
`;

async function trend(input: Record<string, unknown>) {
  const { data, errors } = await api.graphql(TREND, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.trend;
}

const seriesKey = (s: any) => `${s.key}/${s.crossKey}`;

describe(`trend compared with the previous year (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('puts each month beside the same month a year earlier, series by series, with the change', async () => {
    const compared = await trend({ financialYear: '2009/10', groupBy: 'RECORD_TYPE', compareWith: 'PREVIOUS_YEAR' });
    const earlier = await trend({ financialYear: '2008/09', groupBy: 'RECORD_TYPE' });
    expect(compared.comparison).toEqual({ compareWith: 'PREVIOUS_YEAR', from: '2008-04-01', to: '2009-03-31' });
    expect(compared.periods[0]).toBe('2009-04');
    const before = new Map(earlier.series.map((s: any) => [seriesKey(s), s]));
    for (const series of compared.series) {
      const old: any = before.get(seriesKey(series));
      series.points.forEach((point: any, i: number) => {
        expect(point.previous).toMatchObject({ period: old.points[i].period, value: old.points[i].value, change: point.value - old.points[i].value });
      });
      expect(series.previousTotal).toMatchObject({ period: null, value: old.total, count: old.totalCount, change: series.total - old.total });
      if (old.total > 0) expect(series.previousTotal.percentChange).toBeCloseTo((100 * (series.total - old.total)) / old.total, 10);
      else expect(series.previousTotal.percentChange).toBeNull();
    }
    expect(compared.previousTotal).toEqual({ period: null, value: 309, count: 309, change: 441 - 309, percentChange: (100 * 132) / 309 });
  });

  it('gives percentages their change in points, and no percentage change', async () => {
    const filter = { recordTypeGroups: ['FORMAL_COMPLAINT'] };
    const input = { granularity: 'FINANCIAL_YEAR', measure: 'RESPONDED_IN_TIME_PERCENT', filter };
    const compared = await trend({ ...input, financialYear: '2009/10', compareWith: 'PREVIOUS_YEAR' });
    const earlier = await trend({ ...input, financialYear: '2008/09' });
    expect(compared.previousTotal.value).toBe(earlier.total);
    expect(compared.previousTotal.change).toBeCloseTo(compared.total - earlier.total, 10);
    expect(compared.previousTotal.percentChange).toBeNull();
    expect(compared.periodTotals[0].previous).toMatchObject({ period: '2008/09', value: earlier.total, count: earlier.totalCount });
  });

  it('compares quarters of a range with the same quarters a year earlier', async () => {
    const compared = await trend({ from: '2009-04-01', to: '2009-09-30', granularity: 'QUARTER', compareWith: 'PREVIOUS_YEAR' });
    expect(compared.comparison).toMatchObject({ from: '2008-04-01', to: '2008-09-30' });
    expect(compared.periodTotals.map((p: any) => p.previous.period)).toEqual(['2008/09 Q1', '2008/09 Q2']);
    const earlier = await trend({ from: '2008-04-01', to: '2008-09-30', granularity: 'QUARTER' });
    expect(compared.periodTotals.map((p: any) => p.previous.value)).toEqual(earlier.periodTotals.map((p: any) => p.value));
  });

  it('leaves the comparison out when it is not asked for', async () => {
    const result = await trend({ financialYear: '2009/10', groupBy: 'CHANNEL' });
    expect(result.comparison).toBeNull();
    expect(result.previousTotal).toBeNull();
    expect(result.series[0].previousTotal).toBeNull();
    expect(result.series[0].points[0].previous).toBeNull();
  });
});

describe(`period totals (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('are the "All contacts" row: the series summed when each contact is in one series', async () => {
    const result = await trend({ financialYear: '2009/10', groupBy: 'CHANNEL' });
    result.periods.forEach((period: string, i: number) => {
      const sum = result.series.reduce((n: number, s: any) => n + s.points[i].value, 0);
      expect(result.periodTotals[i]).toMatchObject({ period, value: sum, count: sum });
    });
    expect(result.periodTotals.reduce((n: number, p: any) => n + p.value, 0)).toBe(result.total);
  });

  it('count each contact once where a dimension counts it once per value', async () => {
    const all = await trend({ financialYear: '2009/10', groupBy: 'ALL_ISSUES' });
    const plain = await trend({ financialYear: '2009/10' });
    expect(all.periodTotals.map((p: any) => p.value)).toEqual(plain.series[0].points.map((p: any) => p.value));
    const summed = all.series.reduce((n: number, s: any) => n + s.total, 0);
    expect(summed).toBeGreaterThan(all.total);
  });

  it('give a percentage over all contacts in each period', async () => {
    const result = await trend({ financialYear: '2009/10', granularity: 'QUARTER', groupBy: 'RECORD_TYPE', measure: 'ACKNOWLEDGED_IN_TIME_PERCENT', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'] } });
    result.periods.forEach((_period: string, i: number) => {
      const base = result.series.reduce((n: number, s: any) => n + s.points[i].count, 0);
      const inTime = result.series.reduce((n: number, s: any) => n + ((s.points[i].value ?? 0) * s.points[i].count) / 100, 0);
      expect(result.periodTotals[i].count).toBe(base);
      expect(result.periodTotals[i].value).toBeCloseTo((100 * inTime) / base, 8);
    });
  });
});
