/**
 * The Complaint Handling Code's rows for the role-by-operation access test.
 * Each change works on a fresh record made through the services. Code
 * complaints are about School Standards (social care complaints follow
 * the Children Act); reads that a service manager may make use Social Care
 * records, the test manager's area.
 */
import type { DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { ContactService } from '../contacts/contact.service';
import type { AccessOperation } from '../test-support/access-operation';
import { FIXTURE_PASSWORD, openComplaint, stage2Escalation, unique } from '../test-support/access-operation-fixtures';
import { ComplaintCodeService } from './complaint-code.service';

/** A corporate complaint under the Code, received on 1 October 2026 (Stage 1 row made), not yet acknowledged. */
async function codeComplaint(dataSource: DataSource): Promise<string> {
  const contact = await new ContactService(dataSource).create({
    reference: unique('AM-CODE-'),
    recordType: 'CORPORATE_COMPLAINT',
    channel: 'EMAIL',
    receivedDate: '2026-10-01',
    serviceAreas: ['SCHOOL_STANDARDS'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER',
    summary: 'Access matrix fixture',
  });
  return String(contact.id);
}

/** A Code complaint answered at Stage 1 on 12 October 2026 by a handler of its own. */
async function answeredCodeComplaint(dataSource: DataSource): Promise<string> {
  const id = await codeComplaint(dataSource);
  await new ContactLifecycleService(dataSource).recordResponse(id, '2026-10-12', 'NOT_UPHELD');
  await new ComplaintCodeService(dataSource).setStageHandler(id, 'STAGE_1', await officer(dataSource));
  return id;
}

/** A Code complaint at Stage 2 (requested 19 October 2026). */
async function stage2CodeComplaint(dataSource: DataSource): Promise<string> {
  const id = await answeredCodeComplaint(dataSource);
  await new ComplaintCodeService(dataSource).escalate(id, '2026-10-19', await officer(dataSource));
  return id;
}

async function officer(dataSource: DataSource): Promise<string> {
  const user = await createUser(dataSource, { email: `${unique('am-code-')}@test.example`, name: 'Code Handler', password: FIXTURE_PASSWORD, role: Role.COMPLAINTS_OFFICER });
  return String(user.id);
}

async function serviceRequest(dataSource: DataSource, serviceArea = 'SOCIAL_CARE'): Promise<string> {
  const request = await new ComplaintCodeService(dataSource).recordServiceRequest({ receivedDate: '2026-10-01', serviceArea, summary: 'Access matrix fixture' }, null);
  return String(request.id);
}

async function remedy(dataSource: DataSource): Promise<string> {
  const contactId = await codeComplaint(dataSource);
  const row = await new ComplaintCodeService(dataSource).addRemedy({ contactId, stage: 'STAGE_1', type: 'APOLOGY', description: 'Apology', owner: 'Team', dueDate: '2026-11-30', offeredDate: '2026-10-20' });
  return String(row.id);
}

async function adjustment(dataSource: DataSource): Promise<string> {
  const contactId = await codeComplaint(dataSource);
  const row = await new ComplaintCodeService(dataSource).addAdjustment({ contactId, adjustment: 'Large print', agreedDate: '2026-10-02', reviewDate: '2026-11-02' });
  return String(row.id);
}

export const COMPLAINT_CODE_OPERATIONS: AccessOperation[] = [
  {
    name: 'contact complaintCode',
    document: `query($id: ID!) { contact(id: $id) { regime regimeReason codeStages { stage handlerName } refusals { reason } reasonableAdjustments { adjustment }
      remedies { type } responsePoints { point } fromServiceRequest { summary } } }`,
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource) }),
  },
  { name: 'serviceRequests', document: '{ serviceRequests { id summary serviceArea { code } status } }' },
  {
    name: 'serviceRequest',
    document: 'query($id: ID!) { serviceRequest(id: $id) { id summary reviewNote } }',
    variables: async ({ dataSource }) => ({ id: await serviceRequest(dataSource) }),
  },
  { name: 'adjustmentReviewsDue', document: '{ adjustmentReviewsDue { adjustment contactReference reviewDue } }' },
  { name: 'complaintCodeSummary', document: '{ complaintCodeSummary(financialYear: "2026/27") { regimes { regime complaints } stages { stage started respondedInTime } } }' },
  {
    name: 'overrideContactRegime',
    document: 'mutation($id: ID!) { overrideContactRegime(contactId: $id, regime: COMPLAINT_HANDLING_CODE, reason: "Access matrix") { regime } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource) }),
  },
  {
    name: 'recordServiceRequest',
    document: 'mutation { recordServiceRequest(input: { receivedDate: "2026-10-01", serviceArea: "SOCIAL_CARE", summary: "Access matrix" }) { id } }',
  },
  {
    name: 'reviewServiceRequest',
    document: 'mutation($id: ID!) { reviewServiceRequest(id: $id, reviewedDate: "2026-10-05", note: "Chased") { id } }',
    variables: async ({ dataSource }) => ({ id: await serviceRequest(dataSource) }),
  },
  {
    name: 'convertServiceRequest',
    document: `mutation($id: ID!) { convertServiceRequest(id: $id, input: { receivedDate: "2026-10-06", channel: "EMAIL", issues: ["POLICY_DISAGREEMENT"],
      complainantType: PARENT_OR_CARER }) { contact { id } } }`,
    variables: async ({ dataSource }) => ({ id: await serviceRequest(dataSource, 'SCHOOL_STANDARDS') }),
  },
  {
    name: 'refuseComplaint',
    document: `mutation($id: ID!) { refuseComplaint(input: { contactId: $id, subject: COMPLAINT, reason: OUT_OF_TIME, evidence: "Matter from 2024",
      refusedDate: "2026-10-02", ombudsmanSignpostedDate: "2026-10-02" }) { id } }`,
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource) }),
  },
  {
    name: 'setCodeStageHandler',
    document: 'mutation($id: ID!, $h: ID!) { setCodeStageHandler(contactId: $id, stage: STAGE_1, handlerUserId: $h) { id } }',
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource), h: await officer(dataSource) }),
  },
  {
    name: 'extendCodeStage',
    document: 'mutation($id: ID!, $d: LocalDate!) { extendCodeStage(input: { contactId: $id, stage: STAGE_1, workingDays: 5, reason: "Records", complainantToldDate: $d }) { id } }',
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource), d: '2026-10-05' }),
  },
  {
    name: 'escalateCodeComplaint',
    document: 'mutation($id: ID!, $h: ID!) { escalateCodeComplaint(contactId: $id, requestedDate: "2026-10-19", handlerUserId: $h) { id } }',
    variables: async ({ dataSource }) => ({ id: await answeredCodeComplaint(dataSource), h: await officer(dataSource) }),
  },
  {
    name: 'acknowledgeCodeStage2',
    document: 'mutation($id: ID!) { acknowledgeCodeStage2(contactId: $id, sentDate: "2026-10-20") { id } }',
    variables: async ({ dataSource }) => ({ id: await stage2CodeComplaint(dataSource) }),
  },
  {
    name: 'respondCodeStage2',
    document: 'mutation($id: ID!) { respondCodeStage2(contactId: $id, sentDate: "2026-11-02", outcome: NOT_UPHELD) { id } }',
    variables: async ({ dataSource }) => ({ id: await stage2CodeComplaint(dataSource) }),
  },
  {
    name: 'setResponsePoints',
    document: 'mutation($id: ID!) { setResponsePoints(contactId: $id, stage: STAGE_1, points: [{ point: "Delay", addressed: true }]) { id } }',
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource) }),
  },
  {
    name: 'addRemedy',
    document: `mutation($id: ID!) { addRemedy(input: { contactId: $id, stage: STAGE_1, type: EXPLANATION, description: "Explained", owner: "Team",
      dueDate: "2026-11-30", offeredDate: "2026-10-20" }) { id } }`,
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource) }),
  },
  {
    name: 'completeRemedy',
    document: 'mutation($id: ID!) { completeRemedy(id: $id, completedDate: "2026-10-25", evidence: "Letter sent") { id } }',
    variables: async ({ dataSource }) => ({ id: await remedy(dataSource) }),
  },
  {
    name: 'addReasonableAdjustment',
    document: 'mutation($id: ID!) { addReasonableAdjustment(input: { contactId: $id, adjustment: "Phone calls", agreedDate: "2026-10-02" }) { id } }',
    variables: async ({ dataSource }) => ({ id: await codeComplaint(dataSource) }),
  },
  {
    name: 'reviewReasonableAdjustment',
    document: 'mutation($id: ID!) { reviewReasonableAdjustment(id: $id, reviewedDate: "2026-11-02", nextReviewDate: "2027-02-01") { id } }',
    variables: async ({ dataSource }) => ({ id: await adjustment(dataSource) }),
  },
  {
    name: 'recordAgreedStatement',
    document: 'mutation($id: ID!) { recordAgreedStatement(escalationId: $id, agreedDate: "2010-02-01") { id agreedStatementDate } }',
    variables: async ({ dataSource }) => ({ id: await stage2Escalation(dataSource) }),
  },
];
