/** The learning-action tracker over GraphQL, against a real database seeded with Appendix 1. */
import { Role } from '../auth/role';
import { LEARNING_ACTIONS_2009_10 } from '../demo-data/learning-actions';
import { loadDemoDataset } from '../demo-data/load-demo-dataset';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { LearningActionChange } from './learning-action-change.entity';
import { LearningAction } from './learning-action.entity';
import { LearningActionService } from './learning-action.service';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let manager: TestClient;
let schoolsManager: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadDemoDataset(db.dataSource, { contacts: [], informationRequests: [], serviceActivity: [], learningActions: [...LEARNING_ACTIONS_2009_10] });
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  manager = await api.as(Role.SERVICE_MANAGER); // Safeguarding: Social Care
  schoolsManager = await api.as(Role.SERVICE_MANAGER, { serviceAreas: ['SCHOOL_STANDARDS'] });
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const FIELDS = `id financialYear issueIdentified issueCategory { code } serviceArea { code name } count actionNeeded byWhom status
  furtherAction dueDate overdue version history { version changedBy changedAt field oldValue newValue }`;
const LIST = `query($filter: LearningActionFilter) { learningActions(filter: $filter) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { ${FIELDS} } }`;
/** The version-checked mutations answer the action or a VersionConflict. */
const RESULT = `__typename ... on LearningAction { ${FIELDS} }
  ... on VersionConflict { expectedVersion current { ${FIELDS} } changes { field theirValue yourValue } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateLearningActionInput!) { updateLearningAction(id: $id, expectedVersion: $v, input: $input) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $note: String = "Done: checked with the team") {
  closeLearningAction(id: $id, expectedVersion: $v, closingNote: $note) { ${RESULT} } }`;
const REOPEN = `mutation($id: ID!, $v: Int!) { reopenLearningAction(id: $id, expectedVersion: $v) { ${RESULT} } }`;
const VIEWER_CAN = '{ learningActions { issueIdentified viewerCan { update close reopen addProgress } } }';

const newAction = {
  financialYear: '2010/11',
  issueIdentified: 'Delays in sending responses',
  issueCategory: 'COMMUNICATION',
  serviceArea: 'SOCIAL_CARE',
  actionNeeded: 'Weekly report of complaints near their deadline',
  byWhom: 'Customer Care & Complaints Manager',
};

async function emailOf(client: TestClient): Promise<string> {
  return (await client.graphql('{ me { email } }')).data.me.email;
}

async function seeded(issueIdentified: string) {
  return db.dataSource.getRepository(LearningAction).findOneByOrFail({ issueIdentified });
}

async function rowCounts() {
  return {
    actions: await db.dataSource.getRepository(LearningAction).count(),
    changes: await db.dataSource.getRepository(LearningActionChange).count(),
  };
}

