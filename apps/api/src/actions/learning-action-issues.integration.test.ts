/**
 * Linking a learning action to issues over GraphQL: Appendix 1 counts the
 * year's complaints naming them, an update replaces the set (and the audit
 * says so), and a bad code is refused with nothing written.
 */
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningActionIssue } from './learning-action-issue.entity';
import { LearningAction } from './learning-action.entity';

let db: TestDatabase;
let api: TestServer;

const FIELDS = 'id version count issueCategory { code } issues { code name } history { version field oldValue newValue }';
const CREATE = `mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) { updateLearningAction(id: $id, expectedVersion: $v, input: $input) {
  __typename ... on LearningAction { ${FIELDS} } ... on VersionConflict { changes { field theirValue yourValue } } } }`;
const APPENDIX = `query($fy: String!) { annualReport(financialYear: $fy) { learningActions { issueIdentified count } } }`;

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

const complaint = (receivedDate: string, issues: string[]) =>
  ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
    input: { recordType: 'STATUTORY_COMPLAINT', channel: 'LETTER', receivedDate, serviceAreas: ['SOCIAL_CARE'], issues, complainantType: 'PARENT_OR_CARER' },
  });

const newAction = (issueIdentified: string, extra: Record<string, unknown>) => ({
  financialYear: '2009/10',
  issueIdentified,
  serviceArea: 'SOCIAL_CARE',
  actionNeeded: 'Review',
  byWhom: 'Service Manager',
  ...extra,
});

async function rowCounts() {
  return {
    actions: await db.dataSource.getRepository(LearningAction).count(),
    links: await db.dataSource.getRepository(LearningActionIssue).count(),
    changes: await db.dataSource.getRepository(LearningActionChange).count(),
  };
}

async function appendixCount(issueIdentified: string): Promise<number | null> {
  const report = await ok(APPENDIX, { fy: '2009/10' });
  return report.learningActions.find((a: any) => a.issueIdentified === issueIdentified).count;
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  // 2009/10: lack of communication twice, unwanted communication once; 2008/09: lack of communication.
  await complaint('2009-06-01', ['COMMUNICATION_LACK_OF']);
  await complaint('2009-07-01', ['COMMUNICATION_LACK_OF', 'STAFF_CONDUCT']);
  await complaint('2009-08-03', ['COMMUNICATION_UNWANTED']);
  await complaint('2008-06-02', ['COMMUNICATION_LACK_OF']);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe(`learning action issues (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('links a created action to its issues, and Appendix 1 counts the complaints naming them', async () => {
    const action = await ok(CREATE, {
      input: newAction('Lack of communication', { issueCategory: 'COMMUNICATION', count: 7, issues: ['COMMUNICATION_LACK_OF'] }),
    });
    expect(action.issues).toEqual([{ code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' }]);
    expect(JSON.parse(action.history[0].newValue).issues).toEqual(['COMMUNICATION_LACK_OF']);
    // Two 2009/10 complaints name the issue (not the unwanted-communication one, nor 2008/09's), whatever count was recorded.
    expect(await appendixCount('Lack of communication')).toBe(2);
  });

  it('an action without a category may name issues of any', async () => {
    const action = await ok(CREATE, { input: newAction('Mixed', { issues: ['STAFF_CONDUCT', 'COMMUNICATION_UNWANTED'] }) });
    expect(action.issues.map((i: any) => i.code).sort()).toEqual(['COMMUNICATION_UNWANTED', 'STAFF_CONDUCT']);
    expect(await appendixCount('Mixed')).toBe(2);
  });

  it('an update replaces the set, records it in the history, and changes the count', async () => {
    const created = await ok(CREATE, { input: newAction('Replaced', { issueCategory: 'COMMUNICATION', issues: ['COMMUNICATION_LACK_OF'] }) });
    const updated = await ok(UPDATE, { id: created.id, v: created.version, input: { issues: ['COMMUNICATION_UNWANTED', 'COMMUNICATION_INACCURATE'] } });
    expect(updated.__typename).toBe('LearningAction');
    expect(updated.version).toBe(created.version + 1);
    expect(updated.issues.map((i: any) => i.code).sort()).toEqual(['COMMUNICATION_INACCURATE', 'COMMUNICATION_UNWANTED']);
    expect(updated.history.at(-1)).toEqual({
      version: created.version + 1,
      field: 'issues',
      oldValue: 'COMMUNICATION_LACK_OF',
      newValue: 'COMMUNICATION_INACCURATE,COMMUNICATION_UNWANTED',
    });
    expect(await appendixCount('Replaced')).toBe(1);

    // Sending the same set again changes nothing and is refused; null clears it.
    const same = await api.graphql(UPDATE, { id: created.id, v: updated.version, input: { issues: ['COMMUNICATION_UNWANTED', 'COMMUNICATION_INACCURATE'] } });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issues' });
    const cleared = await ok(UPDATE, { id: created.id, v: updated.version, input: { issues: null } });
    expect(cleared.issues).toEqual([]);
    expect(cleared.history.at(-1)).toMatchObject({ field: 'issues', newValue: null });
  });

  it('refuses an unknown issue code, or one of another category, naming issues, with nothing written', async () => {
    const before = await rowCounts();
    const unknown = await api.graphql(CREATE, { input: newAction('Unknown', { issueCategory: 'COMMUNICATION', issues: ['COMMUNICATION_LACK_OFF'] }) });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issues' });
    expect(unknown.errors?.[0].message).toContain("unknown issue 'COMMUNICATION_LACK_OFF'");
    const other = await api.graphql(CREATE, { input: newAction('Other', { issueCategory: 'COMMUNICATION', issues: ['STAFF_CONDUCT'] }) });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issues' });
    expect(await rowCounts()).toEqual(before);

    const action = await ok(CREATE, { input: newAction('Kept', { issueCategory: 'COMMUNICATION', issues: ['COMMUNICATION_LACK_OF'] }) });
    const afterCreate = await rowCounts();
    const badUpdate = await api.graphql(UPDATE, { id: action.id, v: action.version, input: { count: 3, issues: ['NOPE'] } });
    expect(badUpdate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issues' });
    // Moving to another category leaves the linked issues outside it: refused until the issues are sent too.
    const moved = await api.graphql(UPDATE, { id: action.id, v: action.version, input: { issueCategory: 'STAFFING' } });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issues' });
    expect(await rowCounts()).toEqual(afterCreate);
    const stored = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ id: Number(action.id) });
    expect([stored.version, stored.count]).toEqual([action.version, null]);

    const both = await ok(UPDATE, { id: action.id, v: action.version, input: { issueCategory: 'STAFFING', issues: ['STAFF_CONDUCT'] } });
    expect(both.issues.map((i: any) => i.code)).toEqual(['STAFF_CONDUCT']);
  });

  it('a stale save of the issues is a conflict that writes nothing', async () => {
    const action = await ok(CREATE, { input: newAction('Contested', { issueCategory: 'COMMUNICATION' }) });
    await ok(UPDATE, { id: action.id, v: action.version, input: { issues: ['COMMUNICATION_LACK_OF'] } });
    const before = await rowCounts();
    const stale = await ok(UPDATE, { id: action.id, v: action.version, input: { issues: ['COMMUNICATION_DELAY'] } });
    expect(stale.__typename).toBe('VersionConflict');
    expect(stale.changes).toEqual([{ field: 'issues', theirValue: 'COMMUNICATION_LACK_OF', yourValue: 'COMMUNICATION_DELAY' }]);
    expect(await rowCounts()).toEqual(before);
  });
});
