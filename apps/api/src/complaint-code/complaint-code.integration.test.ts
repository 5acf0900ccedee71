/**
 * The Code's process over GraphQL (issue 13): a service request becomes a
 * Stage 1 complaint, is extended, answered, escalated to Stage 2 by another
 * handler and answered with two remedies completed; a refused complaint; the
 * Stage 1 handler refused at Stage 2. Dates lie between 1 April and 26 November 2026.
 */
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server';
import { ComplaintCodeStage } from './complaint-code-stage.entity';
import { ComplaintRefusal } from './complaint-refusal.entity';
import { Remedy } from './remedy.entity';
import { ServiceRequest } from './service-request.entity';

let db: TestDatabase;
let api: TestServer;
let handlerA: string;
let handlerB: string;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.COMPLAINTS_OFFICER);
  const make = (n: string) => createUser(db.dataSource, { email: `handler-${n}-${process.pid}@test.example`, name: `Handler ${n}`, password: TEST_PASSWORD, role: 'COMPLAINTS_OFFICER' });
  handlerA = String((await make('a')).id);
  handlerB = String((await make('b')).id);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return Object.values(data)[0];
}

async function snapshot() {
  const m = db.dataSource.manager;
  const [stages, refusals, remedies, requests] = await Promise.all([m.find(ComplaintCodeStage), m.find(ComplaintRefusal), m.find(Remedy), m.find(ServiceRequest)]);
  return JSON.parse(JSON.stringify({ stages, refusals, remedies, requests }));
}

async function refused(query: string, variables: Record<string, unknown>, field: string, message: string) {
  const before = await snapshot();
  const { data, errors } = await api.graphql(query, variables);
  expect(data).toBeFalsy();
  expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(errors![0].extensions.field).toBe(field);
  expect(errors![0].message).toContain(message);
  expect(await snapshot()).toEqual(before);
}

const STAGE = 'stage handlerUserId handlerName startDate acknowledgementDueDate acknowledgementSentDate originalResponseDueDate responseDueDate responseSentDate respondedInTime outcome extensionWorkingDays extensionReason extensionToldDate deadlineRuleId';
const CASE = `query($id: ID!) { contact(id: $id) { reference regime regimeDecided regimeReason regimeOverrideReason
  codeStages { ${STAGE} } refusals { subject reason evidence refusedDate ombudsmanSignpostedDate }
  remedies { type owner dueDate completedDate completionEvidence } responsePoints { point addressed }
  reasonableAdjustments { adjustment reviewDate reviewDue } fromServiceRequest { id status summary receivedDate convertedDate } } }`;
