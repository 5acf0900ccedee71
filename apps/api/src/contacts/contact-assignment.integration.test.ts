/**
 * People on a case: an officer per contact and stage (the Stage 2 investigator
 * apart from the Stage 1 handler), reassignment history in the timeline, and
 * the casework queue's and contacts list's "mine", officer, filters and orders.
 */
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';
import { ContactAssignmentEvent } from './contact-assignment-event.entity';
import { ContactAssignment } from './contact-assignment.entity';

let db: TestDatabase;
let api: TestServer;
let me: TestClient;
let myId: string;
const users: Record<string, string> = {};
const contacts: Record<string, string> = {};

const ASSIGN = 'mutation($id: ID!, $stage: Stage!, $officer: ID) { assignContact(id: $id, stage: $stage, officerId: $officer) { id } }';
const PEOPLE = `query($id: ID!) { contact(id: $id) {
  assignableStages assignedOfficer { name }
  assignments { stage role officer { name roleName } }
  timeline { kind stage description }
} }`;
const QUEUE = `query($filter: CaseworkQueueFilter, $sort: CaseworkSort) { caseworkQueue(asOf: "2009-09-30", filter: $filter, sort: $sort) {
  overdueCount dueThisWeekCount items { step contact { reference } officer { name } }
} }`;

async function run(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await client.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function user(name: string, role: Role, options: { serviceAreas?: string[]; active?: boolean } = {}): Promise<void> {
  const created = await createUser(db.dataSource, { email: `${name.toLowerCase().replace(/\W/g, '.')}@test.example`, name, password: 'a-long-test-password', role, serviceAreas: options.serviceAreas });
  if (options.active === false) await db.dataSource.query(`UPDATE app_user SET active = ? WHERE id = ?`, [false, created.id]);
  users[name] = String(created.id);
}

async function contact(reference: string, input: Record<string, unknown>): Promise<void> {
  const created = await run(api, 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }', {
    input: { reference, channel: 'LETTER', issues: ['COMMUNICATION_LACK_OF'], complainantType: 'PARENT_OR_CARER', serviceAreas: ['SOCIAL_CARE'], ...input },
  });
  contacts[reference] = created.id;
}

