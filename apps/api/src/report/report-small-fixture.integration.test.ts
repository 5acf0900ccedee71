/**
 * A handful of records whose every figure can be checked by eye, in a database
 * that is not the demo council's: one definition of "completed in time" in the
 * summary and table 9, Appendix 1 counted from the complaints, and notes about
 * the printed 2009/10 report only for the demo dataset.
 */
import { LearningActionIssue } from '../actions/learning-action-issue.entity';
import { Role } from '../auth/role';
import { DatasetMarker } from '../demo-data/dataset-marker.entity';
import { DEMO_DATASET_MARKER } from '../demo-data/dataset-marker';
import { Issue } from '../reference/issue.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;

const REPORT = `query($fy: String!) { annualReport(financialYear: $fy) {
  tables { id notes rows { label values } } outcomes { notes } feedback { notes }
  learningActions { issueIdentified count } learningActionNotes } }`;
const SUMMARY = `query($fy: String!, $asOf: LocalDate) { informationRequestSummary(financialYear: $fy, asOf: $asOf) {
  kinds { kind received completed completedWithinDeadline completedWithinDeadlinePercent stillOpen } } }`;

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

const contact = (recordType: string, receivedDate: string, issues: string[]) =>
  ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
    input: { recordType, channel: 'LETTER', receivedDate, serviceAreas: ['SOCIAL_CARE'], issues, complainantType: 'PARENT_OR_CARER' },
  });

const action = (issueIdentified: string, issueCategory: string | null, count: number | null) =>
  ok(`mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { id } }`, {
    input: { financialYear: '2009/10', issueIdentified, issueCategory, count, serviceArea: 'SOCIAL_CARE', actionNeeded: 'Review', byWhom: 'Service Manager' },
  });

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  // 2009/10: two statutory complaints and a representation; 2008/09: one complaint.
  await contact('STATUTORY_COMPLAINT', '2009-06-01', ['COMMUNICATION_LACK_OF']);
  await contact('STATUTORY_COMPLAINT', '2009-07-01', ['STAFF_CONDUCT', 'COMMUNICATION_UNWANTED']);
  await contact('REPRESENTATION', '2009-08-03', ['COMMUNICATION_LACK_OF']);
  await contact('STATUTORY_COMPLAINT', '2008-06-02', ['COMMUNICATION_LACK_OF']);
  // FOI 2009/10: one answered in time, one never answered.
  const record = (receivedDate: string) =>
    ok(`mutation($input: RecordInformationRequestInput!) { recordInformationRequest(input: $input) { id } }`, {
      input: { kind: 'FREEDOM_OF_INFORMATION', serviceArea: 'SOCIAL_CARE', requesterType: 'MEDIA', receivedDate },
    });
  const answered = await record('2009-11-02');
  await record('2009-11-03');
  await ok('mutation($id: ID!) { completeInformationRequest(id: $id, completedDate: "2009-11-10") { id } }', { id: answered.id });
  // Appendix 1: one action by issue category (count recorded as 5), one linked to one issue (recorded as 1).
  await action('Communication', 'COMMUNICATION', 5);
  const conduct = await action('Conduct of staff', 'STAFFING', 1);
  const staffConduct = await db.dataSource.getRepository(Issue).findOneByOrFail({ code: 'STAFF_CONDUCT' });
  await db.dataSource.getRepository(LearningActionIssue).insert({ learningActionId: Number(conduct.id), issueId: staffConduct.id });
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe(`report on a small hand-computed fixture (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('gives the same share of FOI requests completed in time in the summary and in table 9: 1 of 2 received', async () => {
    const summary = await ok(SUMMARY, { fy: '2009/10', asOf: '2010-06-01' });
    expect(summary.kinds[1]).toEqual({
      kind: 'FREEDOM_OF_INFORMATION',
      received: 2,
      completed: 1,
      completedWithinDeadline: 1,
      completedWithinDeadlinePercent: 50,
      stillOpen: 1,
    });
    const report = await ok(REPORT, { fy: '2009/10' });
    const table9 = report.tables.find((t: any) => t.id === 'table9');
    // Columns: 2008/09, %, 2009/10, %, change.
    expect(table9.rows.find((r: any) => r.label === 'Completed within 20 working days').values).toEqual([0, null, 1, 50, null]);
    expect(table9.rows.find((r: any) => r.label === 'Requests received').values[2]).toBe(2);
  });

  it('counts Appendix 1 from the complaints naming the issues, keeping a differing recorded count as a note', async () => {
    const report = await ok(REPORT, { fy: '2009/10' });
    // Communication: both 2009/10 complaints name a communication issue (the representation and the 2008/09 complaint do not count).
    // Conduct of staff: linked to STAFF_CONDUCT, named by one complaint.
    expect(report.learningActions).toEqual([
      { issueIdentified: 'Communication', count: 2 },
      { issueIdentified: 'Conduct of staff', count: 1 },
    ]);
    expect(report.learningActionNotes.slice(1)).toEqual(['Communication: 2 complaints in the records name the issue; the count recorded with the action is 5.']);
  });

  it('a new complaint about the issue changes the appendix', async () => {
    await contact('CORPORATE_COMPLAINT', '2010-01-04', ['STAFF_CONDUCT']);
    const report = await ok(REPORT, { fy: '2009/10' });
    expect(report.learningActions.map((a: any) => a.count)).toEqual([2, 2]);
  });

  it("has no notes about the printed 2009/10 report for another council's 2009/10; the demo dataset's marker brings them", async () => {
    const notes = (report: any) => [...report.tables, report.outcomes, report.feedback].flatMap((t: any) => t.notes).join(' ');
    expect(notes(await ok(REPORT, { fy: '2009/10' }))).not.toContain('printed');
    await db.dataSource.getRepository(DatasetMarker).insert({ name: DEMO_DATASET_MARKER });
    try {
      const report = await ok(REPORT, { fy: '2009/10' });
      expect(notes(report)).toContain('printed');
      // Table 1's note quotes the counts it is given: 0 MP/Cllr enquiries and 0 compliments of 4 contacts.
      expect(report.tables[0].notes.join(' ')).toContain('0 MP/Cllr enquiries of 4 contacts is 0%, 0 compliments is 0%');
    } finally {
      await db.dataSource.getRepository(DatasetMarker).delete({ name: DEMO_DATASET_MARKER });
    }
  });
});
