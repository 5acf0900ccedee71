/**
 * Sessions end when they expire and when their user is deactivated, on both dialects; on MySQL/MariaDB the
 * same statement reads the data versions, and a session read before is kept while the accounts version stays.
 */
import { bumpDataVersions, readDataVersions } from '../data-versions/data-versions';
import { openDatabase } from '../db/data-source';
import { inTransaction } from '../db/transaction';
import { saveOwnPassword } from './password-change.service';
import { forgetSessions } from './session-cache';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { Role } from './role';
import { createSession, endSession, readSession, SESSION_LIFETIME_MS, userForToken } from './session.service';
import { Session } from './session.entity';
import { resetUserPassword, setUserActive, updateUser } from './user-admin.service';
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

  it('keeps a session it has read on MySQL/MariaDB, reading only the data versions for it next time; joins every time on SQLite', async () => {
    const user = await createUser(db.dataSource, { email: 'session-kept@test.example', name: 'K', password: 'a-long-test-password', role: Role.ANALYST });
    const { token } = await createSession(db.dataSource, user.id);
    const first = await readSession(db.dataSource, token);
    const statements = jest.spyOn(db.dataSource, 'query');
    let again: Awaited<ReturnType<typeof readSession>>;
    try {
      again = await readSession(db.dataSource, token);
      expect(statements).toHaveBeenCalledTimes(1);
      const sql = String(statements.mock.calls[0][0]);
      if (db.dialect === 'mysql') {
        expect(sql).toMatch(/data_version/);
        expect(sql).not.toMatch(/session|app_user/);
      } else {
        expect(sql).toMatch(/session/);
      }
    } finally {
      statements.mockRestore();
    }
    expect(again.user).toEqual(first.user);
    if (db.dialect === 'mysql') expect(again.versions).toEqual(await readDataVersions(db.dataSource));
    // What a request does to its user does not reach the next request's.
    again.user!.serviceAreaIds.push(999);
    again.user!.role = Role.ADMIN;
    expect((await readSession(db.dataSource, token)).user).toEqual(first.user);
  });

  it('sees every change to a kept session at once, whether this process or another made it', async () => {
    const user = await createUser(db.dataSource, {
      email: 'session-changes@test.example',
      name: 'C',
      password: 'a-long-test-password',
      role: Role.SERVICE_MANAGER,
      serviceAreas: ['SOCIAL_CARE'],
    });
    const other = await openDatabase(db.config);
    try {
      const id = String(user.id);
      let { token } = await createSession(db.dataSource, user.id);
      const read = async () => (await readSession(db.dataSource, token)).user;
      expect((await read())!.serviceAreaIds).toHaveLength(1);
      // Each change made by the other process (another API process, a CLI), then here.
      await updateUser(other, id, { serviceAreas: ['SOCIAL_CARE', 'INCLUSION'] }, null);
      expect((await read())!.serviceAreaIds).toHaveLength(2);
      await updateUser(other, id, { name: 'Renamed', role: Role.ANALYST }, null);
      expect(await read()).toMatchObject({ name: 'Renamed', role: Role.ANALYST, serviceAreaIds: [] });
      await updateUser(db.dataSource, id, { role: Role.COMPLAINTS_OFFICER }, null);
      expect(await read()).toMatchObject({ role: Role.COMPLAINTS_OFFICER });
      // Signing out.
      await endSession(other, token);
      expect(await read()).toBeNull();
      ({ token } = await createSession(db.dataSource, user.id));
      expect(await read()).not.toBeNull();
      // A password reset ends the sessions; the holder's own change clears the reset's flag.
      await resetUserPassword(other, id, null);
      expect(await read()).toBeNull();
      ({ token } = await createSession(db.dataSource, user.id));
      const temporary = (await read())!;
      expect(temporary.mustChangePassword).toBe(true);
      await saveOwnPassword(other, temporary, token, 'not-a-real-hash');
      expect((await read())!.mustChangePassword).toBe(false);
      // Deactivated elsewhere, and by a write that bypasses the services.
      await setUserActive(other, id, false, null);
      expect(await read()).toBeNull();
      await setUserActive(db.dataSource, id, true, null);
      ({ token } = await createSession(db.dataSource, user.id));
      expect(await read()).not.toBeNull();
      await other.getRepository(User).update(user.id, { active: false });
      expect(await read()).toBeNull();
    } finally {
      await other.destroy();
    }
  });

  it('ends a kept session at its own expiry, and keeps using it when a write to other data or a rolled-back one happened', async () => {
    const user = await createUser(db.dataSource, { email: 'session-expiry@test.example', name: 'E', password: 'a-long-test-password', role: Role.ANALYST });
    const issued = new Date();
    const { token } = await createSession(db.dataSource, user.id, issued);
    expect(await userForToken(db.dataSource, token)).not.toBeNull();
    await inTransaction(db.dataSource, (manager) => bumpDataVersions(manager, ['contacts']));
    await expect(
      inTransaction(db.dataSource, async (manager) => {
        await manager.update(User, { id: user.id }, { role: Role.ADMIN });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await userForToken(db.dataSource, token)).toMatchObject({ role: Role.ANALYST });
    expect(await userForToken(db.dataSource, token, new Date(issued.getTime() + SESSION_LIFETIME_MS + 1000))).toBeNull();
    forgetSessions(db.dataSource);
    expect(await userForToken(db.dataSource, token)).toMatchObject({ role: Role.ANALYST });
  });
});
