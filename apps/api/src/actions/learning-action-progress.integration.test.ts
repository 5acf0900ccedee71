/** The tracker's progress log and closing notes over GraphQL, against a real database. */
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningActionProgress } from './learning-action-progress.entity';
import { LearningAction } from './learning-action.entity';
import { LearningActionService } from './learning-action.service';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let manager: TestClient;
let schoolsManager: TestClient;
let analyst: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  manager = await api.as(Role.SERVICE_MANAGER); // Safeguarding: Social Care
  schoolsManager = await api.as(Role.SERVICE_MANAGER, { serviceAreas: ['SCHOOL_STANDARDS'] });
  analyst = await api.as(Role.ANALYST);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const FIELDS = `id version status closingNote viewerCan { addProgress close reopen }
  progress { id kind authorName authorEmail at text } history { version field oldValue newValue }`;
const RESULT = `__typename ... on LearningAction { ${FIELDS} } ... on VersionConflict { current { ${FIELDS} } changes { field } }`;
const CREATE = `mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { ${FIELDS} } }`;
const PROGRESS = `mutation($id: ID!, $text: String!) { addLearningActionProgress(id: $id, text: $text) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $note: String) { closeLearningAction(id: $id, expectedVersion: $v, closingNote: $note) { ${RESULT} } }`;
const CLOSE_WITHOUT_NOTE = `mutation($id: ID!, $v: Int!) { closeLearningAction(id: $id, expectedVersion: $v) { ${RESULT} } }`;
const REOPEN = `mutation($id: ID!, $v: Int!, $note: String) { reopenLearningAction(id: $id, expectedVersion: $v, note: $note) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) { updateLearningAction(id: $id, expectedVersion: $v, input: $input) { ${RESULT} } }`;

let serial = 0;
async function newAction(extra: Record<string, unknown> = {}) {
  serial += 1;
  const { data, errors } = await officer.graphql(CREATE, {
    input: {
      financialYear: '2010/11',
      issueIdentified: `Letters answered late ${serial}`,
      serviceArea: 'SOCIAL_CARE',
      actionNeeded: 'Weekly check of letters waiting for a reply',
      byWhom: 'Service Managers',
      ...extra,
    },
  });
  expect(errors).toBeUndefined();
  return data.createLearningAction;
}

async function written(id: string) {
  const learningActionId = Number(id);
  return {
    progress: await db.dataSource.getRepository(LearningActionProgress).countBy({ learningActionId }),
    changes: await db.dataSource.getRepository(LearningActionChange).countBy({ learningActionId }),
    version: (await db.dataSource.getRepository(LearningAction).findOneByOrFail({ id: learningActionId })).version,
  };
}

