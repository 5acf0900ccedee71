/**
 * The casework queue lists the Complaint Handling Code's Stage 2 steps
 * (complaint_code_stage rows, not escalations) beside the others, overdue
 * first, with the Stage 2 handler as the officer. Contacts are created through
 * the API with dates between September and November 2026; the queue is read
 * for Wednesday 21 October 2026 (due this week: up to Wednesday 28 October).
 */
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { loggedStatements } from '../test-support/statement-log';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let investigator: string;
const AS_OF = '2026-10-21';

const QUEUE = `query($asOf: LocalDate, $filter: CaseworkQueueFilter) { caseworkQueue(asOf: $asOf, filter: $filter) {
  overdueCount dueThisWeekCount
  items { step status dueDate workingDaysOverdue workingDaysRemaining contact { reference } escalation { id }
    codeStage { stage handlerUserId handlerName acknowledgementSentDate } officer { id name } }
} }`;
const CREATE = 'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }';
const ACK = 'mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }';
const RESPOND = 'mutation($id: ID!, $d: LocalDate!, $o: Outcome) { recordResponse(id: $id, sentDate: $d, outcome: $o) { id } }';
const ESCALATE = 'mutation($c: ID!, $d: LocalDate!, $h: ID!) { escalateCodeComplaint(contactId: $c, requestedDate: $d, handlerUserId: $h) { stage } }';
const ACK2 = 'mutation($c: ID!, $d: LocalDate!) { acknowledgeCodeStage2(contactId: $c, sentDate: $d) { stage } }';
const RESPOND2 = 'mutation($c: ID!, $d: LocalDate!, $o: Outcome!) { respondCodeStage2(contactId: $c, sentDate: $d, outcome: $o) { stage } }';

