/**
 * Administrators manage accounts through the API: create (with a temporary
 * password that must be changed before anything else works), change role and
 * service areas, deactivate (sessions end at once) and reactivate, reset a
 * password; everyone changes their own. Every change is in the audit log,
 * never with a password; a refusal names its field and writes nothing.
 */
import request from 'supertest';
import { AdminAuditEntry } from '../admin-audit/admin-audit-entry.entity';
import { EXPECTED_ACCESS } from './access-matrix.expected';
import { ACCESS_ROUTES } from './access-matrix.routes';
import { OPERATIONS } from '../test-support/access-operations';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { Role } from './role';
import { Session } from './session.entity';
import { User } from './user.entity';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ADMIN);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id email mustChangePassword } temporaryPassword } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { mustChangePassword } } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { email mustChangePassword } }';
const USER = 'query($id: ID!) { user(id: $id) { name role active mustChangePassword serviceAreas { code } } }';

let n = 0;
const email = (prefix: string) => `${prefix}-${process.pid}-${++n}@council.example`;

/** A client for a token, as a script would send it. */
function bearer(token: string) {
  return {
    async graphql(query: string, variables?: Record<string, unknown>) {
      const res = await request(api.server.app).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables });
      return res.body as { data?: any; errors?: any[] };
    },
  };
}

async function signIn(address: string, password: string): Promise<string> {
  const { data, errors } = await api.anonymous.graphql(LOGIN, { e: address, p: password });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.login.token;
}

async function createAccount(input: Record<string, unknown>): Promise<{ id: string; email: string; temporaryPassword: string }> {
  const { data, errors } = await api.graphql(CREATE, { i: { name: 'Someone', role: 'ANALYST', ...input } });
  if (errors) throw new Error(JSON.stringify(errors));
  return { id: data.createUser.user.id, email: data.createUser.user.email, temporaryPassword: data.createUser.temporaryPassword };
}

async function auditOf(userId: string): Promise<AdminAuditEntry[]> {
  return db.dataSource.getRepository(AdminAuditEntry).find({ where: { targetType: 'USER' as never, targetKey: userId }, order: { id: 'ASC' } });
}

