/** informationRequestSummary against the printed report (tables 8 and 9, 10.4 and 11.5) on the demo data. */
import { Role } from '../auth/role';
import { publishedFigures } from '../test-support/published-figures';
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

const SUMMARY = `query($fy: String!) { informationRequestSummary(financialYear: $fy) {
  financialYear previousFinancialYear kinds { kind received receivedPreviousYear changePercent fromPolice jointWithAnotherDirectorate
    completed completedWithinDeadline completedWithinDeadlinePercent stillOpen overdue } } }`;

describe(`information request summary (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('matches sections 10 and 11 for 2009/10', async () => {
    const { data, errors } = await api.graphql(SUMMARY, { fy: '2009/10' });
    expect(errors).toBeUndefined();
    const summary = data.informationRequestSummary;
    expect(summary).toMatchObject({ financialYear: '2009/10', previousFinancialYear: '2008/09' });
    const [atr, foi] = summary.kinds;
    const printedAtr = publishedFigures.access_to_records_10;
    const printedFoi = publishedFigures.freedom_of_information_11;

    expect(atr).toMatchObject({
      kind: 'ACCESS_TO_RECORDS',
      received: printedAtr.requests['2009/10'],
      receivedPreviousYear: printedAtr.requests['2008/09'],
      // Printed as 67%.
      changePercent: 66.7,
      fromPolice: printedAtr.from_police_2009_10,
      completed: 65,
      completedWithinDeadline: printedAtr.completed_within_40_days_2009_10,
      // 62/65; printed as 96%.
      completedWithinDeadlinePercent: 95.4,
      stillOpen: 0,
      overdue: 0,
    });
    expect(foi).toMatchObject({
      kind: 'FREEDOM_OF_INFORMATION',
      received: printedFoi.requests['2009/10'],
      receivedPreviousYear: printedFoi.requests['2008/09'],
      // Printed as 39%.
      changePercent: 38.4,
      jointWithAnotherDirectorate: printedFoi.joint_with_adult_services_2009_10,
      completed: 137,
      // Printed as 98.90%, which no whole number of 137 gives; the demo data has 135.
      completedWithinDeadline: 135,
      completedWithinDeadlinePercent: 98.5,
      stillOpen: 0,
      overdue: 0,
    });
  });

  it('compares 2008/09 with a year of no records', async () => {
    const { data } = await api.graphql(SUMMARY, { fy: '2008/09' });
    expect(data.informationRequestSummary.kinds.map((k: any) => [k.kind, k.received, k.receivedPreviousYear, k.changePercent])).toEqual([
      ['ACCESS_TO_RECORDS', 39, 0, null],
      ['FREEDOM_OF_INFORMATION', 99, 0, null],
    ]);
  });

  it('refuses a malformed financial year, naming it', async () => {
    const { errors } = await api.graphql(SUMMARY, { fy: '2009' });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'financialYear' });
  });

  it('lets analysts see the summary but not the register', async () => {
    const { errors } = await api.graphql('{ informationRequests { totalCount } }');
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
