/**
 * Session tokens: 32 random bytes, handed to the client once, stored only as a
 * SHA-256 hash, valid for a working day.
 */
import { createHash, randomBytes } from 'crypto';
import { DataSource, EntityManager, LessThan, Not } from 'typeorm';
import { ACCOUNTS_KIND } from '../data-versions/data-kinds';
import { dataVersionsSelect, hasVersions, versionsFromRows, versionTag, type DataVersionRow, type DataVersions } from '../data-versions/data-versions';
import { inTransaction } from '../db/transaction';
import { cachedSessionUser, hasCachedSession, rememberSession } from './session-cache';
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

interface SessionLookup {
  /** Named parameters :hash, :now, :active. */
  sql: string;
  /** Whether the data versions come back in the same rows (MySQL/MariaDB), and sessions are kept (session-cache.ts). */
  withVersions: boolean;
  /** The data versions alone: all a request whose session is kept reads. */
  versionsSql: string;
}

const sessionLookups = new WeakMap<DataSource, SessionLookup>();

/**
 * The session lookup's SQL, built once per data source: building it with the query builder on every request
 * cost as much as the database took to answer it.
 *
 * On MySQL/MariaDB the same statement also reads every kind's data version (UNION ALL, a few rows more): a
 * cached answer needs them (result-cache/), and each statement costs the API's one thread a write and a read
 * on the socket, a share of its time as large as a cached answer's own work. On SQLite the versions are read
 * on a connection of their own (data-versions/committed-reads.ts), in-process, so nothing is gained; nor would
 * keeping sessions gain anything there, where the join is an in-process call of microseconds.
 */
function sessionLookup(dataSource: DataSource): SessionLookup {
  let lookup = sessionLookups.get(dataSource);
  if (lookup === undefined) {
    const withVersions = dataSource.options.type !== 'better-sqlite3';
    const session = dataSource
      .createQueryBuilder()
      .from(Session, 's')
      .innerJoin(User, 'u', 'u.id = s.userId')
      .leftJoin(UserServiceArea, 'a', 'a.userId = u.id')
      .select(['u.id AS id', 'u.email AS email', 'u.name AS name', 'u.role AS role', 'u.mustChangePassword AS mustChangePassword', 'a.serviceAreaId AS serviceAreaId', 's.expiresAt AS expiresAt'])
      .where('s.tokenHash = :hash')
      .andWhere('s.expiresAt > :now')
      .andWhere('u.active = :active');
    if (withVersions) session.addSelect('NULL', 'versionName').addSelect('NULL', 'version').addSelect('NULL', 'versionUpdatedAt');
    // The versions' rows under the session's seven columns (not a derived table: MariaDB answered that 20 % slower).
    const sql = withVersions ? `${session.getQuery()} UNION ALL ${dataVersionsSelect(dataSource, 'NULL, NULL, NULL, NULL, NULL, NULL, NULL, ')}` : session.getQuery();
    lookup = { sql, withVersions, versionsSql: dataVersionsSelect(dataSource) };
    sessionLookups.set(dataSource, lookup);
  }
  return lookup;
}

interface SessionRow {
  id: number | null;
  email: string;
  name: string;
  role: User['role'];
  /** Raw rows carry the flag as 0/1 on both dialects. */
  mustChangePassword: number | boolean;
  serviceAreaId: number | null;
  /** The session's end (a Date on MySQL/MariaDB, where it is read). */
  expiresAt: unknown;
  /** Set on the data-version rows only (MySQL/MariaDB). */
  versionName?: string | null;
  version?: unknown;
  versionUpdatedAt?: unknown;
}

export interface RequestSession {
  /** The signed-in user, or null when the token is unknown, expired or the user inactive. */
  user: AuthUser | null;
  /** Every kind's data version, read in the same statement (MySQL/MariaDB); undefined where they are read apart. */
  versions?: DataVersions;
}

/** The accounts version kept sessions are checked against, or null where its rows are missing (none are kept then). */
function accountsVersion(versions: DataVersions): string | null {
  return hasVersions(versions, [ACCOUNTS_KIND]) ? versionTag(versions, [ACCOUNTS_KIND]) : null;
}

/**
 * The session a request carries: its user (session, user and a manager's areas joined) and, on MySQL/MariaDB,
 * the data versions as of the same moment. One statement: every signed-in request pays for it. On MySQL/MariaDB a
 * session this process has read before, under the accounts version read now, is used as it was (session-cache.ts),
 * and the statement reads the versions alone.
 */
export async function readSession(dataSource: DataSource, token: string, now = new Date()): Promise<RequestSession> {
  const lookup = sessionLookup(dataSource);
  const hash = hashToken(token);
  if (lookup.withVersions && hasCachedSession(dataSource, hash)) {
    const versions = versionsFromRows(dataSource, await dataSource.query<DataVersionRow[]>(lookup.versionsSql));
    const accounts = accountsVersion(versions);
    const user = accounts === null ? undefined : cachedSessionUser(dataSource, hash, accounts, now);
    if (user) return { user, versions };
  }
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(lookup.sql, { hash, now, active: true });
  const rows: SessionRow[] = await dataSource.query(sql, parameters);
  const { withVersions } = lookup;
  const userRows = withVersions ? rows.filter((r) => r.versionName === null) : rows;
  const versions = withVersions
    ? versionsFromRows(
        dataSource,
        rows.flatMap((r) => (r.versionName === null || r.versionName === undefined ? [] : [{ name: r.versionName, version: r.version, updatedAt: r.versionUpdatedAt }])),
      )
    : undefined;
  if (!userRows.length) return { user: null, versions };
  const [first] = userRows;
  const user: AuthUser = {
    id: Number(first.id),
    email: first.email,
    name: first.name,
    role: first.role,
    serviceAreaIds: userRows.flatMap((r) => (r.serviceAreaId === null ? [] : [Number(r.serviceAreaId)])),
    mustChangePassword: Boolean(Number(first.mustChangePassword)),
  };
  // Kept under the accounts version read in the same statement: a write committed since shows as a newer version.
  const accounts = versions ? accountsVersion(versions) : null;
  if (accounts !== null && first.expiresAt instanceof Date) rememberSession(dataSource, hash, user, first.expiresAt, accounts, now);
  return { user, versions };
}

/** The signed-in user for a token, or null when it is unknown, expired or the user is inactive. */
export async function userForToken(dataSource: DataSource, token: string, now = new Date()): Promise<AuthUser | null> {
  return (await readSession(dataSource, token, now)).user;
}
