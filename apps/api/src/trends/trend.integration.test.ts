/** trend() over GraphQL on the seeded demo data reproduces the published tables, on both dialects. */
import { publishedFigures as figures } from '../test-support/published-figures';
import { Role } from '../auth/role';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import request from 'supertest';
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

const TREND = /* GraphQL */ `
  query Trend($input: TrendInput!) {
    trend(input: $input) {
      periods total totalCount countsContactsOncePerValue definition
      series { key label crossKey crossLabel total totalCount points { period value count } }
    }
  }
`;

async function trend(input: Record<string, unknown>) {
  const { data, errors } = await api.graphql(TREND, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.trend;
}

async function trendError(input: Record<string, unknown>) {
  const { data, errors } = await api.graphql(TREND, { input });
  expect(data).toBeFalsy();
  return errors![0];
}

const byLabel = (series: any[]) => Object.fromEntries(series.map((s) => [s.label, s.total]));
const nonZero = (rows: Record<string, number>) => Object.fromEntries(Object.entries(rows).filter(([, n]) => n !== 0));

describe(`trend (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('by record type by month over 2009/10 equals table 3 cell by cell', async () => {
    const t3 = figures.table3_monthly_by_record_type;
    const result = await trend({ financialYear: '2009/10', granularity: 'MONTH', groupBy: 'RECORD_TYPE' });
    expect(result.periods).toEqual(t3.months);
    for (const [name, values] of Object.entries(t3.rows as Record<string, number[]>)) {
      const series = result.series.find((s: any) => s.label === name);
      expect({ name, values: series.points.map((p: any) => p.value) }).toEqual({ name, values });
      expect(series.total).toBe(t3.row_totals[name]);
    }
    expect(result.total).toBe(t3.total);
    expect(result.countsContactsOncePerValue).toBe(false);
  });

  it('by channel equals table 2', async () => {
    const result = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'CHANNEL' });
    expect(byLabel(result.series)).toEqual(figures.table2_contacts_by_channel.rows);
    expect(result.periods).toEqual(['2009/10']);
  });

  it('formal complaints by primary service area equal table 4; counting every area gives 258', async () => {
    const t4 = figures.table4_stage1_complaints_by_service_area;
    const filter = { recordTypeGroups: ['FORMAL_COMPLAINT'] };
    const primary = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'SERVICE_AREA', filter });
    expect(byLabel(primary.series)).toEqual(t4.rows);
    expect(primary.total).toBe(t4.total_formal_complaints);

    const all = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'ALL_SERVICE_AREAS', filter });
    expect(all.countsContactsOncePerValue).toBe(true);
    expect(all.series.reduce((sum: number, s: any) => sum + s.total, 0)).toBe(t4.total_issues_subject_to_complaint);
    expect(all.total).toBe(t4.total_formal_complaints);
  });

  it('by issue category equals table 5, and by division equals 3.2', async () => {
    const issues = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'ISSUE_CATEGORY' });
    expect(byLabel(issues.series)).toEqual(figures.table5_contacts_by_issue.rows);
    const divisions = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'DIVISION' });
    expect(byLabel(divisions.series)).toEqual(figures.contacts_by_division_3_2.rows);
  });

  it('percentage measures match table 7 at printed precision', async () => {
    const groups: Record<string, string[]> = {
      'Safeguarding: Social Care': ['SOCIAL_CARE'],
      'Inclusion and School Standards': ['INCLUSION', 'SCHOOL_STANDARDS'],
    };
    const types: Record<string, Record<string, unknown>> = {
      'Cllr/MP enquiry': { recordTypes: ['MP_CLLR_ENQUIRY'] },
      'Formal Stage 1': { recordTypeGroups: ['FORMAL_COMPLAINT'] },
    };
    const atPrinted = (value: number, printed: string) => {
      const decimals = Math.min(printed.split('.')[1]?.length ?? 0, 1);
      return value.toFixed(decimals) === Number(printed).toFixed(decimals);
    };
    for (const row of figures.table7_responses_within_timescales.rows) {
      const filter = { ...types[row.type], serviceAreas: groups[row.group] };
      const ack = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', measure: 'ACKNOWLEDGED_IN_TIME_PERCENT', filter });
      const full = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', measure: 'RESPONDED_IN_TIME_PERCENT', filter });
      expect({ row: `${row.group} ${row.type}`, ack: atPrinted(ack.total, row.ack_2009_10), full: atPrinted(full.total, row.full_2009_10) }).toEqual({
        row: `${row.group} ${row.type}`,
        ack: true,
        full: true,
      });
    }
  });

  it('cross-tab of service area × issue category sums to the totals', async () => {
    const result = await trend({ financialYear: '2009/10', granularity: 'QUARTER', groupBy: 'SERVICE_AREA', crossBy: 'ISSUE_CATEGORY' });
    expect(result.periods).toEqual(['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4']);
    const sum = result.series.reduce((s: number, x: any) => s + x.total, 0);
    expect(sum).toBe(441);
    expect(result.total).toBe(441);
    // Each issue category's cross-tab column adds up to table 5.
    const byCategory: Record<string, number> = {};
    for (const s of result.series) byCategory[s.crossLabel] = (byCategory[s.crossLabel] ?? 0) + s.total;
    expect(nonZero(byCategory)).toEqual(nonZero(figures.table5_contacts_by_issue.rows));
    // Each cell's quarters add up to its total.
    for (const s of result.series) expect(s.points.reduce((a: number, p: any) => a + p.value, 0)).toBe(s.total);
  });

  it('zero-fills periods with no contacts and keeps series with none', async () => {
    // The demo data ends with 2011/12 (its months spread like 2008/09's).
    const result = await trend({ from: '2012-02-01', to: '2012-07-31', groupBy: 'RECORD_TYPE' });
    expect(result.periods).toEqual(['2012-02', '2012-03', '2012-04', '2012-05', '2012-06', '2012-07']);
    const statutory = result.series.find((s: any) => s.key === 'STATUTORY_COMPLAINT');
    expect(statutory.points.map((p: any) => p.value)).toEqual([10, 7, 0, 0, 0, 0]);
    const correspondence = result.series.find((s: any) => s.key === 'CORRESPONDENCE_ENQUIRY');
    expect(correspondence.points.every((p: any) => p.value === 0)).toBe(true);
  });

  it('compares years by financial year and gives a median response time', async () => {
    const years = await trend({ from: '2008-04-01', to: '2010-03-31', granularity: 'FINANCIAL_YEAR' });
    expect(years.series[0].points.map((p: any) => p.value)).toEqual([309, 441]);
    const median = await trend({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', measure: 'MEDIAN_WORKING_DAYS_TO_RESPONSE', filter: { recordTypes: ['STATUTORY_COMPLAINT'] } });
    expect(median.total).toBeGreaterThan(0);
    expect(median.totalCount).toBeGreaterThan(100);
  });

  it.each([
    ['from after to', { from: '2010-03-31', to: '2009-04-01' }, 'from', 'is after the end of the range'],
    ['an unknown financial year', { financialYear: '2009/11' }, 'financialYear', "'2009/11' is not a financial year"],
    ['no range at all', {}, 'from', 'give a date range'],
    ['both a range and a year', { financialYear: '2009/10', from: '2009-04-01', to: '2009-05-01' }, 'financialYear', 'not both'],
    ['a percentage measure on compliments', { financialYear: '2009/10', measure: 'ACKNOWLEDGED_IN_TIME_PERCENT', filter: { recordTypes: ['COMPLIMENT'] } }, 'measure', 'does not apply to Compliment'],
    ['crossBy the same as groupBy', { financialYear: '2009/10', groupBy: 'CHANNEL', crossBy: 'CHANNEL' }, 'crossBy', 'same dimension'],
    ['an unknown filter code', { financialYear: '2009/10', filter: { channels: ['PIGEON'] } }, 'filter.channels', "unknown code 'PIGEON'"],
    ['too many months', { from: '1991-04-01', to: '2025-03-31' }, 'to', 'more than 240 months'],
    ['too many points', { from: '1995-04-01', to: '2015-03-31', groupBy: 'ISSUE', crossBy: 'COMPLAINANT_TYPE' }, 'crossBy', 'series over 240 periods'],
  ])('refuses %s with BAD_USER_INPUT naming the problem', async (_case, input, field, message) => {
    const error = await trendError(input);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('reports its SQL time in Server-Timing (http/server-timing.ts), and none when nothing ran', async () => {
    const post = (query: string, variables?: Record<string, unknown>) =>
      request(api.server.app).post('/graphql').set('Authorization', `Bearer ${api.token}`).send({ query, variables });
    // A range no other test asks for, so the answer is computed, not taken from the result cache.
    const computed = await post(TREND, { input: { from: '2009-05-01', to: '2009-11-30', granularity: 'MONTH', groupBy: 'CHANNEL' } });
    expect(computed.body.errors).toBeUndefined();
    expect(computed.headers['server-timing']).toMatch(/^sql;dur=\d+\.\d{2};desc="Aggregate statements"$/);
    const noop = await post('{ __typename }');
    expect(noop.headers['server-timing']).toBeUndefined();
  });
});