describe(`user administration (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('creates an account whose temporary password allows nothing but changing it, in GraphQL and over HTTP', async () => {
    const account = await createAccount({ email: email('temp'), role: 'COMPLAINTS_OFFICER' });
    const token = await signIn(account.email, account.temporaryPassword);
    const client = bearer(token);
    expect((await client.graphql('{ me { email mustChangePassword } }')).data.me).toEqual({ email: account.email, mustChangePassword: true });

    // Every operation but signing in and out, `me` and the password change itself (which each have a test of their own).
    // submitHaveYourSay and accessibilityStatement are public (no sign-in needed), like login.
    const exempt = new Set(['login', 'logout', 'me', 'changeOwnPassword', 'submitHaveYourSay', 'accessibilityStatement']);
    const refusals: string[] = [];
    for (const op of OPERATIONS.filter((o) => !exempt.has(o.name))) {
      const variables = await op.variables?.({ dataSource: db.dataSource, who: Role.COMPLAINTS_OFFICER });
      const { data, errors } = await client.graphql(op.document, variables);
      const codes = (errors ?? []).map((e) => e.extensions?.code);
      if (codes.join() !== 'PASSWORD_CHANGE_REQUIRED' || Object.values(data ?? {}).some((v) => v !== null)) refusals.push(`${op.name}: ${JSON.stringify(codes)}`);
    }
    expect(refusals).toEqual([]);
    // Every route that needs a sign-in (public ones, such as /healthz and published embeds, need none).
    for (const route of ACCESS_ROUTES.filter((r) => !EXPECTED_ACCESS.get(r.name)?.NOBODY)) {
      const res = await route.send(api.server.app, token);
      expect({ route: route.name, status: res.status, text: res.text }).toEqual({
        route: route.name,
        status: 403,
        text: 'Change your temporary password before doing anything else.\n',
      });
    }

    const changed = await client.graphql(CHANGE, { c: account.temporaryPassword, n: 'otter-lantern-quarry' });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changeOwnPassword).toEqual({ email: account.email, mustChangePassword: false });
    // The same session now works.
    const contacts = await client.graphql('{ contacts { totalCount } }');
    expect(contacts.errors).toBeUndefined();
    expect((await api.graphql(USER, { id: account.id })).data.user.mustChangePassword).toBe(false);
    // Every operation and route in turn: 8 s on a quiet machine, over 60 s under CI's three lanes on two cores.
  }, 180_000);

  it('refuses bad accounts naming each field, and writes nothing', async () => {
    const taken = await createAccount({ email: email('taken') });
    const users = await db.dataSource.getRepository(User).count();
    const entries = await db.dataSource.getRepository(AdminAuditEntry).count();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ email: 'nope', name: 'X', role: 'ANALYST' }, ['email']],
      [{ email: taken.email.toUpperCase(), name: 'X', role: 'ANALYST' }, ['email']],
      [{ email: email('x'), name: '   ', role: 'ANALYST' }, ['name']],
      [{ email: email('x'), name: 'X', role: 'SERVICE_MANAGER' }, ['serviceAreas']],
      [{ email: email('x'), name: 'X', role: 'SERVICE_MANAGER', serviceAreas: ['SOCIAL_CARE', 'NOWHERE'] }, ['serviceAreas']],
      [{ email: email('x'), name: 'X', role: 'ANALYST', serviceAreas: ['SOCIAL_CARE'] }, ['serviceAreas']],
      [{ email: email('x'), name: 'X', role: 'NOT_A_ROLE' }, ['role']],
    ];
    for (const [input, fields] of cases) {
      const { errors } = await api.graphql(CREATE, { i: input });
      expect({ input, code: errors![0].extensions.code, fields: (errors![0].extensions.problems ?? [{ field: errors![0].extensions.field }]).map((p: any) => p.field) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        fields,
      });
    }
    expect(await db.dataSource.getRepository(User).count()).toBe(users);
    expect(await db.dataSource.getRepository(AdminAuditEntry).count()).toBe(entries);
  });

  it("changes a name, role and service areas, and the log keeps who, what, before and after, never a password", async () => {
    const account = await createAccount({ email: email('mover'), name: 'Mo Ver' });
    const UPDATE = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { name role serviceAreas { code } } }';
    const promoted = await api.graphql(UPDATE, { id: account.id, i: { role: 'SERVICE_MANAGER', serviceAreas: ['INCLUSION', 'SOCIAL_CARE'] } });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.updateUser).toEqual({ name: 'Mo Ver', role: 'SERVICE_MANAGER', serviceAreas: [{ code: 'SOCIAL_CARE' }, { code: 'INCLUSION' }] });

    const renamed = await api.graphql(UPDATE, { id: account.id, i: { name: ' Mo Vere ' } });
    expect(renamed.data.updateUser).toEqual({ name: 'Mo Vere', role: 'SERVICE_MANAGER', serviceAreas: [{ code: 'SOCIAL_CARE' }, { code: 'INCLUSION' }] });

    const noAreas = await api.graphql(UPDATE, { id: account.id, i: { serviceAreas: [] } });
    expect(noAreas.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceAreas' });

    // Another role drops a manager's areas.
    const analyst = await api.graphql(UPDATE, { id: account.id, i: { role: 'ANALYST' } });
    expect(analyst.data.updateUser).toEqual({ name: 'Mo Vere', role: 'ANALYST', serviceAreas: [] });

    const missing = await api.graphql(UPDATE, { id: '999999', i: { name: 'X' } });
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');

    const log = await auditOf(account.id);
    expect(log.map((e) => e.action)).toEqual(['USER_CREATED', 'USER_UPDATED', 'USER_UPDATED', 'USER_UPDATED']);
    const admin = (await api.graphql('{ me { email } }')).data.me.email;
    expect(log.every((e) => e.actorEmail === admin && e.targetLabel === account.email)).toBe(true);
    expect(JSON.parse(log[1].before!)).toMatchObject({ role: 'ANALYST', serviceAreas: [] });
    expect(JSON.parse(log[1].after!)).toMatchObject({ role: 'SERVICE_MANAGER', serviceAreas: ['SOCIAL_CARE', 'INCLUSION'] });
    const text = JSON.stringify(log);
    expect(text).not.toMatch(/password"|passwordHash|argon2/i);
    expect(text).not.toContain(account.temporaryPassword);

    const page = await api.graphql('query($k: String) { adminAuditLog(filter: { targetType: USER, targetKey: $k }) { entries { action changes { field before after } } } }', {
      k: account.id,
    });
    expect(page.data.adminAuditLog.entries[0]).toEqual({
      action: 'USER_UPDATED',
      changes: [
        { field: 'role', before: 'SERVICE_MANAGER', after: 'ANALYST' },
        { field: 'serviceAreas', before: 'SOCIAL_CARE, INCLUSION', after: null },
      ],
    });
  });

  it('ends every session of a deactivated account at once, refuses its sign-in, and lets it back in when reactivated', async () => {
    const account = await createAccount({ email: email('leaver') });
    const first = await signIn(account.email, account.temporaryPassword);
    await bearer(first).graphql(CHANGE, { c: account.temporaryPassword, n: 'otter-lantern-quarry' });
    const second = await signIn(account.email, 'otter-lantern-quarry');
    expect((await bearer(second).graphql('{ me { email } }')).data.me.email).toBe(account.email);

    const SET = 'mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { active } }';
    expect((await api.graphql(SET, { id: account.id, a: false })).data.setUserActive.active).toBe(false);
    expect(await db.dataSource.getRepository(Session).countBy({ userId: Number(account.id) })).toBe(0);
    expect((await bearer(second).graphql('{ me { email } }')).data.me).toBeNull();
    expect((await bearer(second).graphql('{ trend(input: { financialYear: "2009/10" }) { total } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.graphql(LOGIN, { e: account.email, p: 'otter-lantern-quarry' })).errors![0].extensions.code).toBe('BAD_USER_INPUT');

    expect((await api.graphql(SET, { id: account.id, a: true })).data.setUserActive.active).toBe(true);
    await signIn(account.email, 'otter-lantern-quarry');
    expect((await auditOf(account.id)).map((e) => e.action)).toEqual(['USER_CREATED', 'OWN_PASSWORD_CHANGED', 'USER_DEACTIVATED', 'USER_REACTIVATED']);
  });

  it('resets a password: sessions end, the old password stops working, and the temporary one must be changed first', async () => {
    const account = await createAccount({ email: email('forgetful') });
    const first = await signIn(account.email, account.temporaryPassword);
    await bearer(first).graphql(CHANGE, { c: account.temporaryPassword, n: 'otter-lantern-quarry' });

    const reset = await api.graphql('mutation($id: ID!) { resetUserPassword(id: $id) { user { mustChangePassword } temporaryPassword } }', { id: account.id });
    expect(reset.data.resetUserPassword.user.mustChangePassword).toBe(true);
    const temporary = reset.data.resetUserPassword.temporaryPassword;
    expect(temporary).not.toBe(account.temporaryPassword);
    expect((await bearer(first).graphql('{ me { email } }')).data.me).toBeNull();
    expect((await api.anonymous.graphql(LOGIN, { e: account.email, p: 'otter-lantern-quarry' })).errors![0].extensions.code).toBe('BAD_USER_INPUT');

    const login = await api.anonymous.graphql(LOGIN, { e: account.email, p: temporary });
    expect(login.data.login.user.mustChangePassword).toBe(true);
    const client = bearer(login.data.login.token);
    expect((await client.graphql('{ trend(input: { financialYear: "2009/10" }) { total } }')).errors![0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await client.graphql(CHANGE, { c: temporary, n: 'river-copper-meadow' })).data.changeOwnPassword.mustChangePassword).toBe(false);
    expect((await client.graphql('{ trend(input: { financialYear: "2009/10" }) { total } }')).errors).toBeUndefined();
    const log = await auditOf(account.id);
    expect(log.map((e) => e.action)).toEqual(['USER_CREATED', 'OWN_PASSWORD_CHANGED', 'USER_PASSWORD_RESET', 'OWN_PASSWORD_CHANGED']);
    expect(JSON.stringify(log)).not.toContain(temporary);
  });

  it("checks a person's own password change: the policy, the current password, and their other sessions", async () => {
    const account = await createAccount({ email: email('jane.smith') });
    const mine = bearer(await signIn(account.email, account.temporaryPassword));
    const elsewhere = bearer(await signIn(account.email, account.temporaryPassword));
    const refusals: Array<[string, string, string]> = [
      [account.temporaryPassword, 'short-one', 'newPassword'],
      [account.temporaryPassword, 'Password2024!', 'newPassword'],
      [account.temporaryPassword, `${account.email.split('@')[0]}-2024`, 'newPassword'],
      [account.temporaryPassword, account.temporaryPassword, 'newPassword'],
      ['', 'otter-lantern-quarry', 'currentPassword'],
      ['not-the-password', 'otter-lantern-quarry', 'currentPassword'],
    ];
    for (const [c, nw, field] of refusals) {
      const { errors } = await mine.graphql(CHANGE, { c, n: nw });
      expect({ nw, code: errors![0].extensions.code, field: errors![0].extensions.field }).toEqual({ nw, code: 'BAD_USER_INPUT', field });
    }
    expect((await db.dataSource.getRepository(User).findOneByOrFail({ id: Number(account.id) })).mustChangePassword).toBe(true);

    expect((await mine.graphql(CHANGE, { c: account.temporaryPassword, n: 'otter-lantern-quarry' })).errors).toBeUndefined();
    expect((await mine.graphql('{ me { email } }')).data.me.email).toBe(account.email);
    expect((await elsewhere.graphql('{ me { email } }')).data.me).toBeNull();
    expect((await api.anonymous.graphql(CHANGE, { c: 'x', n: 'otter-lantern-quarry' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists every account with its service areas', async () => {
    await createAccount({ email: email('listed-manager'), role: 'SERVICE_MANAGER', serviceAreas: ['SCHOOL_STANDARDS'] });
    const { data } = await api.graphql('{ users { email role active mustChangePassword serviceAreas { code name } } }');
    const manager = data.users.find((u: any) => u.email.startsWith('listed-manager'));
    expect(manager).toMatchObject({ role: 'SERVICE_MANAGER', active: true, mustChangePassword: true, serviceAreas: [{ code: 'SCHOOL_STANDARDS', name: 'School Standards' }] });
  });
});
