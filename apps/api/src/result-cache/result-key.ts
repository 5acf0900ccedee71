/**
 * What a cached answer depends on, and its key: a hash of the operation, the
 * question normalised (the same question asked two ways is one key), what the
 * caller may see (their scope and the disclosure rule applied), today's date,
 * the database, and the versions of the kinds of data the operation reads.
 * Any change to any of these is a new key; nothing is ever invalidated by hand.
 */
import { createHash } from 'crypto';
import { resolve } from 'path';
import type { DataSource } from 'typeorm';
import { versionTag, type DataKind, type DataVersions } from '../data-versions/data-versions';

/** Bump when the shape of a cached answer changes, so processes running the old code never read the new one (and back). */
const KEY_FORMAT = 1;

export type CachedOperation = 'trend' | 'annualReport' | 'reportTable' | 'embedFigures';

/** Every role that reads aggregates sees the whole directorate's (README: managers included); they hold no personal details. */
export const DIRECTORATE_SCOPE = 'directorate';
/** Published figures (embeds): anyone with the link. */
export const PUBLIC_SCOPE = 'public';
/** Staff see exact figures. */
export const NO_DISCLOSURE_RULE = 'NONE';

/** A scope limited to some service areas (a manager's), for answers that are: never served to any other set of areas. */
export function serviceAreaScope(codes: readonly string[]): string {
  return `areas:${[...new Set(codes)].sort().join(',')}`;
}

export interface CacheQuestion {
  operation: CachedOperation;
  /** The question, normalised so that equal questions give equal values (object key order does not matter). */
  input: unknown;
  /** What the caller may see: DIRECTORATE_SCOPE, PUBLIC_SCOPE or a serviceAreaScope. */
  scope: string;
  /** The disclosure rule applied to the figures (NO_DISCLOSURE_RULE for staff). */
  rule: string;
  /** The kinds of data the answer is computed from. */
  reads: readonly DataKind[];
  /** Today's date: open-ended questions, deadlines and "latest year" checks move with it. */
  today: string;
}

/** JSON with object keys sorted at every level, and undefined left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const identities = new WeakMap<DataSource, string>();

/** Which database: the same for every process serving it, different for any other sharing the Redis (credentials left out). */
export function databaseIdentity(dataSource: DataSource): string {
  let identity = identities.get(dataSource);
  if (identity) return identity;
  type Server = { url?: string; host?: string; port?: number; database?: string };
  const options = dataSource.options as { type: string; database?: unknown; url?: string; host?: string; port?: number; replication?: { master: Server } };
  if (options.type === 'better-sqlite3') identity = `sqlite:${options.database === ':memory:' ? `:memory:${Math.random()}` : resolve(String(options.database))}`;
  else {
    // With replicas, the primary names the database.
    const server: Server = options.replication?.master ?? (options as Server);
    const url = server.url ? new URL(server.url) : null;
    identity = url
      ? `mysql:${url.hostname}:${url.port || '3306'}${url.pathname}`
      : `mysql:${server.host ?? 'localhost'}:${server.port ?? 3306}/${server.database ?? ''}`;
  }
  identities.set(dataSource, identity);
  return identity;
}

export function resultKey(question: CacheQuestion, versions: DataVersions, database: string): string {
  const { operation, input, scope, rule, reads, today } = question;
  const basis = canonicalJson([KEY_FORMAT, operation, input, scope, rule, today, database, versionTag(versions, reads)]);
  return `result:${operation}:${createHash('sha256').update(basis).digest('base64url')}`;
}
