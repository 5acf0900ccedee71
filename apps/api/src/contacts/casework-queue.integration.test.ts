/** The casework queue on contacts created through the API, read for a fixed date. */
import { Role } from '../auth/role';
import { todayIso } from '../periods/today';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
const ids: Record<string, string> = {};

const QUEUE = `query($asOf: LocalDate) { caseworkQueue(asOf: $asOf) {
  asOf dueUntil overdueCount dueThisWeekCount
  items { step status dueDate workingDaysOverdue workingDaysRemaining contact { id reference } escalation { id stage } }
} }`;

async function run(query: string, variables: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function contact(name: string, input: Record<string, unknown>, steps: Array<[string, Record<string, unknown>]> = []) {
  const created = await run(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
    input: {
      reference: name,
      recordType: 'STATUTORY_COMPLAINT',
      channel: 'LETTER',
      serviceAreas: ['SOCIAL_CARE'],
      issues: ['COMMUNICATION_LACK_OF'],
      complainantType: 'PARENT_OR_CARER',
      ...input,
    },
  });
  ids[name] = created.id;
  for (const [mutation, args] of steps) {
    const { escalation, ...rest } = args as { escalation?: number };
    const target = escalation === undefined ? created.id : (await escalationIds(created.id))[escalation];
    await run(mutation, { id: target, ...rest });
  }
}

async function escalationIds(contactId: string): Promise<string[]> {
  const c = await run('query($id: ID!) { contact(id: $id) { escalations { id } } }', { id: contactId });
  return c.escalations.map((e: { id: string }) => e.id);
}

const ACK = 'mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }';
const RESPOND = 'mutation($id: ID!, $d: LocalDate!, $o: Outcome) { recordResponse(id: $id, sentDate: $d, outcome: $o) { id } }';
const ESCALATE = 'mutation($id: ID!, $s: EscalationStage!, $d: LocalDate!) { escalateContact(id: $id, stage: $s, requestedDate: $d) { id } }';
const ESCALATION_RESPONSE =
  'mutation($id: ID!, $d: LocalDate!, $o: Outcome!) { recordEscalationResponse(escalationId: $id, sentDate: $d, outcome: $o) { id } }';