describe(`progress log and closing notes (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('records dated progress with who wrote it, newest first, without changing the version', async () => {
    const action = await newAction();
    const first = await manager.graphql(PROGRESS, { id: action.id, text: '  Checklist drafted  ' });
    expect(first.errors).toBeUndefined();
    const second = await officer.graphql(PROGRESS, { id: action.id, text: 'Checklist used for every reply since 1 June' });
    expect(second.errors).toBeUndefined();
    const saved = second.data.addLearningActionProgress;
    expect(saved.version).toBe(action.version);
    expect(saved.progress.map((p: any) => [p.kind, p.authorName, p.text])).toEqual([
      ['NOTE', 'Test COMPLAINTS_OFFICER', 'Checklist used for every reply since 1 June'],
      ['NOTE', 'Test SERVICE_MANAGER', 'Checklist drafted'],
    ]);
    expect(saved.progress[1].authorEmail).toMatch(/^service_manager-.*@test\.example$/);
    expect(Number.isNaN(Date.parse(saved.progress[0].at))).toBe(false);
    // Analysts read the tracker, the log included.
    const read = await analyst.graphql('query($id: ID!) { learningAction(id: $id) { progress { text } } }', { id: action.id });
    expect(read.data.learningAction.progress).toHaveLength(2);
  });

  it.each([
    ['blank text', '   ', 'text', 'must not be empty'],
    ['text over 2,000 characters', 'x'.repeat(2001), 'text', 'longer than 2000'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, text, field, message) => {
    const action = await newAction();
    const before = await written(action.id);
    const { errors } = await officer.graphql(PROGRESS, { id: action.id, text });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toContain(message);
    expect(await written(action.id)).toEqual(before);
  });

  it('refuses progress from another area’s manager (FORBIDDEN) and on a completed action, writing nothing', async () => {
    const action = await newAction();
    const before = await written(action.id);
    const forbidden = await schoolsManager.graphql(PROGRESS, { id: action.id, text: 'Not mine' });
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await analyst.graphql(PROGRESS, { id: action.id, text: 'Read only' })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await written(action.id)).toEqual(before);

    const closed = await officer.graphql(CLOSE, { id: action.id, v: action.version, note: 'Done' });
    expect(closed.data.closeLearningAction.viewerCan.addProgress).toBe(false);
    const late = await officer.graphql(PROGRESS, { id: action.id, text: 'One more thing' });
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(late.errors![0].message).toContain('reopen it');
  });

  it.each([
    ['without a closing note', CLOSE_WITHOUT_NOTE, {}, 'must not be empty'],
    ['with a blank closing note', CLOSE, { note: ' \n ' }, 'must not be empty'],
    ['with a closing note over 2,000 characters', CLOSE, { note: 'x'.repeat(2001) }, 'longer than 2000'],
  ])('refuses to close an action %s: BAD_USER_INPUT naming closingNote, nothing written', async (_case, document, variables, message) => {
    const action = await newAction();
    const before = await written(action.id);
    const { data, errors } = await manager.graphql(document, { id: action.id, v: action.version, ...variables });
    expect(data).toBeFalsy();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closingNote' });
    expect(errors![0].message).toContain(message);
    expect(await written(action.id)).toEqual(before);
  });

  it('keeps the closing note, shows it while closed, and keeps it in the log when the action is reopened', async () => {
    const action = await newAction();
    await officer.graphql(PROGRESS, { id: action.id, text: 'Checklist drafted' });
    const closed = await manager.graphql(CLOSE, { id: action.id, v: action.version, note: '  Every reply in June was on time  ' });
    expect(closed.errors).toBeUndefined();
    const done = closed.data.closeLearningAction;
    expect(done).toMatchObject({ __typename: 'LearningAction', status: 'COMPLETED', version: action.version + 1, closingNote: 'Every reply in June was on time' });
    expect(done.progress.map((p: any) => [p.kind, p.text])).toEqual([
      ['CLOSED', 'Every reply in June was on time'],
      ['NOTE', 'Checklist drafted'],
    ]);
    expect(done.history.at(-1)).toMatchObject({ field: 'status', oldValue: 'OPEN', newValue: 'COMPLETED' });

    const reopened = await officer.graphql(REOPEN, { id: action.id, v: done.version, note: 'Late again in July' });
    expect(reopened.errors).toBeUndefined();
    const again = reopened.data.reopenLearningAction;
    expect(again).toMatchObject({ status: 'ONGOING', closingNote: null });
    expect(again.progress.map((p: any) => [p.kind, p.text])).toEqual([
      ['REOPENED', 'Late again in July'],
      ['CLOSED', 'Every reply in June was on time'],
      ['NOTE', 'Checklist drafted'],
    ]);

    // Closing again needs a note of its own; the latest one is shown.
    const reclosed = await officer.graphql(CLOSE, { id: action.id, v: again.version, note: 'On time since August' });
    expect(reclosed.data.closeLearningAction.closingNote).toBe('On time since August');
    const noReason = await officer.graphql(REOPEN, { id: action.id, v: again.version + 1 });
    expect(noReason.data.reopenLearningAction.progress[0]).toMatchObject({ kind: 'REOPENED', text: null });
  });

  it('completes an action only by closing it: an edit to COMPLETED is refused, naming status', async () => {
    const action = await newAction();
    const before = await written(action.id);
    const { errors } = await officer.graphql(UPDATE, { id: action.id, v: action.version, input: { status: 'COMPLETED' } });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(errors![0].message).toContain('closing note');
    expect(await written(action.id)).toEqual(before);
  });

  it('records an action as already done only with its closing note, which starts its log', async () => {
    const refused = await officer.graphql(CREATE, {
      input: { issueIdentified: 'Done before', actionNeeded: 'Reprint the leaflet', byWhom: 'Team', status: 'COMPLETED' },
    });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closingNote' });
    const action = await newAction({ status: 'COMPLETED', closingNote: 'Reprinted in May' });
    expect(action).toMatchObject({ status: 'COMPLETED', closingNote: 'Reprinted in May' });
    expect(action.progress.map((p: any) => p.kind)).toEqual(['CLOSED']);
  });

  it('answers a stale close with a VersionConflict and writes no closing note', async () => {
    const action = await newAction();
    const edited = await officer.graphql(UPDATE, { id: action.id, v: action.version, input: { byWhom: 'Head of Service' } });
    expect(edited.data.updateLearningAction.__typename).toBe('LearningAction');
    const before = await written(action.id);
    const stale = await manager.graphql(CLOSE, { id: action.id, v: action.version, note: 'Done' });
    expect(stale.errors).toBeUndefined();
    expect(stale.data.closeLearningAction).toMatchObject({ __typename: 'VersionConflict', current: { status: 'OPEN', closingNote: null, progress: [] }, changes: [{ field: 'byWhom' }] });
    expect(await written(action.id)).toEqual(before);
  });

  it('reads every listed action’s log with one query', async () => {
    await newAction();
    const progressOf = jest.spyOn(LearningActionService.prototype, 'progressOf');
    try {
      const { data, errors } = await analyst.graphql('{ learningActions { id closingNote progress { text } } }');
      expect(errors).toBeUndefined();
      expect(data.learningActions.length).toBeGreaterThan(3);
      expect(progressOf).toHaveBeenCalledTimes(1);
    } finally {
      progressOf.mockRestore();
    }
  });
});