async function counts() {
  return { now: await db.dataSource.getRepository(ContactAssignment).count(), history: await db.dataSource.getRepository(ContactAssignmentEvent).count() };
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  me = await api.as(Role.COMPLAINTS_OFFICER);
  myId = (await run(me, '{ me { id } }')).id;
  await user('Ann Handler', Role.COMPLAINTS_OFFICER);
  await user('Ben Investigator', Role.COMPLAINTS_OFFICER);
  await user('Mo Manager', Role.SERVICE_MANAGER, { serviceAreas: ['SOCIAL_CARE'] });
  await user('Ina Inclusion', Role.SERVICE_MANAGER, { serviceAreas: ['INCLUSION'] });
  await user('Al Analyst', Role.ANALYST);
  await user('Dee Departed', Role.COMPLAINTS_OFFICER, { active: false });

  // At Stage 2 since 20 July 2009: its Stage 2 response is overdue on 30 September.
  await contact('S2', { recordType: 'STATUTORY_COMPLAINT', receivedDate: '2009-07-01' });
  await run(api, 'mutation($id: ID!) { recordResponse(id: $id, sentDate: "2009-07-10", outcome: NOT_UPHELD) { id } }', { id: contacts.S2 });
  await run(api, 'mutation($id: ID!) { escalateContact(id: $id, stage: STAGE_2, requestedDate: "2009-07-20") { id } }', { id: contacts.S2 });
  // An MP's enquiry, not a complaint: one handler. Overdue on 30 September.
  await contact('MP', { recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR', receivedDate: '2009-09-01', acknowledgementSentDate: '2009-09-02' });
  // Two acknowledged Stage 1 complaints: one for me, one for no one.
  await contact('MINE', { recordType: 'STATUTORY_COMPLAINT', receivedDate: '2009-08-03', acknowledgementSentDate: '2009-08-04' });
  await contact('NOBODY', { recordType: 'STATUTORY_COMPLAINT', receivedDate: '2009-08-04', acknowledgementSentDate: '2009-08-05', serviceAreas: ['INCLUSION'] });
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe(`people on a case (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('keeps the Stage 1 handler apart from the Stage 2 investigator, and the history of each change', async () => {
    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_1', officer: users['Ann Handler'] });
    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: users['Ben Investigator'] });
    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: users['Mo Manager'] });
    // The same officer again changes nothing and adds no history.
    const before = await counts();
    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: users['Mo Manager'] });
    expect(await counts()).toEqual(before);

    const people = await run(api, PEOPLE, { id: contacts.S2 });
    expect(people.assignableStages).toEqual(['STAGE_1', 'STAGE_2']);
    expect(people.assignedOfficer).toEqual({ name: 'Mo Manager' });
    expect(people.assignments).toEqual([
      { stage: 'STAGE_1', role: 'Stage 1 handler', officer: { name: 'Ann Handler', roleName: 'Complaints officer' } },
      { stage: 'STAGE_2', role: 'Stage 2 investigator', officer: { name: 'Mo Manager', roleName: 'Service manager' } },
    ]);
    const history = people.timeline.filter((e: any) => e.kind === 'ASSIGNED');
    expect(history).toEqual([
      { kind: 'ASSIGNED', stage: 'STAGE_1', description: `Stage 1 handler: Ann Handler; by Test COMPLAINTS_OFFICER` },
      { kind: 'ASSIGNED', stage: 'STAGE_2', description: 'Stage 2 investigator: Ben Investigator; by Test COMPLAINTS_OFFICER' },
      { kind: 'ASSIGNED', stage: 'STAGE_2', description: 'Stage 2 investigator: Mo Manager (reassigned from Ben Investigator); by Test COMPLAINTS_OFFICER' },
    ]);
  });

  it('refuses a stage not reached and anyone who could not handle the case, naming the field; nothing is written', async () => {
    const before = await counts();
    for (const [stage, officer, field] of [
      ['STAGE_3', users['Ann Handler'], 'stage'],
      ['STAGE_2', users['Al Analyst'], 'officerId'],
      ['STAGE_2', users['Dee Departed'], 'officerId'],
      ['STAGE_2', users['Ina Inclusion'], 'officerId'],
      ['STAGE_2', '999999', 'officerId'],
      ['STAGE_2', 'abc', 'officerId'],
    ]) {
      const { errors } = await api.graphql(ASSIGN, { id: contacts.S2, stage, officer });
      expect([stage, officer, errors?.[0]?.extensions?.code, errors?.[0]?.extensions?.field]).toEqual([stage, officer, 'BAD_USER_INPUT', field]);
    }
    const { errors } = await api.graphql(ASSIGN, { id: '999999', stage: 'STAGE_1', officer: users['Ann Handler'] });
    expect(errors![0].extensions.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('lets officers assign and leave a stage without anyone; managers read but do not assign', async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    expect((await manager.graphql(ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: users['Mo Manager'] })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await run(manager, PEOPLE, { id: contacts.S2 })).assignedOfficer).toEqual({ name: 'Mo Manager' });

    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: null });
    const people = await run(api, PEOPLE, { id: contacts.S2 });
    expect(people.assignedOfficer).toBeNull();
    expect(people.timeline.at(-1).description).toBe('Stage 2 investigator: no one now (was Mo Manager); by Test COMPLAINTS_OFFICER');
    await run(api, ASSIGN, { id: contacts.S2, stage: 'STAGE_2', officer: users['Ben Investigator'] });
  });

  it('calls the officer of a contact that is not a complaint its handler', async () => {
    await run(api, ASSIGN, { id: contacts.MP, stage: 'STAGE_1', officer: users['Ann Handler'] });
    const people = await run(api, PEOPLE, { id: contacts.MP });
    expect(people.assignableStages).toEqual(['STAGE_1']);
    expect(people.assignments).toEqual([{ stage: 'STAGE_1', role: 'Handler', officer: { name: 'Ann Handler', roleName: 'Complaints officer' } }]);
    expect((await api.graphql(ASSIGN, { id: contacts.MP, stage: 'STAGE_2', officer: users['Ann Handler'] })).errors![0].extensions.field).toBe('stage');
  });

  it('lists who may handle cases: everyone active, or those who may handle one contact', async () => {
    const everyone = (await run(api, '{ caseOfficers { name } }')).map((o: any) => o.name);
    expect(everyone).toEqual(expect.arrayContaining(['Ann Handler', 'Ben Investigator', 'Ina Inclusion', 'Mo Manager']));
    expect(everyone).not.toContain('Al Analyst');
    expect(everyone).not.toContain('Dee Departed');
    const forS2 = (await run(api, 'query($id: ID!) { caseOfficers(contactId: $id) { name } }', { id: contacts.S2 })).map((o: any) => o.name);
    expect(forS2).toContain('Mo Manager');
    expect(forS2).not.toContain('Ina Inclusion');
  });

  describe('the casework queue', () => {
    beforeAll(async () => {
      await run(api, ASSIGN, { id: contacts.MINE, stage: 'STAGE_1', officer: myId });
    });

    const summary = (queue: any) => queue.items.map((i: any) => [i.contact.reference, i.step, i.officer?.name ?? null]);

    it("shows each step's officer: the Stage 2 investigator for a Stage 2 response", async () => {
      const queue = await run(api, QUEUE, { sort: 'REFERENCE' });
      expect(summary(queue)).toEqual([
        ['MINE', 'RESPONSE', 'Test COMPLAINTS_OFFICER'],
        ['MP', 'RESPONSE', 'Ann Handler'],
        ['NOBODY', 'RESPONSE', null],
        ['S2', 'STAGE_2_RESPONSE', 'Ben Investigator'],
      ]);
    });

    it("narrows to 'mine', an officer, no one, a record type, a service area, a step or a status", async () => {
      const references = async (filter: Record<string, unknown>, client: TestClient = api) =>
        (await run(client, QUEUE, { filter, sort: 'REFERENCE' })).items.map((i: any) => i.contact.reference);
      expect(await references({ mine: true }, me)).toEqual(['MINE']);
      expect(await references({ mine: true })).toEqual([]);
      expect(await references({ assignedTo: [users['Ann Handler'], users['Ben Investigator']] })).toEqual(['MP', 'S2']);
      expect(await references({ unassigned: true })).toEqual(['NOBODY']);
      expect(await references({ recordTypes: ['MP_CLLR_ENQUIRY'] })).toEqual(['MP']);
      expect(await references({ serviceAreas: ['INCLUSION'] })).toEqual(['NOBODY']);
      expect(await references({ steps: ['STAGE_2_RESPONSE'] })).toEqual(['S2']);
      expect(await references({ statuses: ['DUE_THIS_WEEK'] })).toEqual([]);
      const { errors } = await api.graphql(QUEUE, { filter: { unassigned: true, mine: true } });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unassigned' });
    });

    it('sorts by due date (most overdue first), date received or reference', async () => {
      const order = async (sort: string) => (await run(api, QUEUE, { sort })).items.map((i: any) => i.contact.reference);
      expect(await order('RECEIVED_DATE')).toEqual(['S2', 'MINE', 'NOBODY', 'MP']);
      expect(await order('REFERENCE')).toEqual(['MINE', 'MP', 'NOBODY', 'S2']);
      const byDue = (await run(api, QUEUE, {})).items;
      expect(byDue.map((i: any) => i.contact.reference)[0]).toBe('MINE');
    });
  });

  it("filters the contacts list by the officer of the stage each contact is at", async () => {
    const references = async (filter: Record<string, unknown>, client: TestClient = api) =>
      (await run(client, 'query($filter: ContactFilter) { contacts(filter: $filter, sort: REFERENCE) { edges { node { reference } } } }', { filter })).edges.map(
        (e: any) => e.node.reference,
      );
    // S2 is at Stage 2: its Stage 1 handler (Ann) no longer makes it hers.
    expect(await references({ assignedTo: [users['Ann Handler']] })).toEqual(['MP']);
    expect(await references({ assignedTo: [users['Ben Investigator']] })).toEqual(['S2']);
    expect(await references({ assignedToMe: true }, me)).toEqual(['MINE']);
    expect(await references({ unassigned: true })).toEqual(['NOBODY']);
  });
});
