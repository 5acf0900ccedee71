import type { DataSource } from 'typeorm';
import { cachedSessionUser, forgetSessions, hasCachedSession, rememberSession, SESSION_CACHE_ENTRIES, SESSION_CACHE_MAX_AGE_MS } from './session-cache';
import type { AuthUser } from './session.service';

const user = (id: number): AuthUser => ({ id, email: `u${id}@test.example`, name: `U${id}`, role: 'SERVICE_MANAGER', serviceAreaIds: [1, 2], mustChangePassword: false });
const now = new Date('2030-01-01T09:00:00Z');
const later = new Date('2030-01-01T21:00:00Z');

describe('session cache', () => {
  let dataSource: DataSource;
  beforeEach(() => {
    dataSource = {} as DataSource;
  });

  it('gives a kept session back only under the accounts version it was read under, and drops it otherwise', () => {
    rememberSession(dataSource, 'h1', user(1), later, 'accounts:5@1', now);
    expect(cachedSessionUser(dataSource, 'h1', 'accounts:5@1', now)).toEqual(user(1));
    expect(cachedSessionUser(dataSource, 'h1', 'accounts:6@2', now)).toBeUndefined();
    expect(hasCachedSession(dataSource, 'h1')).toBe(false);
    expect(cachedSessionUser(dataSource, 'h1', 'accounts:5@1', now)).toBeUndefined();
  });

  it('drops a session at its expiry, and a minute after it was read at the latest', () => {
    const soon = new Date(now.getTime() + 10_000);
    rememberSession(dataSource, 'h1', user(1), soon, 'v', now);
    expect(cachedSessionUser(dataSource, 'h1', 'v', new Date(soon.getTime() - 1))).toBeDefined();
    expect(cachedSessionUser(dataSource, 'h1', 'v', soon)).toBeUndefined();
    rememberSession(dataSource, 'h2', user(2), later, 'v', now);
    expect(cachedSessionUser(dataSource, 'h2', 'v', new Date(now.getTime() + SESSION_CACHE_MAX_AGE_MS - 1))).toBeDefined();
    expect(cachedSessionUser(dataSource, 'h2', 'v', new Date(now.getTime() + SESSION_CACHE_MAX_AGE_MS))).toBeUndefined();
  });

  it('hands out copies: changing one touches neither the kept session nor the caller\'s original', () => {
    const original = user(1);
    rememberSession(dataSource, 'h1', original, later, 'v', now);
    original.serviceAreaIds.push(3);
    const given = cachedSessionUser(dataSource, 'h1', 'v', now)!;
    given.serviceAreaIds.push(4);
    given.role = 'ADMIN';
    expect(cachedSessionUser(dataSource, 'h1', 'v', now)).toEqual(user(1));
  });

  it('keeps at most SESSION_CACHE_ENTRIES, the oldest kept going first, and one cache per data source', () => {
    for (let i = 0; i <= SESSION_CACHE_ENTRIES; i++) rememberSession(dataSource, `h${i}`, user(i), later, 'v', now);
    expect(hasCachedSession(dataSource, 'h0')).toBe(false);
    expect(hasCachedSession(dataSource, 'h1')).toBe(true);
    expect(hasCachedSession(dataSource, `h${SESSION_CACHE_ENTRIES}`)).toBe(true);
    expect(hasCachedSession({} as DataSource, 'h1')).toBe(false);
    forgetSessions(dataSource);
    expect(hasCachedSession(dataSource, 'h1')).toBe(false);
  });
});