const RECORD_SR = 'mutation($i: RecordServiceRequestInput!) { recordServiceRequest(input: $i) { id status receivedFinancialYear serviceArea { code } } }';
const REVIEW_SR = 'mutation($id: ID!, $d: LocalDate!, $n: String!) { reviewServiceRequest(id: $id, reviewedDate: $d, note: $n) { id status reviewedDate reviewNote } }';
const CONVERT = 'mutation($id: ID!, $i: ConvertServiceRequestInput!) { convertServiceRequest(id: $id, input: $i) { serviceRequest { id status convertedContactReference } contact { id reference regime } } }';
const HANDLER = 'mutation($c: ID!, $s: CodeStage!, $h: ID!) { setCodeStageHandler(contactId: $c, stage: $s, handlerUserId: $h) { handlerUserId } }';
const EXTEND = `mutation($i: ExtendCodeStageInput!) { extendCodeStage(input: $i) { ${STAGE} } }`;
const ACK = 'mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }';
const RESPOND = 'mutation($id: ID!, $d: LocalDate!, $o: Outcome) { recordResponse(id: $id, sentDate: $d, outcome: $o) { id } }';
const ESCALATE = `mutation($c: ID!, $d: LocalDate!, $h: ID!) { escalateCodeComplaint(contactId: $c, requestedDate: $d, handlerUserId: $h) { ${STAGE} } }`;
const ACK2 = `mutation($c: ID!, $d: LocalDate!) { acknowledgeCodeStage2(contactId: $c, sentDate: $d) { ${STAGE} } }`;
const RESPOND2 = `mutation($c: ID!, $d: LocalDate!, $o: Outcome!) { respondCodeStage2(contactId: $c, sentDate: $d, outcome: $o) { ${STAGE} } }`;
const POINTS = 'mutation($c: ID!, $s: CodeStage!, $p: [ResponsePointInput!]!) { setResponsePoints(contactId: $c, stage: $s, points: $p) { point addressed } }';
const ADD_REMEDY = 'mutation($i: AddRemedyInput!) { addRemedy(input: $i) { id type completedDate } }';
const COMPLETE_REMEDY = 'mutation($id: ID!, $d: LocalDate!, $e: String!) { completeRemedy(id: $id, completedDate: $d, evidence: $e) { id completedDate completionEvidence } }';
const REFUSE = 'mutation($i: RefuseComplaintInput!) { refuseComplaint(input: $i) { subject reason refusedFinancialYear ombudsmanSignpostedDate } }';
const CREATE = 'mutation($i: CreateContactInput!) { createContact(input: $i) { id reference regime regimeReason } }';
const OVERRIDE = 'mutation($c: ID!, $r: ComplaintRegime!, $why: String!) { overrideContactRegime(contactId: $c, regime: $r, reason: $why) { regime regimeDecided regimeOverrideReason } }';
const ADJUST = 'mutation($i: AddReasonableAdjustmentInput!) { addReasonableAdjustment(input: $i) { adjustment reviewDate reviewDue } }';
const DUES = `query($id: ID!) { contact(id: $id) { responseDueDate nextDueDate codeStages { ${STAGE} } } }`;
const SUMMARY = '{ complaintCodeSummary(financialYear: "2026/27") { regimes { regime complaints overridden } serviceRequestsReceived serviceRequestsConverted refusals { reason complaints escalations } stages { stage started responded respondedInTime extended } remedies { type offered completed } } }';

