/** The contacts register over GraphQL: each lifecycle step, its refusals, and that a refusal changes nothing. */
import { EntityManager } from 'typeorm';
import { Role } from '../auth/role';
import { todayIso } from '../periods/today';
import { addWorkingDays } from '../timescales';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { ContactLifecycleService } from './contact-lifecycle.service';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const CONTACT_FIELDS = `id stage outcome extended extendedDate withdrawnDate acknowledgementSentDate responseDueDate responseSentDate workingDaysToResponse
  escalations { id stage requestedDate responseDueDate panelDueDate panelReportDueDate panelHeldDate responseSentDate extended outcome }
  timeline { kind date stage escalationId outcome description }`;

const MUTATIONS = {
  acknowledge: `mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { ${CONTACT_FIELDS} } }`,
  respond: `mutation($id: ID!, $d: LocalDate!, $o: Outcome) { recordResponse(id: $id, sentDate: $d, outcome: $o) { ${CONTACT_FIELDS} } }`,
  extend: `mutation($id: ID!) { extendContact(id: $id) { ${CONTACT_FIELDS} } }`,
  escalate: `mutation($id: ID!, $s: EscalationStage!, $d: LocalDate!, $x: Boolean) {
    escalateContact(id: $id, stage: $s, requestedDate: $d, extended: $x) { ${CONTACT_FIELDS} } }`,
  panel: `mutation($id: ID!, $d: LocalDate!) { recordPanelHeld(escalationId: $id, date: $d) { ${CONTACT_FIELDS} } }`,
  escalationResponse: `mutation($id: ID!, $d: LocalDate!, $o: Outcome!) { recordEscalationResponse(escalationId: $id, sentDate: $d, outcome: $o) { ${CONTACT_FIELDS} } }`,
  withdraw: `mutation($id: ID!, $d: LocalDate!) { withdrawContact(id: $id, date: $d) { ${CONTACT_FIELDS} } }`,
};

