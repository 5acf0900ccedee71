/**
 * One row per GraphQL operation for the role-by-operation access test:
 * sign-in, reference data, contacts, trends and users. Who may run each is in
 * auth/access-matrix.expected.ts, typed by hand.
 */
import type { AccessOperation } from '../test-support/access-operation';
import { account, FIXTURE_PASSWORD, openComplaint, unique } from '../test-support/access-operation-fixtures';

export const CORE_OPERATIONS: AccessOperation[] = [
  { name: 'me', document: '{ me { email } }', nullWhenSignedOut: true },
  {
    name: 'login',
    document: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: async ({ dataSource }) => ({ e: (await account(dataSource)).email, p: FIXTURE_PASSWORD }),
  },
  { name: 'logout', document: 'mutation { logout }', ownSession: true },
  { name: 'recordTypes', document: '{ recordTypes { code } }' },
  { name: 'channels', document: '{ channels { code } }' },
  { name: 'divisions', document: '{ divisions { code } }' },
  { name: 'serviceAreas', document: '{ serviceAreas { code } }' },
  { name: 'issueCategories', document: '{ issueCategories { code } }' },
  { name: 'contacts', document: '{ contacts { totalCount edges { node { summary } } } }' },
  {
    name: 'contact',
    document: 'query($id: ID!) { contact(id: $id) { id summary } }',
    variables: async ({ dataSource }) => ({ id: await openComplaint(dataSource) }),
  },
  {
    name: 'createContact',
    document: `mutation($r: String!) { createContact(input: { reference: $r, recordType: "COMMENT", channel: "EMAIL", receivedDate: "2010-01-05",
      serviceAreas: ["SOCIAL_CARE"], issues: ["POLICY_DISAGREEMENT"], complainantType: PARENT_OR_CARER }) { id } }`,
    variables: () => ({ r: unique('MATRIX-') }),
  },
  { name: 'trend', document: '{ trend(input: { financialYear: "2009/10" }) { total } }' },
  { name: 'users', document: '{ users { email } }' },
  {
    name: 'createUser',
    document: 'mutation($e: String!) { createUser(input: { email: $e, name: "M", password: "long-enough-password", role: ANALYST }) { id } }',
    variables: () => ({ e: `${unique('matrix-')}@x.example` }),
  },
  {
    name: 'setUserActive',
    document: 'mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    variables: async ({ dataSource }) => ({ id: (await account(dataSource)).id }),
  },
  { name: 'clearSignInLimits', document: 'mutation { clearSignInLimits(email: "nobody@x.example") }' },
];

/** Reference data administration. */
export const REFERENCE_ADMIN_OPERATIONS: AccessOperation[] = [
  {
    name: 'saveReferenceItem',
    document: 'mutation($c: String!) { saveReferenceItem(input: { kind: CHANNEL, code: $c, name: "Matrix channel" }) }',
    variables: () => ({ c: unique('MATRIX_') }),
  },
];
