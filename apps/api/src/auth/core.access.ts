/**
 * One row per GraphQL operation for the role-by-operation access test:
 * sign-in, reference data, contacts, trends and users.
 */
import { ACCESS } from './role';
import type { AccessOperation } from '../test-support/access-operation';

/** Makes each write's reference or email unique across roles. */
let n = 0;

export const CORE_OPERATIONS: AccessOperation[] = [
  { name: 'me', document: '{ me { email } }', allowed: 'ANYONE' },
  { name: 'login', document: 'mutation { login(email: "nobody@x.example", password: "wrong-password-x") { token } }', allowed: 'ANYONE' },
  { name: 'logout', document: 'mutation { logout }', allowed: 'ANYONE', ownSession: true },
  { name: 'recordTypes', document: '{ recordTypes { code } }', allowed: ACCESS.SIGNED_IN },
  { name: 'channels', document: '{ channels { code } }', allowed: ACCESS.SIGNED_IN },
  { name: 'divisions', document: '{ divisions { code } }', allowed: ACCESS.SIGNED_IN },
  { name: 'serviceAreas', document: '{ serviceAreas { code } }', allowed: ACCESS.SIGNED_IN },
  { name: 'issueCategories', document: '{ issueCategories { code } }', allowed: ACCESS.SIGNED_IN },
  { name: 'contacts', document: '{ contacts { totalCount edges { node { summary } } } }', allowed: ACCESS.CASES_READ },
  { name: 'contact', document: '{ contact(id: "1") { id summary } }', allowed: ACCESS.CASES_READ },
  {
    name: 'createContact',
    document: `mutation($r: String!) { createContact(input: { reference: $r, recordType: "COMMENT", channel: "EMAIL", receivedDate: "2010-01-05",
      serviceAreas: ["SOCIAL_CARE"], issues: ["POLICY_DISAGREEMENT"], complainantType: PARENT_OR_CARER }) { id } }`,
    variables: () => ({ r: `MATRIX-${++n}` }),
    allowed: ACCESS.CASES_WRITE,
  },
  { name: 'trend', document: '{ trend(input: { financialYear: "2009/10" }) { total } }', allowed: ACCESS.AGGREGATES },
  { name: 'users', document: '{ users { email } }', allowed: ACCESS.ADMINISTRATION },
  {
    name: 'createUser',
    document: 'mutation($e: String!) { createUser(input: { email: $e, name: "M", password: "long-enough-password", role: ANALYST }) { id } }',
    variables: () => ({ e: `matrix-${++n}@x.example` }),
    allowed: ACCESS.ADMINISTRATION,
  },
  { name: 'setUserActive', document: 'mutation { setUserActive(id: "999999", active: true) { id } }', allowed: ACCESS.ADMINISTRATION },
  { name: 'clearSignInLimits', document: 'mutation { clearSignInLimits(email: "nobody@x.example") }', allowed: ACCESS.ADMINISTRATION },
];

/** Reference data administration. */
export const REFERENCE_ADMIN_OPERATIONS: AccessOperation[] = [
  {
    name: 'saveReferenceItem',
    document: 'mutation($c: String!) { saveReferenceItem(input: { kind: CHANNEL, code: $c, name: "Matrix channel" }) }',
    variables: () => ({ c: `MATRIX_${++n}` }),
    allowed: ACCESS.ADMINISTRATION,
  },
];
