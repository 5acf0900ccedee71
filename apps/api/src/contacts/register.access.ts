/**
 * The contacts register's rows for the role-by-operation access test
 * (auth/access-matrix.integration.test.ts). Each change works on a fresh
 * complaint in Social Care, in the state the change needs, so an allowed
 * role's try succeeds.
 */
import type { AccessOperation } from '../test-support/access-operation';
import { answeredComplaint, openComplaint, stage2Escalation, stage3Escalation } from '../test-support/access-operation-fixtures';
import { todayIso } from '../periods/today';

export const REGISTER_OPERATIONS: AccessOperation[] = [
  {
    name: 'caseworkQueue',
    document: '{ caseworkQueue(asOf: "2010-03-31") { overdueCount items { step contact { summary timeline { kind } } } } }',
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