async function createContact(input: Record<string, unknown> = {}): Promise<string> {
  const { data, errors } = await api.graphql(
    `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
    {
      input: {
        recordType: 'STATUTORY_COMPLAINT',
        channel: 'LETTER',
        receivedDate: '2009-11-02',
        serviceAreas: ['SOCIAL_CARE'],
        issues: ['COMMUNICATION_LACK_OF'],
        complainantType: 'PARENT_OR_CARER',
        ...input,
      },
    },
  );
  expect(errors).toBeUndefined();
  return data.createContact.id;
}

/** Runs a mutation that must succeed and returns its contact. */
async function ok(mutation: keyof typeof MUTATIONS, variables: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.graphql(MUTATIONS[mutation], variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

/** Everything stored about a contact, to show a refusal left it as it was. */
async function stored(id: string) {
  const contact = await db.dataSource.getRepository(Contact).findOneByOrFail({ id: Number(id) });
  const escalations = await db.dataSource.getRepository(Escalation).find({ where: { contactId: Number(id) }, order: { id: 'ASC' } });
  return JSON.parse(JSON.stringify({ contact, escalations }));
}

/** Runs a mutation that must be refused with `code`, naming `field`, and checks nothing changed. */
async function refused(mutation: keyof typeof MUTATIONS, variables: Record<string, unknown>, contactId: string, field: string | null, message: string, code = 'BAD_USER_INPUT') {
  const before = await stored(contactId);
  const { data, errors } = await api.graphql(MUTATIONS[mutation], variables);
  expect(data).toBeFalsy();
  expect(errors![0].extensions.code).toBe(code);
  if (field) expect(errors![0].extensions.field).toBe(field);
  expect(errors![0].message).toContain(message);
  expect(await stored(contactId)).toEqual(before);
}

describe(`contacts register (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('takes a statutory complaint through stage 1, stage 2 (extended) and stage 3, with a timeline of it all', async () => {
    const id = await createContact();

    let c = await ok('acknowledge', { id, d: '2009-11-04' });
    expect(c.acknowledgementSentDate).toBe('2009-11-04');

    c = await ok('respond', { id, d: '2009-11-13', o: 'NOT_UPHELD' });
    expect(c).toMatchObject({ responseSentDate: '2009-11-13', outcome: 'NOT_UPHELD', workingDaysToResponse: 9, stage: 'STAGE_1' });

    c = await ok('escalate', { id, s: 'STAGE_2', d: '2010-01-04', x: true });
    expect(c.stage).toBe('STAGE_2');
    // 65 working days, over Good Friday and Easter Monday 2010.
    expect(c.escalations).toEqual([
      expect.objectContaining({ stage: 'STAGE_2', requestedDate: '2010-01-04', responseDueDate: '2010-04-07', extended: true, outcome: 'ONGOING', panelDueDate: null }),
    ]);
    const stage2Id = c.escalations[0].id;

    c = await ok('escalationResponse', { id: stage2Id, d: '2010-03-31', o: 'PARTIALLY_UPHELD' });
    expect(c.escalations[0]).toMatchObject({ responseSentDate: '2010-03-31', outcome: 'PARTIALLY_UPHELD' });

    c = await ok('escalate', { id, s: 'STAGE_3', d: '2010-04-12' });
    expect(c.stage).toBe('STAGE_3');
    const stage3 = c.escalations[1];
    // Panel within 30 working days, report 5 later, response 15 after that; over both May 2010 bank holidays.
    expect(stage3).toMatchObject({ stage: 'STAGE_3', panelDueDate: '2010-05-25', panelReportDueDate: '2010-06-02', responseDueDate: '2010-06-23' });

    await refused('escalationResponse', { id: stage3.id, d: '2010-06-01', o: 'UPHELD' }, id, 'escalationId', 'record the panel first');
    expect((await ok('panel', { id: stage3.id, d: '2010-05-20' })).escalations[1].panelHeldDate).toBe('2010-05-20');
    c = await ok('escalationResponse', { id: stage3.id, d: '2010-06-15', o: 'UPHELD' });

    expect(c.timeline.map((e: any) => [e.kind, e.date, e.stage])).toEqual([
      ['RECEIVED', '2009-11-02', 'STAGE_1'],
      ['ACKNOWLEDGED', '2009-11-04', 'STAGE_1'],
      ['RESPONDED', '2009-11-13', 'STAGE_1'],
      ['ESCALATED', '2010-01-04', 'STAGE_2'],
      ['ESCALATION_RESPONDED', '2010-03-31', 'STAGE_2'],
      ['ESCALATED', '2010-04-12', 'STAGE_3'],
      ['PANEL_HELD', '2010-05-20', 'STAGE_3'],
      ['ESCALATION_RESPONDED', '2010-06-15', 'STAGE_3'],
    ]);
    expect(c.timeline[3]).toMatchObject({ escalationId: stage2Id, description: 'Stage 2 requested; response due 2010-04-07 (extended)' });
  });

  it('gives stage 2 25 working days when not extended', async () => {
    const id = await createContact();
    await ok('respond', { id, d: '2009-11-13', o: 'NOT_UPHELD' });
    const c = await ok('escalate', { id, s: 'STAGE_2', d: '2010-01-04' });
    expect(c.escalations[0]).toMatchObject({ responseDueDate: '2010-02-08', extended: false });
  });

  it('extends a stage 1 response before it is due, to 20 working days, and only once', async () => {
    const today = todayIso();
    const id = await createContact({ receivedDate: today });
    const c = await ok('extend', { id });
    expect(c).toMatchObject({ extended: true, extendedDate: today, responseDueDate: addWorkingDays(today, 20) });
    expect(c.timeline.map((e: any) => e.kind)).toEqual(['RECEIVED', 'EXTENDED']);
    await refused('extend', { id }, id, 'id', 'already extended');
  });

  it('refuses extensions the rules do not allow, or made after the response was due', async () => {
    const enquiry = await createContact({ recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR', receivedDate: todayIso() });
    await refused('extend', { id: enquiry }, enquiry, 'id', 'is not a complaint and cannot be extended');
    const lgo = await createContact({ recordType: 'LGO_COMPLAINT', channel: 'OMBUDSMAN', receivedDate: todayIso() });
    await refused('extend', { id: lgo }, lgo, 'id', 'cannot be extended');
    const late = await createContact();
    await refused('extend', { id: late }, late, 'id', 'the response was due on 2009-11-16; an extension must be made by then');
  });

  it('refuses acknowledgements and responses out of order, and leaves the contact as it was', async () => {
    const id = await createContact();
    await refused('acknowledge', { id, d: '2009-11-01' }, id, 'sentDate', 'is before the received date 2009-11-02');
    await refused('acknowledge', { id, d: '2999-01-01' }, id, 'sentDate', 'is in the future');
    await ok('acknowledge', { id, d: '2009-11-04' });
    await refused('acknowledge', { id, d: '2009-11-05' }, id, 'id', 'already acknowledged on 2009-11-04');
    await refused('respond', { id, d: '2009-11-03', o: 'UPHELD' }, id, 'sentDate', 'is before the acknowledgement sent on 2009-11-04');
    await refused('respond', { id, d: '2009-11-10' }, id, 'outcome', "a complaint's response needs its outcome");
    await refused('escalate', { id, s: 'STAGE_2', d: '2009-11-20' }, id, 'stage', 'only after the Stage 1 response');
    await refused('escalate', { id, s: 'STAGE_3', d: '2009-11-20' }, id, 'stage', 'Stage 3 follows Stage 2');
    await ok('respond', { id, d: '2009-11-10', o: 'UPHELD' });
    await refused('respond', { id, d: '2009-11-11', o: 'UPHELD' }, id, 'id', 'already sent on 2009-11-10');
    await refused('escalate', { id, s: 'STAGE_2', d: '2009-11-09' }, id, 'requestedDate', 'is before the Stage 1 response sent on 2009-11-10');
  });

  it('refuses a refused stage 2 escalation without writing the escalation or the stage', async () => {
    const id = await createContact({ recordType: 'CORPORATE_COMPLAINT' });
    await ok('respond', { id, d: '2009-11-13', o: 'NOT_UPHELD' });
    await refused('escalate', { id, s: 'STAGE_2', d: '2010-01-04' }, id, 'id', 'only statutory (Children Act) complaints');
  });

  it('withdraws at stage 1 (outcome WITHDRAWN) and at stage 2 (the escalation withdrawn)', async () => {
    const first = await createContact();
    let c = await ok('withdraw', { id: first, d: '2009-11-06' });
    expect(c).toMatchObject({ outcome: 'WITHDRAWN', withdrawnDate: '2009-11-06' });
    expect(c.timeline.map((e: any) => e.kind)).toEqual(['RECEIVED', 'WITHDRAWN']);
    await refused('withdraw', { id: first, d: '2009-11-07' }, first, 'id', 'the complaint was withdrawn on 2009-11-06');
    await refused('acknowledge', { id: first, d: '2009-11-07' }, first, 'id', 'withdrawn');
    await refused('respond', { id: first, d: '2009-11-07', o: 'UPHELD' }, first, 'id', 'withdrawn');

    const second = await createContact();
    await ok('respond', { id: second, d: '2009-11-13', o: 'PARTIALLY_UPHELD' });
    await refused('withdraw', { id: second, d: '2009-11-16' }, second, 'id', 'nothing is open to withdraw');
    expect((await ok('escalate', { id: second, s: 'STAGE_2', d: '2009-12-01' })).stage).toBe('STAGE_2');
    await refused('withdraw', { id: second, d: '2009-11-30' }, second, 'date', 'is before the escalation requested on 2009-12-01');
    c = await ok('withdraw', { id: second, d: '2009-12-10' });
    expect(c).toMatchObject({ outcome: 'PARTIALLY_UPHELD', withdrawnDate: '2009-12-10', stage: 'STAGE_2' });
    expect(c.escalations[0]).toMatchObject({ outcome: 'WITHDRAWN', responseSentDate: null });
    expect(c.timeline[c.timeline.length - 1]).toMatchObject({ kind: 'WITHDRAWN', date: '2009-12-10', stage: 'STAGE_2' });
    await refused('escalationResponse', { id: c.escalations[0].id, d: '2009-12-11', o: 'UPHELD' }, second, 'escalationId', 'withdrawn');

    const enquiry = await createContact({ recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR' });
    await refused('withdraw', { id: enquiry, d: '2009-11-06' }, enquiry, 'id', 'is not a complaint and cannot be withdrawn');
  });

  it('records a response to an enquiry without an outcome', async () => {
    const id = await createContact({ recordType: 'MP_CLLR_ENQUIRY', complainantType: 'MP_OR_COUNCILLOR' });
    const c = await ok('respond', { id, d: '2009-11-05' });
    expect(c).toMatchObject({ outcome: 'NOT_RECORDED', stage: null, workingDaysToResponse: 3 });
    await refused('escalate', { id, s: 'STAGE_2', d: '2009-11-06' }, id, 'id', 'is not a complaint and cannot be escalated');
  });

  it('answers NOT_FOUND for an unknown contact or escalation', async () => {
    const some = await createContact();
    await refused('acknowledge', { id: '999999', d: '2009-11-04' }, some, null, 'No contact with id 999999', 'NOT_FOUND');
    await refused('withdraw', { id: 'abc', d: '2009-11-04' }, some, null, 'No contact with id abc', 'NOT_FOUND');
    await refused('escalationResponse', { id: '999999', d: '2009-11-04', o: 'UPHELD' }, some, null, 'No escalation with id 999999', 'NOT_FOUND');
  });

  it('rejects a date that is not a real date before it reaches the rules', async () => {
    const id = await createContact();
    const { errors } = await api.graphql(MUTATIONS.acknowledge, { id, d: '2009-11-31' });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain("'2009-11-31' is not a real calendar date");
  });

  it('rolls back the whole step when a later write fails: no stage 2 without its escalation', async () => {
    const id = await createContact();
    await ok('respond', { id, d: '2009-11-13', o: 'NOT_UPHELD' });
    const before = await stored(id);
    const insert = jest.spyOn(EntityManager.prototype, 'insert').mockRejectedValueOnce(new Error('disk full'));
    try {
      await expect(new ContactLifecycleService(db.dataSource).escalate(id, 'STAGE_2', '2010-01-04', false)).rejects.toThrow('disk full');
    } finally {
      insert.mockRestore();
    }
    expect(await stored(id)).toEqual(before);
  });

  it('lets only one of two officers record the same step at once', async () => {
    const id = await createContact();
    const results = await Promise.all(['2009-11-03', '2009-11-04'].map((d) => api.graphql(MUTATIONS.acknowledge, { id, d })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'BAD_USER_INPUT')).toHaveLength(1);
  });

  it('is for complaints officers only', async () => {
    const id = await createContact();
    const manager = await api.as(Role.SERVICE_MANAGER);
    const { errors } = await manager.graphql(MUTATIONS.acknowledge, { id, d: '2009-11-04' });
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