async function run(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

/** A Code complaint answered at Stage 1 on 1 September and escalated on `requested`; `steps` then run on its Stage 2. */
async function codeStage2(reference: string, requested: string, steps: Array<[string, Record<string, unknown>]> = []) {
  const { id } = await run(CREATE, {
    i: {
      reference,
      recordType: 'CORPORATE_COMPLAINT',
      channel: 'EMAIL',
      receivedDate: '2026-08-24',
      serviceAreas: ['ASSETS_INFRASTRUCTURE'],
      issues: ['POLICY_DISAGREEMENT'],
      complainantType: 'PARENT_OR_CARER',
    },
  });
  await run(ACK, { id, d: '2026-08-25' });
  await run(RESPOND, { id, d: '2026-09-01', o: 'NOT_UPHELD' });
  await run(ESCALATE, { c: id, d: requested, h: investigator });
  for (const [mutation, args] of steps) await run(mutation, { c: id, ...args });
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  investigator = String(
    (await createUser(db.dataSource, { email: `investigator-${process.pid}@test.example`, name: 'Ivy Investigator', password: TEST_PASSWORD, role: 'COMPLAINTS_OFFICER' })).id,
  );
  // Requested Mon 12 Oct: acknowledgement due Mon 19 Oct (overdue 2 working days); response due 16 Nov, after the week.
  await codeStage2('CODE-ACK-LATE', '2026-10-12');
  // Requested Mon 14 Sep, acknowledged early on Tue 15 Sep: the response is due 20 working days later, Tue 13 Oct (overdue 6).
  await codeStage2('CODE-RESPONSE-LATE', '2026-09-14', [[ACK2, { d: '2026-09-15' }]]);
  // Requested Fri 16 Oct: acknowledgement due Fri 23 Oct (2 working days left).
  await codeStage2('CODE-ACK-SOON', '2026-10-16');
  // Answered at Stage 2: nothing waits.
  await codeStage2('CODE-DONE', '2026-09-14', [
    [ACK2, { d: '2026-09-15' }],
    [RESPOND2, { d: '2026-10-01', o: 'UPHELD' }],
  ]);
  // A Children Act complaint beside them: acknowledgement due Thu 15 Oct (overdue 4), response Mon 26 Oct (3 left).
  const { id } = await run(CREATE, {
    i: {
      reference: 'CHILDREN-ACT',
      recordType: 'STATUTORY_COMPLAINT',
      channel: 'LETTER',
      receivedDate: '2026-10-12',
      serviceAreas: ['SOCIAL_CARE'],
      issues: ['COMMUNICATION_LACK_OF'],
      complainantType: 'PARENT_OR_CARER',
    },
  });
  expect(id).toBeDefined();
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const summary = (queue: any) =>
  queue.items.map((i: any) => [i.contact.reference, i.step, i.status, i.dueDate, i.workingDaysOverdue, i.workingDaysRemaining]);

describe(`casework queue: the Complaint Handling Code's Stage 2 (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it("lists Stage 2 acknowledgements and responses among the other steps, overdue first, with the Stage 2 handler", async () => {
    const queue = await run(QUEUE, { asOf: AS_OF });
    expect(summary(queue)).toEqual([
      ['CODE-RESPONSE-LATE', 'CODE_STAGE_2_RESPONSE', 'OVERDUE', '2026-10-13', 6, 0],
      ['CHILDREN-ACT', 'ACKNOWLEDGEMENT', 'OVERDUE', '2026-10-15', 4, 0],
      ['CODE-ACK-LATE', 'CODE_STAGE_2_ACKNOWLEDGEMENT', 'OVERDUE', '2026-10-19', 2, 0],
      ['CODE-ACK-SOON', 'CODE_STAGE_2_ACKNOWLEDGEMENT', 'DUE_THIS_WEEK', '2026-10-23', 0, 2],
      ['CHILDREN-ACT', 'RESPONSE', 'DUE_THIS_WEEK', '2026-10-26', 0, 3],
    ]);
    expect(queue).toMatchObject({ overdueCount: 3, dueThisWeekCount: 2 });
    const late = queue.items.find((i: any) => i.contact.reference === 'CODE-ACK-LATE');
    expect(late).toMatchObject({
      escalation: null,
      codeStage: { stage: 'STAGE_2', handlerUserId: investigator, handlerName: 'Ivy Investigator', acknowledgementSentDate: null },
      officer: { id: investigator, name: 'Ivy Investigator' },
    });
    expect(queue.items.find((i: any) => i.contact.reference === 'CHILDREN-ACT').codeStage).toBeNull();
  });

  it('filters on the new steps and on the Stage 2 handler', async () => {
    const responses = await run(QUEUE, { asOf: AS_OF, filter: { steps: ['CODE_STAGE_2_RESPONSE'] } });
    expect(summary(responses).map((row: unknown[]) => row[0])).toEqual(['CODE-RESPONSE-LATE']);
    const theirs = await run(QUEUE, { asOf: AS_OF, filter: { assignedTo: [investigator] } });
    expect(summary(theirs).map((row: unknown[]) => `${row[0]} ${row[1]}`)).toEqual([
      'CODE-RESPONSE-LATE CODE_STAGE_2_RESPONSE',
      'CODE-ACK-LATE CODE_STAGE_2_ACKNOWLEDGEMENT',
      'CODE-ACK-SOON CODE_STAGE_2_ACKNOWLEDGEMENT',
    ]);
  });

  it('reads a fixed number of queries however many Code steps it lists (no query per step)', async () => {
    const count = async (filter: Record<string, unknown>) => {
      let items = 0;
      const queries = await loggedStatements(db.dataSource, async () => (items = (await run(QUEUE, { asOf: AS_OF, filter })).items.length));
      return { items, queries: queries.length };
    };
    const all = await count({});
    const one = await count({ steps: ['CODE_STAGE_2_RESPONSE'] });
    expect([all.items, one.items]).toEqual([5, 1]);
    expect(all.queries).toBeGreaterThan(3);
    expect(all.queries).toBe(one.queries);
  });

  it('moves on as Stage 2 is acknowledged: the response, counted from the acknowledgement, is then waited for', async () => {
    const { id } = await run('query($r: String!) { contactByReference(reference: $r) { id } }', { r: 'CODE-ACK-LATE' });
    // Acknowledged Tue 20 Oct: the response is due 20 working days later, Tue 17 Nov, which the queue of 11 Nov shows as due this week.
    await run(ACK2, { c: id, d: '2026-10-20' });
    const steps = summary(await run(QUEUE, { asOf: AS_OF })).map((row: unknown[]) => `${row[0]} ${row[1]}`);
    expect(steps).not.toContain('CODE-ACK-LATE CODE_STAGE_2_ACKNOWLEDGEMENT');
    expect((await run(QUEUE, { asOf: '2026-11-11' })).items.find((i: any) => i.contact.reference === 'CODE-ACK-LATE')).toMatchObject({
      step: 'CODE_STAGE_2_RESPONSE',
      dueDate: '2026-11-17',
      status: 'DUE_THIS_WEEK',
      workingDaysRemaining: 4,
    });
  });

  it("shows a service manager only their areas' Code steps", async () => {
    const manager = await api.as(Role.SERVICE_MANAGER);
    const { data, errors } = await manager.graphql(QUEUE, { asOf: AS_OF });
    expect(errors).toBeUndefined();
    expect(data.caseworkQueue.items.map((i: any) => i.contact.reference)).toEqual(['CHILDREN-ACT', 'CHILDREN-ACT']);
    const other = await api.as(Role.SERVICE_MANAGER, { serviceAreas: ['ASSETS_INFRASTRUCTURE'] });
    const theirs = await other.graphql(QUEUE, { asOf: AS_OF });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.caseworkQueue.items.map((i: any) => i.step)).toEqual(['CODE_STAGE_2_RESPONSE', 'CODE_STAGE_2_ACKNOWLEDGEMENT']);
  });
});
