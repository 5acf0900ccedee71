/**
 * Sessions end when they expire and when their user is deactivated, on both dialects; on MySQL/MariaDB the
 * same statement reads the data versions.
 */
import { bumpDataVersions, readDataVersions } from '../data-versions/data-versions';
import { inTransaction } from '../db/transaction';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { Role } from './role';
import { createSession, readSession, SESSION_LIFETIME_MS, userForToken } from './session.service';
import { Session } from './session.entity';
import { setUserActive } from './user-admin.service';
import { createUser } from './user.service';
import { User } from './user.entity';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

describe(`sessions (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it("finds the user and a manager's areas for a live token, and nobody for an expired one", async () => {
    const user = await createUser(db.dataSource, {
      email: 'session-manager@test.example',
      name: 'M',
      password: 'a-long-test-password',
      role: Role.SERVICE_MANAGER,
      serviceAreas: ['SOCIAL_CARE', 'INCLUSION'],
    });
    const issued = new Date('2030-01-01T09:00:00Z');
    const { token } = await createSession(db.dataSource, user.id, issued);
    const live = await userForToken(db.dataSource, token, new Date(issued.getTime() + 60_000));
    expect(live).toMatchObject({ email: 'session-manager@test.example', role: Role.SERVICE_MANAGER });
    expect(live!.serviceAreaIds).toHaveLength(2);
    expect(await userForToken(db.dataSource, token, new Date(issued.getTime() + SESSION_LIFETIME_MS + 1000))).toBeNull();
    expect(await userForToken(db.dataSource, 'not-a-token')).toBeNull();
  });

  it('ends the sessions of a deactivated user', async () => {
    const user = await createUser(db.dataSource, { email: 'session-analyst@test.example', name: 'A', password: 'a-long-test-password', role: Role.ANALYST });
    const { token } = await createSession(db.dataSource, user.id);
    expect(await userForToken(db.dataSource, token)).not.toBeNull();
    await db.dataSource.getRepository(User).update(user.id, { active: false });
    expect(await userForToken(db.dataSource, token)).toBeNull();
  });

  it('deletes the sessions of an account deactivated before sessions were ended on deactivation, when it is reactivated', async () => {
    const user = await createUser(db.dataSource, { email: 'session-returner@test.example', name: 'R', password: 'a-long-test-password', role: Role.ANALYST });
    const { token } = await createSession(db.dataSource, user.id);
    // As the old setUserActive did: the flag only, sessions left behind.
    await db.dataSource.getRepository(User).update(user.id, { active: false });
    await setUserActive(db.dataSource, String(user.id), true, null);
    expect(await db.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
    expect(await userForToken(db.dataSource, token)).toBeNull();
  });

  it('keeps the sessions of an active account an admin marks active again', async () => {
    const user = await createUser(db.dataSource, { email: 'session-stayer@test.example', name: 'S', password: 'a-long-test-password', role: Role.ANALYST });
    const { token } = await createSession(db.dataSource, user.id);
    await setUserActive(db.dataSource, String(user.id), true, null);
    expect(await userForToken(db.dataSource, token)).not.toBeNull();
  });

  it('reads the data versions in the same statement on MySQL/MariaDB, and none on SQLite (read apart there)', async () => {
    const user = await createUser(db.dataSource, { email: 'session-versions@test.example', name: 'V', password: 'a-long-test-password', role: Role.ANALYST });
    const { token } = await createSession(db.dataSource, user.id);
    const mysql = db.dataSource.options.type !== 'better-sqlite3';
    const statements = jest.spyOn(db.dataSource, 'query');
    let session: Awaited<ReturnType<typeof readSession>>;
    try {
      session = await readSession(db.dataSource, token);
      expect(statements).toHaveBeenCalledTimes(1);
    } finally {
      statements.mockRestore();
    }
    expect(session.user).toMatchObject({ id: user.id, role: Role.ANALYST, serviceAreaIds: [] });
    if (!mysql) {
      expect(session.versions).toBeUndefined();
      return;
    }
    expect(session.versions).toEqual(await readDataVersions(db.dataSource));
    // An unknown token still gets the versions (nobody signed in; the caller ignores them).
    expect((await readSession(db.dataSource, 'not-a-token')).versions).toEqual(session.versions);
    await inTransaction(db.dataSource, (manager) => bumpDataVersions(manager, ['learning_actions']));
    const after = (await readSession(db.dataSource, token)).versions!;
    expect(after.learning_actions!.version).toBe(session.versions!.learning_actions!.version + 1);
    expect(after.contacts).toEqual(session.versions!.contacts);
  });
});