const PANEL = 'mutation($id: ID!, $d: LocalDate!) { recordPanelHeld(escalationId: $id, date: $d) { id } }';
const WITHDRAW = 'mutation($id: ID!, $d: LocalDate!) { withdrawContact(id: $id, date: $d) { id } }';

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  // Acknowledgement due 5 Nov, response 16 Nov: both overdue on 2 Dec.
  await contact('LATE', { receivedDate: '2009-11-02' });
  // Acknowledged; response due Wed 9 Dec, the 5th working day after 2 Dec.
  await contact('DUE-WED', { receivedDate: '2009-11-25' }, [[ACK, { d: '2009-11-26' }]]);
  // Acknowledgement due on the day (2 Dec); response due 11 Dec, after the week.
  await contact('ACK-TODAY', { receivedDate: '2009-11-27' });
  // Done, withdrawn, or due later: not in the queue.
  await contact('ANSWERED', { receivedDate: '2009-11-02' }, [[RESPOND, { d: '2009-11-10', o: 'UPHELD' }]]);
  await contact('WITHDRAWN', { receivedDate: '2009-11-02' }, [[WITHDRAW, { d: '2009-11-03' }]]);
  await contact('ENQUIRY', { receivedDate: '2009-11-30', recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR' }, [[ACK, { d: '2009-11-30' }]]);
  // Stage 2 requested 4 Nov: response due 9 Dec (25 working days).
  await contact('STAGE-2', { receivedDate: '2009-10-01' }, [
    [ACK, { d: '2009-10-02' }],
    [RESPOND, { d: '2009-10-15', o: 'NOT_UPHELD' }],
    [ESCALATE, { s: 'STAGE_2', d: '2009-11-04' }],
  ]);
  // Stage 3 requested 1 Oct: panel due 12 Nov and not yet held.
  await contact('STAGE-3', { receivedDate: '2009-07-01' }, [
    [ACK, { d: '2009-07-02' }],
    [RESPOND, { d: '2009-07-10', o: 'NOT_UPHELD' }],
    [ESCALATE, { s: 'STAGE_2', d: '2009-07-20' }],
    [ESCALATION_RESPONSE, { escalation: 0, d: '2009-08-20', o: 'NOT_UPHELD' }],
    [ESCALATE, { s: 'STAGE_3', d: '2009-10-01' }],
  ]);
  // Another area's complaint, overdue: officers see it, a Social Care manager does not.
  await contact('INCLUSION', { receivedDate: '2009-11-02', serviceAreas: ['INCLUSION'] }, [[ACK, { d: '2009-11-03' }]]);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const summary = (queue: any) =>
  queue.items.map((i: any) => [i.contact.reference, i.step, i.status, i.dueDate, i.workingDaysOverdue, i.workingDaysRemaining]);

describe(`casework queue (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('lists what is overdue or due within 5 working days, most overdue first', async () => {
    const queue = await run(QUEUE, { asOf: '2009-12-02' });
    expect(queue).toMatchObject({ asOf: '2009-12-02', dueUntil: '2009-12-09', overdueCount: 4, dueThisWeekCount: 3 });
    expect(summary(queue)).toEqual([
      ['LATE', 'ACKNOWLEDGEMENT', 'OVERDUE', '2009-11-05', 19, 0],
      ['STAGE-3', 'STAGE_3_PANEL', 'OVERDUE', '2009-11-12', 14, 0],
      ['LATE', 'RESPONSE', 'OVERDUE', '2009-11-16', 12, 0],
      ['INCLUSION', 'RESPONSE', 'OVERDUE', '2009-11-16', 12, 0],
      ['ACK-TODAY', 'ACKNOWLEDGEMENT', 'DUE_THIS_WEEK', '2009-12-02', 0, 0],
      ['DUE-WED', 'RESPONSE', 'DUE_THIS_WEEK', '2009-12-09', 0, 5],
      ['STAGE-2', 'STAGE_2_RESPONSE', 'DUE_THIS_WEEK', '2009-12-09', 0, 5],
    ]);
    const stage3 = queue.items.find((i: any) => i.step === 'STAGE_3_PANEL');
    expect(stage3.escalation.stage).toBe('STAGE_3');
  });

  it('moves on as steps are done: the panel held, the response then waited for', async () => {
    const [, stage3] = await escalationIds(ids['STAGE-3']);
    await run(PANEL, { id: stage3, d: '2009-11-12' });
    await run(ACK, { id: ids['LATE'], d: '2009-11-30' });
    const queue = await run(QUEUE, { asOf: '2009-12-02' });
    const steps = summary(queue).map((row: unknown[]) => `${row[0]} ${row[1]}`);
    expect(steps).not.toContain('LATE ACKNOWLEDGEMENT');
    expect(steps).not.toContain('STAGE-3 STAGE_3_PANEL');
    // The stage 3 response (15 working days after the panel report due 19 Nov) is due 10 Dec: not this week.
    expect(steps).not.toContain('STAGE-3 STAGE_3_RESPONSE');
    expect((await run(QUEUE, { asOf: '2009-12-03' })).items.find((i: any) => i.step === 'STAGE_3_RESPONSE')).toMatchObject({
      dueDate: '2009-12-10',
      status: 'DUE_THIS_WEEK',
      workingDaysRemaining: 5,
    });
  });

  it("shows a service manager their areas' work only", async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    const { data, errors } = await manager.graphql(QUEUE, { asOf: '2009-12-02' });
    expect(errors).toBeUndefined();
    const references = data.caseworkQueue.items.map((i: any) => i.contact.reference);
    expect(references).toContain('LATE');
    expect(references).not.toContain('INCLUSION');
  });

  it('is for today when no date is given', async () => {
    const queue = await run(QUEUE, {});
    expect(queue.asOf).toBe(todayIso());
    expect(queue.dueThisWeekCount).toBe(0);
    expect(queue.items.every((i: any) => i.status === 'OVERDUE')).toBe(true);
  });

  it('is not for analysts', async () => {
    const analyst = await api.as(Role.ANALYST);
    const { errors } = await analyst.graphql(QUEUE, {});
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
