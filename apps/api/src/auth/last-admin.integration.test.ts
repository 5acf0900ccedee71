/**
 * The system cannot be locked out of its own administration: the last active
 * administrator can be neither deactivated nor given another role, also when
 * two administrators try to deactivate each other at the same moment.
 */
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { Role } from './role';
import { setUserActive, updateUser } from './user-admin.service';
import { createUser } from './user.service';
import { User } from './user.entity';

let db: TestDatabase;
let api: TestServer;

beforeAll(async () => {
  // An empty database: the one administrator is the one this test server signs in.
  db = await openTestDatabase();
  api = await startTestServer(db, Role.ADMIN);
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const SET = 'mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { active } }';
const UPDATE = 'mutation($id: ID!, $r: Role!) { updateUser(id: $id, input: { role: $r }) { role } }';

async function activeAdmins(): Promise<number> {
  return db.dataSource.getRepository(User).countBy({ role: Role.ADMIN, active: true });
}

async function admin(name: string): Promise<string> {
  const user = await createUser(db.dataSource, { email: `${name}-${process.pid}@test.example`, name, password: 'a-long-test-password', role: Role.ADMIN });
  return String(user.id);
}

describe(`the last active administrator (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('can be neither deactivated nor demoted, naming the field, until there is another', async () => {
    const me = (await api.graphql('{ me { id } }')).data.me.id;
    expect(await activeAdmins()).toBe(1);
    const off = await api.graphql(SET, { id: me, a: false });
    expect(off.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect(off.errors![0].message).toContain('last active administrator');
    const demoted = await api.graphql(UPDATE, { id: me, r: 'ANALYST' });
    expect(demoted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await activeAdmins()).toBe(1);

    // An inactive administrator does not count.
    const dormant = await admin('dormant');
    await db.dataSource.getRepository(User).update(Number(dormant), { active: false });
    expect((await api.graphql(SET, { id: me, a: false })).errors![0].extensions.field).toBe('active');

    const colleague = await admin('colleague');
    expect((await api.graphql(UPDATE, { id: colleague, r: 'ANALYST' })).data.updateUser.role).toBe('ANALYST');
    expect((await api.graphql(UPDATE, { id: colleague, r: 'ADMIN' })).data.updateUser.role).toBe('ADMIN');
    expect((await api.graphql(SET, { id: colleague, a: false })).data.setUserActive.active).toBe(false);
    expect(await activeAdmins()).toBe(1);
  });

  it('keeps one when two administrators deactivate each other at once', async () => {
    await db.dataSource.getRepository(User).update({ role: Role.ADMIN }, { active: false });
    const a = await admin('first-of-two');
    const b = await admin('second-of-two');
    const results = await Promise.allSettled([
      setUserActive(db.dataSource, b, false, { id: Number(a), email: 'a' }),
      setUserActive(db.dataSource, a, false, { id: Number(b), email: 'b' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    expect(await activeAdmins()).toBe(1);

    // Demoting and deactivating at once: the same rule holds.
    const c = await admin('third');
    const survivor = (await db.dataSource.getRepository(User).findOneByOrFail({ role: Role.ADMIN, active: true, id: Number(a) }).catch(() => null)) ? a : b;
    const both = await Promise.allSettled([
      updateUser(db.dataSource, c, { role: Role.ANALYST }, null),
      setUserActive(db.dataSource, survivor, false, null),
    ]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await activeAdmins()).toBe(1);
  });
});