describe(`the Complaint Handling Code (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  let contactId: string;

  it('takes a service request through Stage 1 (extended) and Stage 2 by another handler to a response with two remedies completed', async () => {
    const request = await ok(RECORD_SR, { i: { receivedDate: '2026-09-01', serviceArea: 'ASSETS_INFRASTRUCTURE', summary: 'Asked for a school transport pass to be reissued' } });
    expect(request).toMatchObject({ status: 'OPEN', receivedFinancialYear: '2026/27', serviceArea: { code: 'ASSETS_INFRASTRUCTURE' } });
    await ok(REVIEW_SR, { id: request.id, d: '2026-09-08', n: 'Pass not reissued; chased transport team' });

    const converted = await ok(CONVERT, { id: request.id, i: { receivedDate: '2026-09-14', channel: 'EMAIL', issues: ['POLICY_DISAGREEMENT'], complainantType: 'PARENT_OR_CARER' } });
    expect(converted.serviceRequest.status).toBe('CONVERTED');
    expect(converted.contact.regime).toBe('COMPLAINT_HANDLING_CODE');
    contactId = converted.contact.id;
    expect(converted.serviceRequest.convertedContactReference).toBe(converted.contact.reference);

    let contact = await ok(CASE, { id: contactId });
    expect(contact.regimeReason).toContain('Complaint Handling Code');
    expect(contact.fromServiceRequest).toMatchObject({ status: 'CONVERTED', receivedDate: '2026-09-01', convertedDate: '2026-09-14' });
    // Received Mon 14 Sep: acknowledge by Mon 21 Sep, respond by Mon 5 Oct (10 working days after the acknowledgement due date).
    expect(contact.codeStages).toEqual([
      expect.objectContaining({ stage: 'STAGE_1', acknowledgementDueDate: '2026-09-21', responseDueDate: '2026-10-05', originalResponseDueDate: '2026-10-05', deadlineRuleId: 'corporate-complaint-lgsco-code-2026' }),
    ]);

    await ok(HANDLER, { c: contactId, s: 'STAGE_1', h: handlerA });
    // Acknowledged early, Wed 16 Sep: the response is due 10 working days from then (§6.2–6.5), Wed 30 Sep, not 5 Oct;
    // the contact's own due date (the queue's, the list's, the reports') moves with it.
    await ok(ACK, { id: contactId, d: '2026-09-16' });
    expect(await ok(DUES, { id: contactId })).toEqual({
      responseDueDate: '2026-09-30',
      nextDueDate: '2026-09-30',
      codeStages: [expect.objectContaining({ acknowledgementSentDate: '2026-09-16', originalResponseDueDate: '2026-09-30', responseDueDate: '2026-09-30' })],
    });
    await refused(EXTEND, { i: { contactId, stage: 'STAGE_1', workingDays: 11, reason: 'Records', complainantToldDate: '2026-09-30' } }, 'workingDays', 'at most 10');
    // The extension is added onto the date the acknowledgement set: 1, 2, 5, 6, 7 Oct.
    const extended = await ok(EXTEND, { i: { contactId, stage: 'STAGE_1', workingDays: 5, reason: 'Waiting for the transport contractor', complainantToldDate: '2026-09-30' } });
    expect(extended).toMatchObject({ extensionWorkingDays: 5, responseDueDate: '2026-10-07', originalResponseDueDate: '2026-09-30', extensionToldDate: '2026-09-30' });
    expect(await ok(DUES, { id: contactId })).toMatchObject({ responseDueDate: '2026-10-07', nextDueDate: '2026-10-07' });
    await ok(POINTS, { c: contactId, s: 'STAGE_1', p: [{ point: 'Pass not reissued', addressed: true }, { point: 'No reply to emails', addressed: true }] });
    await ok(RESPOND, { id: contactId, d: '2026-10-07', o: 'NOT_UPHELD' });

    contact = await ok(CASE, { id: contactId });
    expect(contact.codeStages[0]).toMatchObject({ responseSentDate: '2026-10-07', respondedInTime: true, outcome: 'NOT_UPHELD', handlerUserId: handlerA, responseDueDate: '2026-10-07' });
    expect(contact.responsePoints).toHaveLength(2);

    // The Stage 1 handler may not take Stage 2.
    await refused(ESCALATE, { c: contactId, d: '2026-10-15', h: handlerA }, 'handlerUserId', 'someone other than the Stage 1 handler');

    const stage2 = await ok(ESCALATE, { c: contactId, d: '2026-10-15', h: handlerB });
    // Requested Thu 15 Oct: acknowledge by Thu 22 Oct; until it is, respond 20 working days after that, Thu 19 Nov.
    expect(stage2).toMatchObject({ stage: 'STAGE_2', handlerName: 'Handler b', acknowledgementDueDate: '2026-10-22', responseDueDate: '2026-11-19', deadlineRuleId: 'lgsco-code-stage-2-2026' });
    // Nor may Stage 2's handler be made Stage 1's afterwards.
    await refused(HANDLER, { c: contactId, s: 'STAGE_1', h: handlerB }, 'handlerUserId', 'Stage 2 handler');
    // Acknowledged early, Mon 19 Oct: 20 working days from then is Mon 16 Nov.
    expect(await ok(ACK2, { c: contactId, d: '2026-10-19' })).toMatchObject({ acknowledgementSentDate: '2026-10-19', originalResponseDueDate: '2026-11-16', responseDueDate: '2026-11-16' });
    const answered = await ok(RESPOND2, { c: contactId, d: '2026-11-13', o: 'PARTIALLY_UPHELD' });
    expect(answered).toMatchObject({ responseSentDate: '2026-11-13', respondedInTime: true, outcome: 'PARTIALLY_UPHELD' });

    const apology = await ok(ADD_REMEDY, { i: { contactId, stage: 'STAGE_2', type: 'APOLOGY', description: 'Written apology for the delay', owner: 'Transport manager', dueDate: '2026-11-20', offeredDate: '2026-11-13' } });
    const refund = await ok(ADD_REMEDY, { i: { contactId, stage: 'STAGE_2', type: 'FINANCIAL_REMEDY', description: 'Refund of bus fares', owner: 'Finance', dueDate: '2026-11-27', offeredDate: '2026-11-13' } });
    await refused(COMPLETE_REMEDY, { id: refund.id, d: '2026-11-20', e: ' ' }, 'evidence', 'must not be empty');
    await ok(COMPLETE_REMEDY, { id: apology.id, d: '2026-11-16', e: 'Letter sent 16 November' });
    await ok(COMPLETE_REMEDY, { id: refund.id, d: '2026-11-20', e: 'Payment reference 4411' });

    contact = await ok(CASE, { id: contactId });
    expect(contact.remedies).toEqual([
      expect.objectContaining({ type: 'APOLOGY', completedDate: '2026-11-16' }),
      expect.objectContaining({ type: 'FINANCIAL_REMEDY', completedDate: '2026-11-20', completionEvidence: 'Payment reference 4411' }),
    ]);
  });

  it('refuses a complaint with a reason code, evidence and the Ombudsman signposting date, and counts it', async () => {
    const created = await ok(CREATE, {
      i: { recordType: 'CORPORATE_COMPLAINT', channel: 'LETTER', receivedDate: '2026-07-06', serviceAreas: ['ASSETS_INFRASTRUCTURE'], issues: ['POLICY_DISAGREEMENT'], complainantType: 'PARENT_OR_CARER' },
    });
    expect(created.regime).toBe('COMPLAINT_HANDLING_CODE');
    await refused(REFUSE, { i: { contactId: created.id, subject: 'COMPLAINT', reason: 'OUT_OF_TIME', evidence: 'Matter from 2024', refusedDate: '2026-07-08', ombudsmanSignpostedDate: '2026-07-07' } }, 'ombudsmanSignpostedDate', 'before');
    const refusal = await ok(REFUSE, {
      i: { contactId: created.id, subject: 'COMPLAINT', reason: 'OUT_OF_TIME', evidence: 'The admission decision was in March 2024', refusedDate: '2026-07-08', ombudsmanSignpostedDate: '2026-07-08' },
    });
    expect(refusal).toMatchObject({ subject: 'COMPLAINT', reason: 'OUT_OF_TIME', refusedFinancialYear: '2026/27' });

    const summary = await ok(SUMMARY);
    expect(summary.refusals).toEqual([{ reason: 'OUT_OF_TIME', complaints: 1, escalations: 0 }]);
    expect(summary.serviceRequestsConverted).toBe(1);
    expect(summary.stages).toEqual([
      { stage: 'STAGE_1', started: 2, responded: 1, respondedInTime: 1, extended: 1 },
      { stage: 'STAGE_2', started: 1, responded: 1, respondedInTime: 1, extended: 0 },
    ]);
    expect(summary.remedies).toEqual([
      { type: 'APOLOGY', offered: 1, completed: 1 },
      { type: 'FINANCIAL_REMEDY', offered: 1, completed: 1 },
    ]);
  });

  it('counts the response from a late acknowledgement, and keeps an extension on top of it (Stage 1 and Stage 2)', async () => {
    // Received Thu 1 Oct 2026: acknowledgement due Thu 8 Oct, response (until acknowledged) Thu 22 Oct.
    const created = await ok(CREATE, {
      i: { recordType: 'CORPORATE_COMPLAINT', channel: 'EMAIL', receivedDate: '2026-10-01', serviceAreas: ['ASSETS_INFRASTRUCTURE'], issues: ['POLICY_DISAGREEMENT'], complainantType: 'PARENT_OR_CARER' },
    });
    expect(await ok(DUES, { id: created.id })).toMatchObject({ responseDueDate: '2026-10-22', codeStages: [expect.objectContaining({ responseDueDate: '2026-10-22' })] });
    // Extended by 3 before it was acknowledged: 23, 26, 27 Oct.
    await ok(EXTEND, { i: { contactId: created.id, stage: 'STAGE_1', workingDays: 3, reason: 'Waiting for the contractor', complainantToldDate: '2026-10-07' } });
    expect(await ok(DUES, { id: created.id })).toMatchObject({ responseDueDate: '2026-10-27' });
    // Acknowledged late, Tue 13 Oct: 10 working days from then is Tue 27 Oct, and the 3 days' extension goes on top: 28, 29, 30 Oct.
    await ok(ACK, { id: created.id, d: '2026-10-13' });
    expect(await ok(DUES, { id: created.id })).toEqual({
      responseDueDate: '2026-10-30',
      nextDueDate: '2026-10-30',
      codeStages: [expect.objectContaining({ originalResponseDueDate: '2026-10-27', responseDueDate: '2026-10-30', extensionWorkingDays: 3 })],
    });
    await ok(RESPOND, { id: created.id, d: '2026-10-29', o: 'NOT_UPHELD' });
    expect((await ok(DUES, { id: created.id })).codeStages[0]).toMatchObject({ respondedInTime: true });

    // Stage 2 asked for Mon 2 Nov: acknowledgement due Mon 9 Nov; extended by 10 (told 4 Nov), then acknowledged late on Wed 11 Nov:
    // 20 working days from 11 Nov is Wed 9 Dec, and 10 more is Wed 23 Dec.
    await ok(ESCALATE, { c: created.id, d: '2026-11-02', h: handlerB });
    const stage2 = await ok(EXTEND, { i: { contactId: created.id, stage: 'STAGE_2', workingDays: 10, reason: 'Independent investigator', complainantToldDate: '2026-11-04' } });
    expect(stage2).toMatchObject({ acknowledgementDueDate: '2026-11-09', originalResponseDueDate: '2026-12-07', responseDueDate: '2026-12-21' });
    await refused(ACK2, { c: created.id, d: '2026-10-30' }, 'sentDate', 'Stage 2 request date');
    expect(await ok(ACK2, { c: created.id, d: '2026-11-11' })).toMatchObject({ originalResponseDueDate: '2026-12-09', responseDueDate: '2026-12-23', extensionWorkingDays: 10 });
    // A Children Act statutory complaint keeps its own rule: 10 working days from receipt, whenever acknowledged.
    const statutory = await ok(CREATE, {
      i: { recordType: 'STATUTORY_COMPLAINT', channel: 'EMAIL', receivedDate: '2026-10-01', serviceAreas: ['SOCIAL_CARE'], issues: ['POLICY_DISAGREEMENT'], complainantType: 'PARENT_OR_CARER' },
    });
    await ok(ACK, { id: statutory.id, d: '2026-10-02' });
    expect(await ok(DUES, { id: statutory.id })).toEqual({ responseDueDate: '2026-10-15', nextDueDate: '2026-10-15', codeStages: [] });
  });

  it('chooses the Children Act for social care, lets an officer override with a reason, and records adjustments', async () => {
    const created = await ok(CREATE, {
      i: { recordType: 'CORPORATE_COMPLAINT', channel: 'LETTER', receivedDate: '2026-06-01', serviceAreas: ['SOCIAL_CARE'], issues: ['POLICY_DISAGREEMENT'], complainantType: 'PARENT_OR_CARER' },
    });
    expect(created).toMatchObject({ regime: 'CHILDREN_ACT', regimeReason: expect.stringContaining("children's social care") });
    await refused(OVERRIDE, { c: created.id, r: 'COMPLAINT_HANDLING_CODE', why: '  ' }, 'reason', 'reason');
    expect(await ok(OVERRIDE, { c: created.id, r: 'COMPLAINT_HANDLING_CODE', why: 'About the council website, not social care' })).toEqual({
      regime: 'COMPLAINT_HANDLING_CODE',
      regimeDecided: 'CHILDREN_ACT',
      regimeOverrideReason: 'About the council website, not social care',
    });
    // Under the Code now, so its Stage 1 clock runs; back to the Children Act, and it goes again.
    expect((await ok(CASE, { id: created.id })).codeStages).toEqual([expect.objectContaining({ stage: 'STAGE_1', acknowledgementDueDate: '2026-06-08' })]);
    expect(await ok(OVERRIDE, { c: created.id, r: 'CHILDREN_ACT', why: 'Agreed with the social care manager after all' })).toMatchObject({ regime: 'CHILDREN_ACT', regimeOverrideReason: null });
    expect((await ok(CASE, { id: created.id })).codeStages).toEqual([]);
    expect(await ok(ADJUST, { i: { contactId: created.id, adjustment: 'Large-print letters', agreedDate: '2026-06-02', reviewDate: '2026-09-01' } })).toEqual({
      adjustment: 'Large-print letters',
      reviewDate: '2026-09-01',
      reviewDue: true,
    });
    const due = await ok('{ adjustmentReviewsDue { adjustment contactReference } }');
    expect(due).toEqual([{ adjustment: 'Large-print letters', contactReference: expect.any(String) }]);
  });

  it('refuses Code steps to analysts (aggregates only) and case records to them', async () => {
    const analyst = await api.as(Role.ANALYST);
    const { errors } = await analyst.graphql(CASE, { id: contactId });
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
    const summary = await analyst.graphql(SUMMARY);
    expect(summary.errors).toBeUndefined();
  });
});
