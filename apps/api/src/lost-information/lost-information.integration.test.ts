/**
 * The lost-information register through the API on a real database: the
 * 72-hour clock puts an overdue ICO decision at the top of the officer's
 * casework queue; bad input is refused naming its field with nothing written;
 * managers see their areas; analysts get counts only.
 */
import { Role } from '../auth/role';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { LostInformationIncident } from './lost-information-incident.entity';

let db: TestDatabase;
let api: TestServer;
const HOUR = 60 * 60 * 1000;
const hoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

const RECORD = `mutation($input: LostInformationIncidentInput!) { recordLostInformationIncident(input: $input) {
  id reference discoveredAt icoDueAt icoClockState icoHoursRemaining icoHoursOverdue reportedWithin72Hours riskLevel status
} }`;
const UPDATE = `mutation($id: ID!, $input: LostInformationIncidentInput!) { updateLostInformationIncident(id: $id, input: $input) {
  id icoClockState reportedWithin72Hours status actions { kind description takenOn } learningActions { id } } }`;
const QUEUE = '{ caseworkQueue { lostInformation { clockState hoursOverdue hoursRemaining summary dueAt incident { id reference } } } }';

function input(overrides: Record<string, unknown> = {}) {
  return {
    discoveredAt: hoursAgo(1),
    format: 'USB_STICK',
    dataDescription: 'Names, addresses and dates of birth of children on a child protection plan',
    peopleAffected: 40,
    encrypted: 'NO',
    reportedBy: 'Team manager, Children in Need',
    serviceArea: 'SOCIAL_CARE',
    ...overrides,
  };
}

async function ok(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await client.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function refusal(query: string, variables: Record<string, unknown>) {
  const { errors } = await api.graphql(query, variables);
  expect(errors).toHaveLength(1);
  return errors![0].extensions as { code: string; field: string };
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  ids.running = (await ok(api, RECORD, { input: input() })).id;
  ids.overdue = (await ok(api, RECORD, { input: input({ discoveredAt: hoursAgo(75.5), format: 'EMAIL_WRONG_RECIPIENT' }) })).id;
  ids.otherArea = (await ok(api, RECORD, { input: input({ discoveredAt: hoursAgo(80), serviceArea: 'INCLUSION', format: 'PAPER' }) })).id;
  ids.decided = (
    await ok(api, RECORD, {
      input: input({ discoveredAt: hoursAgo(200), format: 'LAPTOP', encrypted: 'YES', icoDecision: 'DO_NOT_NOTIFY', icoDecisionReason: 'Full-disk encryption', icoDecidedAt: hoursAgo(190) }),
    })
  ).id;
});

afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe('the lost-information register', () => {
  it('generates a reference and starts the 72-hour clock at discovery', async () => {
    const incident = await ok(api, 'query($id: ID!) { lostInformationIncident(id: $id) { reference discoveredAt icoDueAt icoClockState icoHoursRemaining } }', { id: ids.running });
    expect(incident.reference).toMatch(/^LI\/\d{4}\/\d{4}$/);
    expect(Date.parse(incident.icoDueAt) - Date.parse(incident.discoveredAt)).toBe(72 * HOUR);
    expect(incident).toMatchObject({ icoClockState: 'RUNNING', icoHoursRemaining: 70 });
  });

  it("puts the overdue ICO decision at the top of the officer's casework queue, the running one after it, and leaves decided ones out", async () => {
    const queue = await ok(api, QUEUE);
    const refs = queue.lostInformation.map((i: any) => i.incident.id);
    expect(refs[0]).toBe(ids.otherArea);
    expect(refs.slice(0, 3)).toEqual([ids.otherArea, ids.overdue, ids.running]);
    expect(refs).not.toContain(ids.decided);
    expect(queue.lostInformation[1]).toMatchObject({ clockState: 'OVERDUE', hoursOverdue: 4, summary: 'ICO decision overdue by 4 h' });
    expect(queue.lostInformation[2]).toMatchObject({ clockState: 'RUNNING', hoursRemaining: 70, summary: 'ICO decision due in 70 h' });
  });

  it("shows a service manager only their areas' incidents, in the register and in the queue", async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    const queue = await ok(manager, QUEUE);
    expect(queue.lostInformation[0].incident.id).toBe(ids.overdue);
    expect(queue.lostInformation.map((i: any) => i.incident.id)).not.toContain(ids.otherArea);
    const list = await ok(manager, '{ lostInformationIncidents { id } }');
    expect(list.map((i: any) => i.id)).not.toContain(ids.otherArea);
    expect(await ok(manager, 'query($id: ID!) { lostInformationIncident(id: $id) { id } }', { id: ids.otherArea })).toBeNull();
    const { errors } = await manager.graphql(RECORD, { input: input() });
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a loss discovered before it happened, and a notification without the decision to notify, naming the field and writing nothing', async () => {
    const before = await db.dataSource.getRepository(LostInformationIncident).count();
    expect(await refusal(RECORD, { input: input({ occurredAt: hoursAgo(0.5), discoveredAt: hoursAgo(1) }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    expect(
      await refusal(RECORD, { input: input({ icoDecision: 'DO_NOT_NOTIFY', icoDecisionReason: 'Encrypted', icoDecidedAt: hoursAgo(0.5), icoNotifiedAt: hoursAgo(0.2) }) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'icoNotifiedAt' });
    expect(await refusal(RECORD, { input: input({ serviceArea: 'NOWHERE' }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceArea' });
    expect(await refusal(UPDATE, { id: ids.running, input: input({ learningActionIds: ['999999'] }) })).toMatchObject({ field: 'learningActionIds' });
    expect(await db.dataSource.getRepository(LostInformationIncident).count()).toBe(before);
  });

  it('records the decisions, actions and learning actions in one save, stops the clock and closes', async () => {
    const action = await ok(api, 'mutation($input: CreateLearningActionInput!) { createLearningAction(input: $input) { id } }', {
      input: { issueIdentified: 'Unencrypted USB sticks in use', actionNeeded: 'Block unencrypted removable media', byWhom: 'ICT' },
    });
    const saved = await ok(api, UPDATE, {
      id: ids.overdue,
      input: input({
        discoveredAt: hoursAgo(75.5),
        format: 'EMAIL_WRONG_RECIPIENT',
        likelihood: 4,
        severity: 4,
        icoDecision: 'NOTIFY',
        icoDecidedAt: hoursAgo(60),
        icoNotifiedAt: hoursAgo(2),
        subjectsDecision: 'TELL',
        subjectsToldOn: hoursAgo(1).slice(0, 10),
        actions: [
          { kind: 'CONTAINMENT', description: 'Recipient asked to delete the e-mail and confirm', takenOn: hoursAgo(70).slice(0, 10) },
          { kind: 'RECOVERY', description: 'Deletion confirmed in writing', takenOn: hoursAgo(50).slice(0, 10) },
        ],
        lessonsLearned: 'Auto-complete of addresses',
        learningActionIds: [action.id],
      }),
    });
    expect(saved).toMatchObject({ icoClockState: 'MISSED', reportedWithin72Hours: false, status: 'OPEN', learningActions: [{ id: action.id }] });
    expect(saved.actions.map((a: any) => a.kind)).toEqual(['CONTAINMENT', 'RECOVERY']);
    const queue = await ok(api, QUEUE);
    expect(queue.lostInformation.map((i: any) => i.incident.id)).not.toContain(ids.overdue);

    const closedOn = new Date().toISOString().slice(0, 10);
    expect(await refusal(UPDATE, { id: ids.running, input: input({ closedOn }) })).toMatchObject({ field: 'closedOn' });
    const closed = await ok(api, UPDATE, {
      id: ids.decided,
      input: input({
        discoveredAt: hoursAgo(200), format: 'LAPTOP', encrypted: 'YES', icoDecision: 'DO_NOT_NOTIFY', icoDecisionReason: 'Full-disk encryption',
        icoDecidedAt: hoursAgo(190), subjectsDecision: 'DO_NOT_TELL', closedOn,
      }),
    });
    expect(closed).toMatchObject({ status: 'CLOSED', icoClockState: 'MET', reportedWithin72Hours: true });
  });

  it("adds the year's summary table to the annual report, and says so when a year has none", async () => {
    const TABLE = 'query($y: String!) { annualReport(financialYear: $y) { lostInformation { id columns rows { label values } } } }';
    const empty = await ok(api, TABLE, { y: '2009/10' });
    expect(empty.lostInformation.id).toBe('lost-information');
    expect(empty.lostInformation.rows).toEqual([{ label: 'No incidents recorded', values: [0, 0, 0, 0, 0] }]);
    const year = (await ok(api, 'query($id: ID!) { lostInformationIncident(id: $id) { discoveredFinancialYear } }', { id: ids.decided })).discoveredFinancialYear;
    const report = await ok(api, TABLE, { y: year });
    const total = report.lostInformation.rows.find((r: any) => r.label === 'Total');
    const summary = await ok(api, 'query($y: String!) { lostInformationSummary(financialYear: $y) { incidents notified notNotified awaiting within72Hours } }', { y: year });
    expect(total.values).toEqual([summary.incidents, summary.notified, summary.notNotified, summary.awaiting, summary.within72Hours]);
    expect(summary.incidents).toBeGreaterThanOrEqual(4);
  });

  it('gives analysts counts only: by format and outcome, and within 72 hours', async () => {
    const analyst = await api.as(Role.ANALYST);
    const year = (await ok(api, 'query($id: ID!) { lostInformationIncident(id: $id) { discoveredFinancialYear } }', { id: ids.decided })).discoveredFinancialYear;
    const summary = await ok(analyst, 'query($y: String!) { lostInformationSummary(financialYear: $y) { incidents notNotified within72Hours byFormat { format incidents notNotified within72Hours } } }', {
      y: year,
    });
    expect(summary.byFormat.find((f: any) => f.format === 'LAPTOP')).toEqual({ format: 'LAPTOP', incidents: 1, notNotified: 1, within72Hours: 1 });
    const { errors } = await analyst.graphql('{ lostInformationIncidents { id } }');
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
