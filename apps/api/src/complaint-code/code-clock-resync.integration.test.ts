/**
 * code:resync-clocks on a database whose Code complaints were recorded under the
 * old clock (response counted from the acknowledgement due date): the due dates
 * are put back on the clock that counts from the acknowledgement, the case state
 * follows, and a second run changes nothing.
 */
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { Contact } from '../contacts/contact.entity';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { resyncCodeClocks } from './code-clock-resync';

let db: TestDatabase;
let api: TestServer;

async function run(query: string, variables: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

describe(`code:resync-clocks (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('moves Stage 1 and Stage 2 response dates recorded under the old clock, and changes nothing the second time', async () => {
    const investigator = await createUser(db.dataSource, { email: `resync-${process.pid}@test.example`, name: 'Ivy Investigator', password: TEST_PASSWORD, role: 'COMPLAINTS_OFFICER' });
    const { id } = await run('mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', {
      i: {
        reference: 'RESYNC-1',
        recordType: 'CORPORATE_COMPLAINT',
        channel: 'EMAIL',
        receivedDate: '2026-08-24',
        serviceAreas: ['ASSETS_INFRASTRUCTURE'],
        issues: ['POLICY_DISAGREEMENT'],
        complainantType: 'PARENT_OR_CARER',
      },
    });
    // Acknowledged the next day, Tue 25 Aug: the response is due 10 working days on (Mon 31 Aug is a bank holiday), Wed 9 Sep.
    await run('mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }', { id, d: '2026-08-25' });
    await run('mutation($id: ID!, $d: LocalDate!, $o: Outcome) { recordResponse(id: $id, sentDate: $d, outcome: $o) { id } }', { id, d: '2026-09-01', o: 'NOT_UPHELD' });
    await run('mutation($c: ID!, $d: LocalDate!, $h: ID!) { escalateCodeComplaint(contactId: $c, requestedDate: $d, handlerUserId: $h) { stage } }', {
      c: id,
      d: '2026-09-14',
      h: String(investigator.id),
    });
    await run('mutation($c: ID!, $d: LocalDate!) { acknowledgeCodeStage2(contactId: $c, sentDate: $d) { stage } }', { c: id, d: '2026-09-15' });

    const contacts = db.dataSource.getRepository(Contact);
    const stages = db.dataSource.getRepository(ComplaintCodeStage);
    const now = async () => ({
      contact: (await contacts.findOneByOrFail({ id: Number(id) })).responseDueDate,
      stage1: (await stages.findOneByOrFail({ contactId: Number(id), stage: 'STAGE_1' })).responseDueDate,
      stage2: (await stages.findOneByOrFail({ contactId: Number(id), stage: 'STAGE_2' })).responseDueDate,
    });
    const right = await now();
    expect(right).toEqual({ contact: '2026-09-09', stage1: '2026-09-09', stage2: '2026-10-13' });

    // As an older release left them: counted from the acknowledgement due dates.
    await contacts.update({ id: Number(id) }, { responseDueDate: '2026-09-15' });
    await stages.update({ contactId: Number(id), stage: 'STAGE_1' }, { responseDueDate: '2026-09-15', originalResponseDueDate: '2026-09-15' });
    await stages.update({ contactId: Number(id), stage: 'STAGE_2' }, { responseDueDate: '2026-10-19', originalResponseDueDate: '2026-10-19' });

    expect(await resyncCodeClocks(db.dataSource)).toEqual({ codeContacts: 1, stage1ResponseDatesMoved: 1, stage2RowsMoved: 1 });
    expect(await now()).toEqual(right);
    expect(await resyncCodeClocks(db.dataSource)).toEqual({ codeContacts: 1, stage1ResponseDatesMoved: 0, stage2RowsMoved: 0 });
  });
});
