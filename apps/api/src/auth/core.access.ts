/**
 * One row per GraphQL operation for the role-by-operation access test:
 * sign-in, reference data, contacts, trends and users. Who may run each is in
 * auth/access-matrix.expected.ts, typed by hand.
 */
import type { DataSource } from 'typeorm';
import { ReferenceKind, retireReferenceItem, saveReferenceItem } from '../reference/reference-admin';
import type { AccessOperation } from '../test-support/access-operation';
import { account, FIXTURE_PASSWORD, openComplaint, unique } from '../test-support/access-operation-fixtures';
import { TEST_PASSWORD } from '../test-support/test-server';

/** A channel no other try uses (retired when asked), made through the service. */
async function freshChannel(dataSource: DataSource, retired = false): Promise<string> {
  const code = unique('MATRIX_');
  await saveReferenceItem(dataSource, { kind: ReferenceKind.CHANNEL, code, name: 'Matrix channel' }, null);
  if (retired) await retireReferenceItem(dataSource, { kind: ReferenceKind.CHANNEL, code, retiredFrom: '2030-01-01' }, null);
  return code;
}

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
  { name: 'users', document: '{ users { email serviceAreas { code } } }' },
  {
    name: 'user',
    document: 'query($id: ID!) { user(id: $id) { email mustChangePassword } }',
    variables: async ({ dataSource }) => ({ id: (await account(dataSource)).id }),
  },
  {
    name: 'createUser',
    document: 'mutation($e: String!) { createUser(input: { email: $e, name: "M", role: ANALYST }) { user { id } temporaryPassword } }',
    variables: () => ({ e: `${unique('matrix-')}@x.example` }),
  },
  {
    name: 'updateUser',
    document: 'mutation($id: ID!) { updateUser(id: $id, input: { name: "Renamed by the matrix" }) { id } }',
    variables: async ({ dataSource }) => ({ id: (await account(dataSource)).id }),
  },
  {
    name: 'setUserActive',
    document: 'mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    variables: async ({ dataSource }) => ({ id: (await account(dataSource)).id }),
  },
  {
    name: 'resetUserPassword',
    document: 'mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }',
    variables: async ({ dataSource }) => ({ id: (await account(dataSource)).id }),
  },
  {
    // Each try signs in a new account of the role (ownSession), whose password is TEST_PASSWORD.
    name: 'changeOwnPassword',
    document: 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }',
    variables: () => ({ c: TEST_PASSWORD, n: `otter-lantern-${unique('q')}` }),
    ownSession: true,
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
  {
    name: 'retireReferenceItem',
    document: 'mutation($c: String!) { retireReferenceItem(input: { kind: CHANNEL, code: $c, retiredFrom: "2031-04-01" }) }',
    variables: async ({ dataSource }) => ({ c: await freshChannel(dataSource) }),
  },
  {
    name: 'reinstateReferenceItem',
    document: 'mutation($c: String!) { reinstateReferenceItem(kind: CHANNEL, code: $c) }',
    variables: async ({ dataSource }) => ({ c: await freshChannel(dataSource, true) }),
  },
];
