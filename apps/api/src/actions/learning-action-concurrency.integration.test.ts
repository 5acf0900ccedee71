/**
 * Two people edit one learning action from the same version at the same time,
 * over HTTP: exactly one wins, the other gets a VersionConflict with the winner's record,
 * and the audit holds only the winner's change. Repeated, so the requests land
 * in different orders and (on MySQL/MariaDB) genuinely overlap in the database.
 */
import { Role } from '../auth/role';
import { LEARNING_ACTIONS_2009_10 } from '../demo-data/learning-actions';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningActionProgress } from './learning-action-progress.entity';
import { LearningAction } from './learning-action.entity';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let manager: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadDemoDataset(db.dataSource, { contacts: [], informationRequests: [], serviceActivity: [], learningActions: [...LEARNING_ACTIONS_2009_10] });
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  manager = await api.as(Role.SERVICE_MANAGER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const ACTION = 'id version byWhom furtherAction status';
const RESULT = `__typename ... on LearningAction { ${ACTION} } ... on VersionConflict { current { ${ACTION} } changes { field } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) {
  updateLearningAction(id: $id, expectedVersion: $v, input: $input) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeLearningAction(id: $id, expectedVersion: $v, closingNote: "Training done") { ${RESULT} } }`;

const kind = (result: { data?: any; errors?: unknown }, name: string) => (result.errors ? 'error' : result.data[name].__typename);

const ROUNDS = 8;

async function stored(id: number) {
  return db.dataSource.getRepository(LearningAction).findOneByOrFail({ id });
}

async function auditAt(id: number, version: number) {
  return db.dataSource.getRepository(LearningActionChange).find({ where: { learningActionId: id, version }, order: { id: 'ASC' } });
}

describe(`concurrent edits (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it.each([
    ['different fields', (round: number) => ({ byWhom: `Officer's owner ${round}` }), (round: number) => ({ furtherAction: `Manager's note ${round}` })],
    // Values of their own: the case before may have left byWhom at "Officer's owner 0" (the officer winning its
    // first round only), and an edit to the value already there is refused as changing nothing.
    ['the same field', (round: number) => ({ byWhom: `Officer's owner, same field ${round}` }), (round: number) => ({ byWhom: `Manager's owner, same field ${round}` })],
  ])('on %s: one update succeeds, the other gets a VersionConflict with the current record', async (_case, officerInput, managerInput) => {
    const { id } = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ issueIdentified: 'Generic issues' });
    const audited = () => db.dataSource.getRepository(LearningActionChange).countBy({ learningActionId: id });
    const auditedBefore = await audited();
    for (let round = 0; round < ROUNDS; round++) {
      const { version } = await stored(id);
      const [a, b] = await Promise.all([
        officer.graphql(UPDATE, { id: String(id), v: version, input: officerInput(round) }),
        manager.graphql(UPDATE, { id: String(id), v: version, input: managerInput(round) }),
      ]);
      const results = [a, b];
      // No errors first, so that a failure shows what was refused and why.
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(results.map((r) => kind(r, 'updateLearningAction')).sort()).toEqual(['LearningAction', 'VersionConflict']);
      const winner = results.find((r) => kind(r, 'updateLearningAction') === 'LearningAction')!.data.updateLearningAction;
      const conflict = results.find((r) => kind(r, 'updateLearningAction') === 'VersionConflict')!.data.updateLearningAction;
      const winningField = winner === a.data.updateLearningAction ? Object.keys(officerInput(round))[0] : Object.keys(managerInput(round))[0];

      expect(winner.version).toBe(version + 1);
      expect(conflict.current).toMatchObject({ id: String(id), version: version + 1, byWhom: winner.byWhom, furtherAction: winner.furtherAction });
      expect(conflict.changes.map((c: { field: string }) => c.field)).toEqual([winningField]);

      const row = await stored(id);
      expect(row.version).toBe(version + 1);
      expect({ byWhom: row.byWhom, furtherAction: row.furtherAction }).toEqual({ byWhom: winner.byWhom, furtherAction: winner.furtherAction });
      const audit = await auditAt(id, version + 1);
      expect(audit.map((c) => c.field)).toEqual([winningField]);
    }
    expect((await audited()) - auditedBefore).toBe(ROUNDS);
  });

  it('closing and editing at once: one wins, and the audit holds only its change', async () => {
    const { id } = await db.dataSource.getRepository(LearningAction).findOneByOrFail({ issueIdentified: 'Alleged breach of confidentiality' });
    const { version } = await stored(id);
    const [closed, edited] = await Promise.all([
      manager.graphql(CLOSE, { id: String(id), v: version }),
      officer.graphql(UPDATE, { id: String(id), v: version, input: { furtherAction: 'Training plan for 2011' } }),
    ]);
    expect([closed, edited].flatMap((r) => r.errors ?? [])).toEqual([]);
    const kinds = [kind(closed, 'closeLearningAction'), kind(edited, 'updateLearningAction')];
    expect([...kinds].sort()).toEqual(['LearningAction', 'VersionConflict']);
    const audit = await auditAt(id, version + 1);
    expect(audit).toHaveLength(1);
    expect(audit[0].field).toBe(kinds[0] === 'VersionConflict' ? 'furtherAction' : 'status');
    expect((await stored(id)).version).toBe(version + 1);
    // The closing note is written with the close, or not at all.
    const log = await db.dataSource.getRepository(LearningActionProgress).findBy({ learningActionId: id });
    expect(log.map((entry) => [entry.kind, entry.text])).toEqual(kinds[0] === 'VersionConflict' ? [] : [['CLOSED', 'Training done']]);
  });
});
