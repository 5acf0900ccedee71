/**
 * The contacts register's rows for the role-by-operation access test
 * (auth/access-matrix.integration.test.ts). Changes name a contact or
 * escalation that does not exist: allowed roles get NOT_FOUND, which is not a
 * refusal, and the demo data is left as it was.
 */
import { ACCESS } from '../auth/role';
import type { AccessOperation } from '../test-support/access-operation';

const MISSING = '"999999"';

export const REGISTER_OPERATIONS: AccessOperation[] = [
  {
    name: 'caseworkQueue',
    document: '{ caseworkQueue(asOf: "2010-03-31") { overdueCount items { step contact { summary timeline { kind } } } } }',
    allowed: ACCESS.CASES_READ,
  },
  { name: 'contact timeline', document: '{ contact(id: "1") { timeline { kind date } } }', allowed: ACCESS.CASES_READ },
  { name: 'acknowledgeContact', document: `mutation { acknowledgeContact(id: ${MISSING}, sentDate: "2010-01-05") { id } }`, allowed: ACCESS.CASES_WRITE },
  {
    name: 'recordResponse',
    document: `mutation { recordResponse(id: ${MISSING}, sentDate: "2010-01-05", outcome: UPHELD) { id } }`,
    allowed: ACCESS.CASES_WRITE,
  },
  { name: 'extendContact', document: `mutation { extendContact(id: ${MISSING}) { id } }`, allowed: ACCESS.CASES_WRITE },
  {
    name: 'escalateContact',
    document: `mutation { escalateContact(id: ${MISSING}, stage: STAGE_2, requestedDate: "2010-01-05") { id } }`,
    allowed: ACCESS.CASES_WRITE,
  },
  { name: 'recordPanelHeld', document: `mutation { recordPanelHeld(escalationId: ${MISSING}, date: "2010-01-05") { id } }`, allowed: ACCESS.CASES_WRITE },
  {
    name: 'recordEscalationResponse',
    document: `mutation { recordEscalationResponse(escalationId: ${MISSING}, sentDate: "2010-01-05", outcome: UPHELD) { id } }`,
    allowed: ACCESS.CASES_WRITE,
  },
  { name: 'withdrawContact', document: `mutation { withdrawContact(id: ${MISSING}, date: "2010-01-05") { id } }`, allowed: ACCESS.CASES_WRITE },
];
