/**
 * The sessions a process has looked up, by token hash, each with the accounts version it was read under
 * (data-versions/data-kinds.ts). A request whose token is here reads only the data versions, which it reads anyway
 * for cached answers, instead of joining session, user and service areas: on MariaDB that join was the larger part
 * of every signed-in request's one statement (bench/README.md, session 32).
 *
 * Exact, not "fresh enough": any write to a user, a manager's service areas or a session bumps the accounts
 * version in its own transaction, in whichever process made it, so an entry is used only while nothing it was read
 * from has changed since, as committed data shows at the request's own read. Expiry is checked against the entry's
 * own time. Bounded: the oldest entries go first, and a council's staff fit many times over. And kept for a minute
 * at most, for the one change the version cannot see: an account changed by hand in the database, bypassing the API.
 */
import type { DataSource } from 'typeorm';
import type { AuthUser } from './session.service';

export const SESSION_CACHE_ENTRIES = 5_000;
export const SESSION_CACHE_MAX_AGE_MS = 60_000;

interface CachedSession {
  user: AuthUser;
  /** Epoch ms: the session's own end, or a minute after it was read if sooner. */
  keptUntil: number;
  /** The accounts version (versionTag) the session was read under. */
  accounts: string;
}

const caches = new WeakMap<DataSource, Map<string, CachedSession>>();

/** A user of its own: what one request does to its user must reach neither the kept session nor the next request. */
const copyOf = (user: AuthUser): AuthUser => ({ ...user, serviceAreaIds: [...user.serviceAreaIds] });

function cacheOf(dataSource: DataSource): Map<string, CachedSession> {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new Map()));
  return cache;
}

/** Whether a session is kept for this token hash (whatever its version): worth reading the versions alone first. */
export function hasCachedSession(dataSource: DataSource, tokenHash: string): boolean {
  return caches.get(dataSource)?.has(tokenHash) ?? false;
}

/**
 * The user of a kept session, if it was read under `accounts` and has not expired by `now`; a copy, so that
 * nothing a request does to its user reaches the next. An entry no longer valid is dropped.
 */
export function cachedSessionUser(dataSource: DataSource, tokenHash: string, accounts: string, now: Date): AuthUser | undefined {
  const cache = caches.get(dataSource);
  const entry = cache?.get(tokenHash);
  if (!cache || !entry) return undefined;
  if (entry.accounts !== accounts || now.getTime() >= entry.keptUntil) {
    cache.delete(tokenHash);
    return undefined;
  }
  return copyOf(entry.user);
}

/** Keeps a session read at `now` under `accounts` (the version read at the same moment as the session, or before it). */
export function rememberSession(dataSource: DataSource, tokenHash: string, user: AuthUser, expiresAt: Date, accounts: string, now: Date): void {
  const cache = cacheOf(dataSource);
  cache.delete(tokenHash);
  if (cache.size >= SESSION_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(tokenHash, { user: copyOf(user), keptUntil: Math.min(expiresAt.getTime(), now.getTime() + SESSION_CACHE_MAX_AGE_MS), accounts });
}

/** Forgets every kept session of this data source (tests; a process never needs to). */
export function forgetSessions(dataSource: DataSource): void {
  caches.delete(dataSource);
}
