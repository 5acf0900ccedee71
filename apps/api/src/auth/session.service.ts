/**
 * Session tokens: 32 random bytes, handed to the client once, stored only as a
 * SHA-256 hash, valid for a working day.
 */
import { createHash, randomBytes } from 'crypto';
import { DataSource, EntityManager, LessThan, Not } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { Session } from './session.entity';
import { UserServiceArea } from './user-service-area.entity';
import { User } from './user.entity';

export const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

export interface AuthUser {
  id: number;
  email: string;
  name: string;
  role: User['role'];
  /** Service managers' service areas (ids); empty for other roles. */
  serviceAreaIds: number[];
  /** Signed in with a temporary password: may do nothing but change it (auth-checker.ts). */
  mustChangePassword: boolean;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(dataSource: DataSource, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await inTransaction(dataSource, async (manager) => {
    await manager.insert(Session, { tokenHash: hashToken(token), userId, expiresAt });
    // Expired sessions are removed as new ones are made, so the table stays small.
    await manager.delete(Session, { expiresAt: LessThan(now) });
  });
  return { token, expiresAt };
}

export async function endSession(dataSource: DataSource, token: string): Promise<void> {
  await inTransaction(dataSource, (manager) => manager.delete(Session, { tokenHash: hashToken(token) }));
}

/** Ends every session of a user but the one `token` belongs to (after a password change). */
export async function endOtherSessions(manager: EntityManager, userId: number, token: string): Promise<void> {
  await manager.delete(Session, { userId, tokenHash: Not(hashToken(token)) });
}

export async function loadAuthUser(dataSource: DataSource, user: User): Promise<AuthUser> {
  const areas = await dataSource.getRepository(UserServiceArea).find({ where: { userId: user.id } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    serviceAreaIds: areas.map((a) => a.serviceAreaId),
    mustChangePassword: user.mustChangePassword,
  };
}

const sessionLookups = new WeakMap<DataSource, string>();

/**
 * The session lookup's SQL (named parameters :hash, :now, :active), built once per data source: building it
 * with the query builder on every request cost as much as the database took to answer it.
 */
function sessionLookup(dataSource: DataSource): string {
  let sql = sessionLookups.get(dataSource);
  if (sql === undefined) {
    sql = dataSource
      .createQueryBuilder()
      .from(Session, 's')
      .innerJoin(User, 'u', 'u.id = s.userId')
      .leftJoin(UserServiceArea, 'a', 'a.userId = u.id')
      .select(['u.id AS id', 'u.email AS email', 'u.name AS name', 'u.role AS role', 'u.mustChangePassword AS mustChangePassword', 'a.serviceAreaId AS serviceAreaId'])
      .where('s.tokenHash = :hash')
      .andWhere('s.expiresAt > :now')
      .andWhere('u.active = :active')
      .getQuery();
    sessionLookups.set(dataSource, sql);
  }
  return sql;
}

/**
 * The signed-in user for a token, or null when it is unknown, expired or the
 * user is inactive. One query (session, user and a manager's areas joined):
 * every request pays for it.
 */
export async function userForToken(dataSource: DataSource, token: string, now = new Date()): Promise<AuthUser | null> {
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(sessionLookup(dataSource), { hash: hashToken(token), now, active: true });
  const rows: Array<{ id: number; email: string; name: string; role: User['role']; mustChangePassword: number | boolean; serviceAreaId: number | null }> =
    await dataSource.query(sql, parameters);
  if (!rows.length) return null;
  const [first] = rows;
  return {
    id: Number(first.id),
    email: first.email,
    name: first.name,
    role: first.role,
    serviceAreaIds: rows.flatMap((r) => (r.serviceAreaId === null ? [] : [Number(r.serviceAreaId)])),
    // Raw rows carry the flag as 0/1 on both dialects.
    mustChangePassword: Boolean(Number(first.mustChangePassword)),
  };
}
