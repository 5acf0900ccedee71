/**
 * Learning at closure over GraphQL, against a real database: what was learned
 * from a complaint, recorded after its response, and the learning-captured rate
 * it feeds (trend measures and the annual report's line).
 */
import { LearningAction } from '../../actions/learning-action.entity';
import { Role } from '../../auth/role';
import { openComplaint } from '../../test-support/access-operation-fixtures';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../test-support/test-server';
import { ContactLifecycleService } from '../contact-lifecycle.service';
import { ContactService } from '../contact.service';
import { ContactLearningOutcome } from './contact-learning-outcome.entity';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let manager: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  manager = await api.as(Role.SERVICE_MANAGER); // Safeguarding: Social Care
  analyst = await api.as(Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const OUTCOME = `learningOutcomeAsked learningOutcome { kind note recordedByName recordedAt
  learningAction { id financialYear issueIdentified serviceArea { code } linkedComplaints progress { kind } } }`;
const RECORD = `mutation($id: ID!, $input: LearningOutcomeInput!) { recordLearningOutcome(contactId: $id, input: $input) { id ${OUTCOME} } }`;
const READ = `query($id: ID!) { contact(id: $id) { id ${OUTCOME} } }`;

/** A Social Care statutory complaint received 2010-01-04, answered on 2010-01-20 (financial year 2009/10). */
async function answered(outcome: 'UPHELD' | 'NOT_UPHELD' = 'NOT_UPHELD'): Promise<string> {
  const id = await openComplaint(db.dataSource, '2010-01-04');
  await new ContactLifecycleService(db.dataSource).recordResponse(id, '2010-01-20', outcome);
  return id;
}

const newAction = {
  issueIdentified: 'Letters answered without the promised call',
  issueCategory: 'COMMUNICATION',
  serviceArea: 'SOCIAL_CARE',
  actionNeeded: 'Call before writing when a call was promised',
  byWhom: 'Service Managers',
};

async function counts() {
  return {
    outcomes: await db.dataSource.getRepository(ContactLearningOutcome).count(),
    actions: await db.dataSource.getRepository(LearningAction).count(),
  };
}

describe(`learning at closure (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('is asked of a complaint once its response is recorded, and outstanding until answered', async () => {
    const id = await openComplaint(db.dataSource, '2010-01-04');
    const before = await officer.graphql(READ, { id });
    expect(before.data.contact).toMatchObject({ learningOutcomeAsked: false, learningOutcome: null });
    const early = await officer.graphql(RECORD, { id, input: { kind: 'NONE' } });
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
    expect(early.errors![0].message).toContain('has no response recorded yet');

    await new ContactLifecycleService(db.dataSource).recordResponse(id, '2010-01-20', 'UPHELD');
    const after = await officer.graphql(READ, { id });
    expect(after.data.contact).toMatchObject({ learningOutcomeAsked: true, learningOutcome: null });
  });

  it('records nothing to learn, with a note and who recorded it', async () => {
    const id = await answered();
    const { data, errors } = await officer.graphql(RECORD, { id, input: { kind: 'NONE', note: '  Explained the decision  ' } });
    expect(errors).toBeUndefined();
    expect(data.recordLearningOutcome.learningOutcome).toMatchObject({
      kind: 'NONE',
      note: 'Explained the decision',
      recordedByName: 'Test COMPLAINTS_OFFICER',
      learningAction: null,
    });
    expect(Number.isNaN(Date.parse(data.recordLearningOutcome.learningOutcome.recordedAt))).toBe(false);
  });

  it('records a new learning action with the answer: in the tracker, in the year of the response, linked to the complaint', async () => {
    const id = await answered();
    const { data, errors } = await officer.graphql(RECORD, { id, input: { kind: 'NEW_ACTION', newAction } });
    expect(errors).toBeUndefined();
    const action = data.recordLearningOutcome.learningOutcome.learningAction;
    expect(data.recordLearningOutcome.learningOutcome.kind).toBe('NEW_ACTION');
    expect(action).toMatchObject({ financialYear: '2009/10', issueIdentified: newAction.issueIdentified, serviceArea: { code: 'SOCIAL_CARE' }, linkedComplaints: 1 });

    const tracker = await analyst.graphql('{ learningActions(filter: { financialYear: "2009/10" }) { id issueIdentified status linkedComplaints } }');
    expect(tracker.data.learningActions).toContainEqual({ id: action.id, issueIdentified: newAction.issueIdentified, status: 'OPEN', linkedComplaints: 1 });

    // Another complaint adds to the same action; answering again replaces an answer.
    const second = await answered();
    const linked = await officer.graphql(RECORD, { id: second, input: { kind: 'EXISTING_ACTION', actionId: action.id, note: 'Same again' } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data.recordLearningOutcome.learningOutcome.learningAction).toMatchObject({ id: action.id, linkedComplaints: 2 });
    const changed = await officer.graphql(RECORD, { id: second, input: { kind: 'NONE' } });
    expect(changed.data.recordLearningOutcome.learningOutcome).toMatchObject({ kind: 'NONE', note: null, learningAction: null });
    expect(await db.dataSource.getRepository(ContactLearningOutcome).countBy({ contactId: Number(second) })).toBe(1);
  });

  it.each([
    ['an existing action that does not exist', { kind: 'EXISTING_ACTION', actionId: '424242' }, 'actionId', 'no learning action with id 424242'],
    ['an existing action without one named', { kind: 'EXISTING_ACTION' }, 'actionId', 'name the learning action'],
    ['a new action without one', { kind: 'NEW_ACTION' }, 'newAction', 'give the new learning action'],
    ['a new action with a field missing', { kind: 'NEW_ACTION', newAction: { ...newAction, actionNeeded: ' ' } }, 'newAction.actionNeeded', 'must not be empty'],
    ['a new action with an unknown issue', { kind: 'NEW_ACTION', newAction: { ...newAction, issues: ['WEATHER'] } }, 'newAction.issues', "unknown issue 'WEATHER'"],
    ['nothing to learn naming an action', { kind: 'NONE', actionId: '1' }, 'actionId', 'is not taken when kind is NONE'],
    ['a note over 2,000 characters', { kind: 'NONE', note: 'x'.repeat(2001) }, 'note', 'longer than 2000'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, input, field, message) => {
    const id = await answered();
    const before = await counts();
    const { data, errors } = await officer.graphql(RECORD, { id, input });
    expect(data).toBeFalsy();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('is not asked of contacts that are not complaints', async () => {
    const enquiry = await new ContactService(db.dataSource).create({
      reference: 'LO-ENQ-1',
      recordType: 'CORRESPONDENCE_ENQUIRY',
      channel: 'EMAIL',
      receivedDate: '2010-01-04',
      serviceAreas: ['SOCIAL_CARE'],
      issues: ['POLICY_DISAGREEMENT'],
      complainantType: 'PARENT_OR_CARER',
    });
    await new ContactLifecycleService(db.dataSource).recordResponse(String(enquiry.id), '2010-01-12', null);
    const read = await officer.graphql(READ, { id: String(enquiry.id) });
    expect(read.data.contact.learningOutcomeAsked).toBe(false);
    const { errors } = await officer.graphql(RECORD, { id: String(enquiry.id), input: { kind: 'NONE' } });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
    expect(errors![0].message).toContain('is not a formal complaint');
  });

  it('lets the area’s manager read the answer but not record it; analysts reach neither', async () => {
    const id = await answered();
    await officer.graphql(RECORD, { id, input: { kind: 'NONE' } });
    expect((await manager.graphql(READ, { id })).data.contact.learningOutcome.kind).toBe('NONE');
    const before = await counts();
    expect((await manager.graphql(RECORD, { id, input: { kind: 'NONE' } })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await analyst.graphql(READ, { id })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('counts learning captured and considered, the same in the trends and in the annual report', async () => {
    // A year of its own: 2011/12 holds only these five answered complaints (and one still awaiting its response).
    const lifecycle = new ContactLifecycleService(db.dataSource);
    const complaints: string[] = [];
    for (let i = 0; i < 6; i++) complaints.push(await openComplaint(db.dataSource, '2011-05-03'));
    for (const id of complaints.slice(0, 5)) await lifecycle.recordResponse(id, '2011-05-20', 'PARTIALLY_UPHELD');
    const action = (await officer.graphql(RECORD, { id: complaints[0], input: { kind: 'NEW_ACTION', newAction } })).data.recordLearningOutcome.learningOutcome
      .learningAction;
    await officer.graphql(RECORD, { id: complaints[1], input: { kind: 'EXISTING_ACTION', actionId: action.id } });
    await officer.graphql(RECORD, { id: complaints[2], input: { kind: 'NONE' } });

    const trend = async (measure: string) => {
      const { data, errors } = await analyst.graphql(
        'query($m: TrendMeasure!) { trend(input: { financialYear: "2011/12", granularity: FINANCIAL_YEAR, measure: $m }) { total totalCount definition } }',
        { m: measure },
      );
      expect(errors).toBeUndefined();
      return data.trend;
    };
    expect(await trend('LEARNING_CAPTURED_PERCENT')).toMatchObject({ total: 40, totalCount: 5, definition: expect.stringContaining('Learning captured') });
    expect(await trend('LEARNING_CONSIDERED_PERCENT')).toMatchObject({ total: 60, totalCount: 5 });

    const { data, errors } = await analyst.graphql(
      '{ annualReport(financialYear: "2011/12") { learningCaptured { responded withLearningAction considered capturedPercent consideredPercent summary definitions } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.annualReport.learningCaptured).toMatchObject({ responded: 5, withLearningAction: 2, considered: 3, capturedPercent: 40, consideredPercent: 60 });
    expect(data.annualReport.learningCaptured.summary).toBe(
      'Learning captured: 2 of the 5 complaints responded to (40.0%) led to a learning action. ' +
        'Learning considered: what was learned was recorded for 3 (60.0%), "nothing to learn" included.',
    );
  });
});
