/**
 * The contacts register's rows for the role-by-operation access test
 * (auth/access-matrix.integration.test.ts). Each change works on a fresh
 * complaint in Social Care, in the state the change needs, so an allowed
 * role's try succeeds.
 */
import type { DataSource } from 'typeorm';
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import type { AccessOperation } from '../test-support/access-operation';
import { answeredComplaint, FIXTURE_PASSWORD, openComplaint, stage2Escalation, stage3Escalation, unique } from '../test-support/access-operation-fixtures';
import { todayIso } from '../periods/today';
import { ContactService } from './contact.service';

/** A Social Care complaint with its complainant's details recorded. */
async function complaintWithComplainant(dataSource: DataSource): Promise<{ id: string; reference: string }> {
  const contact = await new ContactService(dataSource).create({
    reference: unique('AM-P-'),
    recordType: 'STATUTORY_COMPLAINT',
    channel: 'EMAIL',
    receivedDate: todayIso(),
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER',
    complainant: { givenName: 'Access', familyName: 'Matrix', email: 'access.matrix@example.com', preferredContactMethod: 'EMAIL' },
  });
  return { id: String(contact.id), reference: contact.reference };
}

/** An active complaints officer to assign cases to. */
async function caseOfficer(dataSource: DataSource): Promise<string> {
  const user = await createUser(dataSource, { email: `${unique('am-officer-')}@test.example`, name: 'Assignable Officer', password: FIXTURE_PASSWORD, role: Role.COMPLAINTS_OFFICER });
  return String(user.id);
}

export const REGISTER_OPERATIONS: AccessOperation[] = [
  {
    name: 'caseworkQueue',
    document: '{ caseworkQueue(asOf: "2010-03-31", sort: REFERENCE) { overdueCount items { step officer { name } contact { summary timeline { kind } } } } }',
  },
  {
    name: 'contactByReference',
    document: 'query($r: String!) { contactByReference(reference: $r) { id reference status } }',
    variables: async ({ dataSource }) => ({ r: (await complaintWithComplainant(dataSource)).reference.replace(/\//g, '-').toLowerCase() }),
  },
  {
    // Analysts and administrators never reach a complainant: the contact itself is refused them.
    name: 'contact complainant',
    document: 'query($id: ID!) { contact(id: $id) { complainant { familyName email relationshipToChild reasonableAdjustments } } }',
    variables: async ({ dataSource }) => ({ id: (await complaintWithComplainant(dataSource)).id }),
  },
  {
    name: 'contacts by complainant name',
    document: '{ contacts(filter: { complainantName: "Matrix" }, sort: REFERENCE) { totalCount edges { node { reference complainant { familyName } } } } }',
  },
  {
    name: 'caseOfficers',
    document: '{ caseOfficers { id name } }',
  },
  {
    name: 'saveComplainant',
    document: 'mutation($id: ID!) { saveComplainant(contactId: $id, input: { familyName: "Changed", phone: "020 7946 0000", preferredContactMethod: PHONE }) { id } }',
    variables: async ({ dataSource }) => ({ id: (await complaintWithComplainant(dataSource)).id }),
  },
  {
    name: 'assignContact',
    document: 'mutation($id: ID!, $officer: ID!) { assignContact(id: $id, stage: STAGE_1, officerId: $officer) { id assignedOfficer { name } } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource), officer: await caseOfficer(dataSource) }),
  },
  {
    name: 'contact timeline',
    document: 'query($id: ID!) { contact(id: $id) { timeline { kind date } } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource) }),
  },
  {
    name: 'acknowledgeContact',
    document: 'mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource), d: todayIso() }),
  },
  {
    name: 'recordResponse',
    document: 'mutation($id: ID!, $d: LocalDate!) { recordResponse(id: $id, sentDate: $d, outcome: UPHELD) { id } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource), d: todayIso() }),
  },
  {
    name: 'extendContact',
    document: 'mutation($id: ID!) { extendContact(id: $id) { id } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource) }),
  },
  {
    name: 'escalateContact',
    document: 'mutation($id: ID!) { escalateContact(id: $id, stage: STAGE_2, requestedDate: "2010-01-25") { id } }',
    variables: async ({ dataSource }) => ({ id: await answeredComplaint(dataSource) }),
  },
  {
    name: 'recordPanelHeld',
    document: 'mutation($id: ID!) { recordPanelHeld(escalationId: $id, date: "2010-03-10") { id } }',
    variables: async ({ dataSource }) => ({ id: await stage3Escalation(dataSource) }),
  },
  {
    name: 'recordEscalationResponse',
    document: 'mutation($id: ID!) { recordEscalationResponse(escalationId: $id, sentDate: "2010-02-15", outcome: UPHELD) { id } }',
    variables: async ({ dataSource }) => ({ id: await stage2Escalation(dataSource) }),
  },
  {
    name: 'withdrawContact',
    document: 'mutation($id: ID!, $d: LocalDate!) { withdrawContact(id: $id, date: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource), d: todayIso() }),
  },
];
