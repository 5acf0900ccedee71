/** Signing in and out, the session cookie, rate limiting and service-manager scope. */
import request from 'supertest';
import { openDemoDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { DEMO_PASSWORD } from '../demo-data/demo-users';
import { logger } from '../logging/logger';
import { Role } from './role';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  db = await openDemoDatabase();
  api = await startTestServer(db);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role serviceAreas } } }';

describe(`sign-in (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it.each([
    ['admin@demo.example', 'ADMIN'],
    ['officer@demo.example', 'COMPLAINTS_OFFICER'],
    ['manager@demo.example', 'SERVICE_MANAGER'],
    ['analyst@demo.example', 'ANALYST'],
  ])('signs in the demo user %s as %s', async (email, role) => {
    const { data, errors } = await api.anonymous.graphql(LOGIN, { e: email, p: DEMO_PASSWORD });
    expect(errors).toBeUndefined();
    expect(data.login.user).toMatchObject({ email, role });
    expect(data.login.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('gives the manager their service area', async () => {
    const { data } = await api.anonymous.graphql(LOGIN, { e: 'MANAGER@demo.example ', p: DEMO_PASSWORD });
    expect(data.login.user.serviceAreas).toEqual(['SOCIAL_CARE']);
  });

  it('sets an httpOnly SameSite=Strict cookie that authenticates the web app, and logout ends the session', async () => {
    const agent = request.agent(api.server.app);
    const login = await agent.post('/graphql').send({ query: LOGIN, variables: { e: 'officer@demo.example', p: DEMO_PASSWORD } });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/ci_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await agent.post('/graphql').send({ query: '{ me { email role } }' });
    expect(me.body.data.me).toEqual({ email: 'officer@demo.example', role: 'COMPLAINTS_OFFICER' });

    const token = login.body.data.login.token;
    const bearer = await request(api.server.app).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query: '{ me { email } }' });
    expect(bearer.body.data.me.email).toBe('officer@demo.example');

    await agent.post('/graphql').send({ query: 'mutation { logout }' });
    const after = await request(api.server.app).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query: '{ me { email } }' });
    expect(after.body.data.me).toBeNull();
  });

  it('refuses a wrong password with one message for every cause, logs it without the password, and rate-limits the account', async () => {
    const warn = jest.spyOn(logger, 'warn');
    try {
      const secret = 'not-the-password-xyz';
      const unknown = await api.anonymous.graphql(LOGIN, { e: 'nobody@demo.example', p: secret });
      const wrong = await api.anonymous.graphql(LOGIN, { e: 'analyst@demo.example', p: secret });
      expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
      expect(wrong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      for (let i = 0; i < 4; i++) await api.anonymous.graphql(LOGIN, { e: 'analyst@demo.example', p: secret });
      const limited = await api.anonymous.graphql(LOGIN, { e: 'analyst@demo.example', p: DEMO_PASSWORD });
      expect(limited.errors![0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
      expect(limited.errors![0].message).toMatch(/Try again in \d+ minutes?/);
      // Sign-in events only (the request log shares the logger).
      const logged = warn.mock.calls.filter(([fields]) => typeof (fields as any)?.event === 'string').map((c) => JSON.stringify(c)).join('\n');
      expect(logged).toContain('login_failed');
      expect(logged).toContain('analyst@demo.example');
      expect(logged).not.toContain(secret);
    } finally {
      warn.mockRestore();
    }
  });

  it("limits a service manager's case reads to their service areas", async () => {
    const manager = await api.as(Role.SERVICE_MANAGER, { serviceAreas: ['SCHOOL_STANDARDS'] });
    const officer = await api.as(Role.COMPLAINTS_OFFICER);
    const query = '{ contacts(filter: { financialYear: "2009/10" }) { totalCount edges { node { id serviceAreas { code } } } } }';
    const all = await officer.graphql(query);
    const mine = await manager.graphql(query);
    expect(mine.data.contacts.totalCount).toBeGreaterThan(0);
    expect(mine.data.contacts.totalCount).toBeLessThan(all.data.contacts.totalCount);
    for (const edge of mine.data.contacts.edges) {
      expect(edge.node.serviceAreas.map((s: any) => s.code)).toContain('SCHOOL_STANDARDS');
    }
    const outside = all.data.contacts.edges.find((e: any) => !e.node.serviceAreas.some((s: any) => s.code === 'SCHOOL_STANDARDS'));
    const single = await manager.graphql('query($id: ID!) { contact(id: $id) { id } }', { id: outside.node.id });
    expect(single.data.contact).toBeNull();
  });

  it('lets an admin create users with validation, and nobody else', async () => {
    const admin = await api.as(Role.ADMIN);
    const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { email role active mustChangePassword } temporaryPassword } }';
    const ok = await admin.graphql(CREATE, { i: { email: 'New.Person@Council.example', name: 'New Person', role: 'ANALYST' } });
    expect(ok.data.createUser.user).toEqual({ email: 'new.person@council.example', role: 'ANALYST', active: true, mustChangePassword: true });
    expect(ok.data.createUser.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const bad = await admin.graphql(CREATE, { i: { email: 'not an address', name: 'X', role: 'SERVICE_MANAGER' } });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain("email: 'not an address' is not an email address");
    expect(bad.errors![0].message).toContain('serviceAreas: a service manager needs at least one service area');
    const officer = await api.as(Role.COMPLAINTS_OFFICER);
    expect((await officer.graphql(CREATE, { i: { email: 'x@council.example', name: 'X', role: 'ANALYST' } })).errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