describe(`learning actions (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('lists the five Appendix 1 actions: overdue first, then open ones by due date, then completed', async () => {
    const { data, errors } = await officer.graphql(LIST);
    expect(errors).toBeUndefined();
    expect(data.learningActions.map((a: any) => [a.issueIdentified, a.status, a.overdue])).toEqual([
      ['Alleged breach of confidentiality', 'ONGOING', true],
      ['Generic issues', 'ONGOING', true],
      ['Communication: unwanted (3), inaccurate (5), lack of (40)', 'COMPLETED', false],
      ['Code of conduct or attitude of staff', 'COMPLETED', false],
      ['Respite for children with disabilities', 'COMPLETED', false],
    ]);
    expect(data.learningActions[0]).toMatchObject({
      financialYear: '2009/10',
      issueCategory: { code: 'BREACH_OF_CONFIDENTIALITY' },
      serviceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
      count: 9,
      byWhom: 'Service Managers',
      dueDate: '2010-10-31',
      version: 1,
      history: [],
    });
    expect(data.learningActions[1].issueCategory).toBeNull();
  });

  it.each([
    ['status', { statuses: ['ONGOING'] }, ['Alleged breach of confidentiality', 'Generic issues']],
    ['owner, ignoring case', { owner: 'customer CARE' }, ['Generic issues']],
    ['owner, with wildcards taken literally', { owner: '%' }, []],
    ['service area', { serviceAreas: ['SCHOOL_STANDARDS'] }, []],
    ['issue category', { issueCategories: ['COMMUNICATION', 'STAFFING'] }, ['Communication: unwanted (3), inaccurate (5), lack of (40)', 'Code of conduct or attitude of staff']],
    ['financial year', { financialYear: '2008/09' }, []],
    ['overdue', { overdue: true }, ['Alleged breach of confidentiality', 'Generic issues']],
    ['not overdue, combined with status', { overdue: false, statuses: ['COMPLETED', 'OPEN'], serviceAreas: ['SOCIAL_CARE'] }, [
      'Communication: unwanted (3), inaccurate (5), lack of (40)',
      'Code of conduct or attitude of staff',
      'Respite for children with disabilities',
    ]],
  ])('filters by %s', async (_case, filter, expected) => {
    const { data, errors } = await officer.graphql(LIST, { filter: { financialYear: '2009/10', ...filter } });
    expect(errors).toBeUndefined();
    expect(data.learningActions.map((a: any) => a.issueIdentified)).toEqual(expected);
  });

  it('refuses unknown filter codes and years, naming them', async () => {
    const { errors } = await officer.graphql(LIST, { filter: { serviceAreas: ['PARKS'], financialYear: '2009-10' } });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain("filter.serviceAreas: unknown code 'PARKS'");
    expect(errors![0].message).toContain('filter.financialYear');
  });

  it('reads every action’s history with one audit query, however many actions are listed', async () => {
    const historyOf = jest.spyOn(LearningActionService.prototype, 'historyOf');
    try {
      const { data } = await officer.graphql('{ learningActions { id history { field } } }');
      expect(data.learningActions.length).toBeGreaterThanOrEqual(5);
      expect(historyOf).toHaveBeenCalledTimes(1);
    } finally {
      historyOf.mockRestore();
    }
  });

  it('creates, updates, closes and reopens an action, auditing every change with who, when and the version', async () => {
    const email = await emailOf(officer);
    const created = await officer.graphql(CREATE, { input: newAction });
    expect(created.errors).toBeUndefined();
    const action = created.data.createLearningAction;
    expect(action).toMatchObject({ status: 'OPEN', version: 1, count: null, dueDate: null, overdue: false, serviceArea: { code: 'SOCIAL_CARE' } });
    expect(action.history).toEqual([expect.objectContaining({ version: 1, changedBy: email, field: 'created', oldValue: null })]);
    expect(JSON.parse(action.history[0].newValue)).toMatchObject({ financialYear: '2010/11', issueIdentified: newAction.issueIdentified });
    expect(Number.isNaN(Date.parse(action.history[0].changedAt))).toBe(false);

    const updated = await officer.graphql(UPDATE, { id: action.id, v: 1, input: { count: 6, byWhom: 'Head of Service', dueDate: '2011-01-31' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateLearningAction).toMatchObject({ version: 2, count: 6, byWhom: 'Head of Service', dueDate: '2011-01-31', overdue: true });
    expect(updated.data.updateLearningAction.history.slice(1).map((h: any) => [h.version, h.field, h.oldValue, h.newValue])).toEqual([
      [2, 'count', null, '6'],
      [2, 'byWhom', newAction.byWhom, 'Head of Service'],
      [2, 'dueDate', null, '2011-01-31'],
    ]);

    const closed = await officer.graphql(CLOSE, { id: action.id, v: 2 });
    expect(closed.data.closeLearningAction).toMatchObject({ status: 'COMPLETED', version: 3, overdue: false });
    const reopened = await manager.graphql(REOPEN, { id: action.id, v: 3 });
    expect(reopened.data.reopenLearningAction).toMatchObject({ status: 'ONGOING', version: 4 });
    const cleared = await officer.graphql(UPDATE, { id: action.id, v: 4, input: { dueDate: null, issueCategory: null } });
    expect(cleared.data.updateLearningAction).toMatchObject({ version: 5, dueDate: null, issueCategory: null });

    expect(cleared.data.updateLearningAction.history.slice(4).map((h: any) => [h.version, h.changedBy, h.field, h.oldValue, h.newValue])).toEqual([
      [3, email, 'status', 'OPEN', 'COMPLETED'],
      [4, await emailOf(manager), 'status', 'COMPLETED', 'ONGOING'],
      [5, email, 'issueCategory', 'COMMUNICATION', null],
      [5, email, 'dueDate', '2011-01-31', null],
    ]);
    expect(await db.dataSource.getRepository(LearningActionChange).countBy({ learningActionId: Number(action.id) })).toBe(8);
  });

  it('answers a stale version with a VersionConflict: the current record, and the fields changed since with theirs and yours', async () => {
    const { id } = await seeded('Respite for children with disabilities');
    const first = await officer.graphql(UPDATE, { id: String(id), v: 1, input: { furtherAction: 'Review again in 2011', count: 3 } });
    expect(first.errors).toBeUndefined();
    expect(first.data.updateLearningAction.__typename).toBe('LearningAction');
    const before = await rowCounts();

    const second = await manager.graphql(UPDATE, { id: String(id), v: 1, input: { byWhom: 'Service Manager (Disabled Children)', count: 4 } });
    expect(second.errors).toBeUndefined();
    const conflict = second.data.updateLearningAction;
    expect(conflict.__typename).toBe('VersionConflict');
    expect(conflict.expectedVersion).toBe(1);
    expect(conflict.current).toMatchObject({
      id: String(id),
      version: 2,
      furtherAction: 'Review again in 2011',
      count: 3,
      byWhom: 'Service Manager',
      status: 'COMPLETED',
      serviceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    });
    expect(conflict.changes).toEqual([
      { field: 'count', theirValue: '3', yourValue: '4' },
      { field: 'furtherAction', theirValue: 'Review again in 2011', yourValue: null },
    ]);
    expect(conflict.current.history.at(-1)).toMatchObject({ version: 2, changedBy: await emailOf(officer) });
    expect(await rowCounts()).toEqual(before);

    const stale = await manager.graphql(CLOSE, { id: String(id), v: 1 });
    expect(stale.data.closeLearningAction).toMatchObject({ __typename: 'VersionConflict', current: { version: 2 } });
    const fresh = await manager.graphql(UPDATE, { id: String(id), v: 2, input: { byWhom: 'Service Manager (Disabled Children)' } });
    expect(fresh.data.updateLearningAction).toMatchObject({ __typename: 'LearningAction', version: 3 });
  });

  it('tells each viewer what they may do to each action, as the mutations decide', async () => {
    const analyst = await api.as(Role.ANALYST);
    const can = async (client: TestClient) => {
      const { data, errors } = await client.graphql(VIEWER_CAN);
      expect(errors).toBeUndefined();
      return Object.fromEntries(data.learningActions.map((a: any) => [a.issueIdentified, a.viewerCan]));
    };
    const open = 'Alleged breach of confidentiality';
    const done = 'Code of conduct or attitude of staff';
    expect((await can(officer))[open]).toEqual({ update: true, close: true, reopen: false, addProgress: true });
    expect((await can(officer))[done]).toEqual({ update: true, close: false, reopen: true, addProgress: false });
    expect((await can(manager))[open]).toEqual({ update: true, close: true, reopen: false, addProgress: true });
    expect((await can(schoolsManager))[open]).toEqual({ update: false, close: false, reopen: false, addProgress: false });
    expect((await can(analyst))[done]).toEqual({ update: false, close: false, reopen: false, addProgress: false });
  });

  describe('service managers', () => {
    it('change their own areas’ actions', async () => {
      const { id, version } = await seeded('Code of conduct or attitude of staff');
      const { data, errors } = await manager.graphql(UPDATE, { id: String(id), v: version, input: { furtherAction: 'Refresher training' } });
      expect(errors).toBeUndefined();
      expect(data.updateLearningAction.history.at(-1)).toMatchObject({ changedBy: await emailOf(manager), field: 'furtherAction' });
    });

    it('are refused another area’s actions with FORBIDDEN, and nothing is written', async () => {
      const { id, version } = await seeded('Generic issues');
      const before = await rowCounts();
      const attempts = [
        await schoolsManager.graphql(UPDATE, { id: String(id), v: version, input: { byWhom: 'Me' } }),
        await schoolsManager.graphql(CLOSE, { id: String(id), v: version }),
        await schoolsManager.graphql(CREATE, { input: newAction }),
        await manager.graphql(UPDATE, { id: String(id), v: version, input: { serviceArea: 'SCHOOL_STANDARDS' } }),
        await manager.graphql(CREATE, { input: { ...newAction, serviceArea: null } }),
      ];
      for (const { errors } of attempts) expect(errors![0].extensions.code).toBe('FORBIDDEN');
      expect(attempts[2].errors![0].message).toBe('Service managers may only create learning actions for their own service areas.');
      expect(await rowCounts()).toEqual(before);
    });

    it('create actions for their own areas', async () => {
      const { data, errors } = await schoolsManager.graphql(CREATE, { input: { ...newAction, serviceArea: 'SCHOOL_STANDARDS' } });
      expect(errors).toBeUndefined();
      expect(data.createLearningAction.serviceArea.code).toBe('SCHOOL_STANDARDS');
    });
  });

  describe('validation', () => {
    it.each([
      ['an unknown category', CREATE, () => ({ input: { ...newAction, issueCategory: 'WEATHER' } }), 'issueCategory', "unknown issue category 'WEATHER'"],
      ['empty text', CREATE, () => ({ input: { ...newAction, actionNeeded: '  ' } }), 'actionNeeded', 'must not be empty'],
      ['a negative count', CREATE, () => ({ input: { ...newAction, count: -1 } }), 'count', '0 or more'],
      ['a due date before the year', CREATE, () => ({ input: { ...newAction, dueDate: '2010-01-31' } }), 'dueDate', 'before the start of 2010/11'],
      ['a bad financial year', CREATE, () => ({ input: { ...newAction, financialYear: '2010/12' } }), 'financialYear', 'not a financial year'],
      ['an unknown service area', UPDATE, (id: number, v: number) => ({ id, v, input: { serviceArea: 'PARKS' } }), 'serviceArea', "unknown service area 'PARKS'"],
      ['clearing required text', UPDATE, (id: number, v: number) => ({ id, v, input: { byWhom: null } }), 'byWhom', 'must not be empty'],
      ['an update naming no field', UPDATE, (id: number, v: number) => ({ id, v, input: {} }), 'input', 'names no field'],
      ['an update that changes nothing', UPDATE, (id: number, v: number) => ({ id, v, input: { status: 'ONGOING' } }), 'status', 'changes nothing'],
      ['reopening an action that is not completed', REOPEN, (id: number, v: number) => ({ id, v }), 'status', 'only a COMPLETED action'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, document, variables, field, message) => {
      const { id, version } = await seeded('Alleged breach of confidentiality');
      const before = await rowCounts();
      const { data, errors } = await officer.graphql(document, variables(id, version));
      expect(data).toBeFalsy();
      expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0].extensions.field).toBe(field);
      expect(errors![0].message).toContain(`${field}: `);
      expect(errors![0].message).toContain(message);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a date that is not a real date', async () => {
      const { errors } = await officer.graphql(CREATE, { input: { ...newAction, dueDate: '2011-02-30' } });
      expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toContain("'2011-02-30' is not a real calendar date");
    });

    it('answers NOT_FOUND for an action that does not exist', async () => {
      const { errors } = await officer.graphql(CLOSE, { id: '424242', v: 1 });
      expect(errors![0].extensions.code).toBe('NOT_FOUND');
      expect((await officer.graphql('{ learningAction(id: "424242") { id } }')).data.learningAction).toBeNull();
    });
  });
});
