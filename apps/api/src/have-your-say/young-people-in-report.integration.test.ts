/**
 * The annual report counts contacts from children and young people (12.3):
 * on the demo data 2009/10 shows none, as the published report says, in
 * GraphQL, the printable page and the CSV; and a message recorded from the
 * "Have your say" page is counted in the year it was sent, as is the trend.
 */
import { todayIso } from '@complaints/domain';
import { Role } from '../auth/role';
import { publishedFigures as figures } from '../test-support/published-figures';
import { openTestDatabase, openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { memoryHaveYourSayLimits } from './have-your-say-limits';
import { submitHaveYourSay } from './have-your-say.service';

const TABLE = '{ id title columns rows { label values } notes }';
const REPORT = `query($year: String!) { annualReport(financialYear: $year) { childrenAndYoungPeople ${TABLE} } }`;

type Table = { id: string; title: string; columns: string[]; rows: Array<{ label: string; values: number[] }>; notes: string[] };
const total = (table: Table) => table.rows.find((r) => r.label === 'Total')!.values;

describe(`contacts from children and young people in the report (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  describe('on the demo data', () => {
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

    it('shows 2009/10 with none direct from children and young people, as published, by record type with a note', async () => {
      const { data, errors } = await api.graphql(REPORT, { year: '2009/10' });
      expect(errors).toBeUndefined();
      const table: Table = data.annualReport.childrenAndYoungPeople;
      expect(table.id).toBe('children-and-young-people');
      expect(table.columns).toEqual(['2008/09', '2009/10']);
      expect(total(table)[1]).toBe(figures.table6_social_care_activity.rows['Complaints by children']);
      expect(total(table)[1]).toBe(0);
      expect(table.rows.map((r) => r.label)).toContain('Statutory complaint');
      expect(table.notes.join(' ')).toContain('Have your say');
    });

    it('is in the printable report beside table 6, and downloads as CSV', async () => {
      const html = (await api.get('/report/2009-10')).text;
      expect(html.indexOf('id="children-and-young-people-caption"')).toBeGreaterThan(html.indexOf('id="table6-caption"'));
      const csv = await api.get('/export/report/2009-10/children-and-young-people.csv');
      expect(csv.status).toBe(200);
      expect(csv.text).toMatch(/\nTotal,\d+,0\r?\n/);
      expect(csv.text).toContain('Have your say');
    });
  });

  describe('with a message recorded as a contact', () => {
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

    it('counts it in the year it was sent, in the report and the trend', async () => {
      const { reference } = await submitHaveYourSay(db.dataSource, memoryHaveYourSayLimits(), 'report-test', { whatHappened: 'My school transport never comes.' });
      const [{ id }] = (await api.graphql('{ haveYourSayTriage { id reference } }')).data.haveYourSayTriage.filter((i: { reference: string }) => i.reference === reference);
      const converted = await api.graphql(
        'mutation($id: ID!) { convertHaveYourSay(id: $id, input: { recordType: "CORPORATE_COMPLAINT", serviceAreas: ["SOCIAL_CARE"], issues: ["POLICY_DISAGREEMENT"] }) { status } }',
        { id },
      );
      expect(converted.errors).toBeUndefined();

      const today = todayIso();
      const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
      const start = m >= 4 ? y : y - 1;
      const year = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
      const { data, errors } = await api.graphql(REPORT, { year });
      expect(errors).toBeUndefined();
      const table: Table = data.annualReport.childrenAndYoungPeople;
      expect(total(table)).toEqual([0, 1]);
      expect(table.rows.find((r) => r.label === 'Corporate complaint')!.values).toEqual([0, 1]);

      const trend = await api.graphql(`{ trend(input: { financialYear: "${year}", groupBy: COMPLAINANT_TYPE, granularity: FINANCIAL_YEAR }) { series { key total } } }`);
      expect(trend.data.trend.series.find((s: { key: string }) => s.key === 'CHILD_OR_YOUNG_PERSON').total).toBe(1);
    });
  });
});
