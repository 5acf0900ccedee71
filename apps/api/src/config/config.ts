/**
 * The one place the API reads its environment. Parsed and validated once at
 * start-up; everything else receives the resulting AppConfig.
 */
import { DEFAULT_DISCLOSURE_RULE, DISCLOSURE_RULE_IDS, type DisclosureRuleId } from '@complaints/domain';
import { isIP } from 'net';
import { resolve } from 'path';
import { z } from 'zod';

/** Repository root: config.ts sits in apps/api/{src,dist}/config/. */
const REPO_ROOT = resolve(__dirname, '../../../..');

export type DatabaseConfig =
  | { dialect: 'sqlite'; path: string }
  | {
      dialect: 'mysql';
      url: string;
      replicas?: ReplicaConfig;
      /** Connections in the pool (each replica gets a pool of the same size); see docs/scaling.md. */
      poolSize?: number;
    };

/**
 * mysql2's own default is 10. Aggregates run at most 8 statements at once whatever the pool (the server's cores
 * are the limit), so 20 leaves a dozen connections for sign-in, sessions, the data versions every cached answer
 * reads, writes and /healthz: with 10, 50 analysts' cache hits queued behind the aggregates on the last two.
 */
export const DEFAULT_DATABASE_POOL_SIZE = 20;

/** Read replicas of a MySQL/MariaDB primary (scaling/replica-reads.ts; docs/scaling.md). */
export interface ReplicaConfig {
  /** One URL per replica (same database name and credentials scheme as DATABASE_URL). */
  urls: string[];
  /**
   * How long an aggregate waits for a replica to apply every write acknowledged before it started
   * (MariaDB MASTER_GTID_WAIT, MySQL WAIT_FOR_EXECUTED_GTID_SET) before reading the primary instead.
   */
  waitMs: number;
}

/** The result cache of trends, the annual report and embeds (result-cache/). */
export interface ResultCacheConfig {
  /** memory: one LRU per process; redis: shared by every process using REDIS_URL; off: every answer computed. */
  store: 'memory' | 'redis' | 'off';
  /** The memory store's size; with Redis, no single answer larger than a quarter of it is kept. */
  maxBytes: number;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Load the demo dataset into an empty database on start (never in production). */
  seedDemoData: boolean;
  /** Built web app served at `/` when present. */
  webDistPath: string;
  /**
   * Express 'trust proxy': which proxies' X-Forwarded-For to believe (sign-in limits and logs go by client
   * address). A number is a hop count (1: one reverse proxy, e.g. the compose file's nginx); a string lists
   * addresses, CIDR ranges or loopback/linklocal/uniquelocal.
   */
  trustProxy: string | number;
  /** Shared store for state several API processes must agree on (sign-in limits); null: in memory, one process. */
  redisUrl: string | null;
  resultCache: ResultCacheConfig;
  /**
   * Requests that run their JavaScript at once (request-turns/); the rest wait their turn, and /healthz and static
   * files never do. null: no limit. Default: 4 on SQLite, where the API's one thread also runs the database; 16 on
   * MySQL, where requests also hold their place while they wait for sessions, versions and writes.
   */
  activeRequests: number | null;
  /**
   * A query document is compiled by graphql-jit once it has run this many times (graphql/compiled-execution.ts);
   * null: graphql-js runs everything. Default 2: the web app's documents compile on their third run, one sent once
   * never does.
   */
  graphqlJit: number | null;
  /** pino level for the structured JSON log on standard output. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The product's address as readers reach it (no trailing slash): embed URLs and snippets start with it. */
  publicUrl: string;
  /** Origins (scheme://host[:port]) whose pages may frame embedded charts; empty: only this site. */
  embedAllowedOrigins: string[];
  /** The disclosure rule a new embed applies unless its publisher chooses another. */
  disclosureRule: EmbedDisclosureRule;
  /** The council named in the source line of every chart image ('Source: Complaints Insight, <council>'); null: the product alone. */
  councilName: string | null;
  /**
   * Where people report an accessibility problem, named in the public accessibility statement (/accessibility), as
   * the Public Sector Bodies Accessibility Regulations 2018 require; both null: the statement asks them to tell the
   * complaints team.
   */
  accessibilityContact: AccessibilityContact;
  /** AES-256-GCM key for db:backup / db:restore files (32 bytes); null: backups are written unencrypted. */
  backupKey: Buffer | null;
  /**
   * When a Children Act Stage 2 clock starts: on the request (REQUEST) or on the agreed statement of complaint
   * (AGREED_STATEMENT); councils differ (SI 2006/1738 reg 17 and its guidance). Issue 13.
   */
  childrenActStage2Clock: 'REQUEST' | 'AGREED_STATEMENT';
}

export interface AccessibilityContact {
  email: string | null;
  phone: string | null;
}

/** The rules an embed may apply: every suppressing rule (NONE would publish raw small numbers). */
export type EmbedDisclosureRule = Exclude<DisclosureRuleId, 'NONE'>;
export const EMBED_DISCLOSURE_RULES = DISCLOSURE_RULE_IDS.filter((id): id is EmbedDisclosureRule => id !== 'NONE') as [EmbedDisclosureRule, ...EmbedDisclosureRule[]];

/** An origin exactly as a browser sends it: http(s), a host, an optional port; nothing else (no path, no wildcard). */
export function isOrigin(value: string): boolean {
  // Host and port characters only: a ';' or quote would end the CSP directive it is written into (frame-ancestors).
  if (!/^https?:\/\/[^/*?#\s;,'"]+$/.test(value)) return false;
  try {
    return new URL(value).origin === value.toLowerCase();
  } catch {
    return false;
  }
}

/** One entry of a TRUST_PROXY list, as Express's proxy-addr accepts it. */
function isTrustedProxy(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

const mysqlUrl = z
  .string()
  .trim()
  .refine((v) => /^(mysql|mariadb):\/\/[^/]+\/[^/?]+/.test(v), {
    message: 'must look like mysql://user:password@host:3306/database',
  });

/** A 32-byte key written as 64 hex digits or as base64 (e.g. `openssl rand -base64 32`); null if it is neither. */
export function parseBackupKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return null;
  const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === 32 ? key : null;
}

/** A text setting left blank (or only spaces, as `KEY= ` in an env file) counts as not set. */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 1 to 65535' })
    .int({ error: 'must be a whole number from 1 to 65535' })
    .min(1, { error: 'must be a whole number from 1 to 65535' })
    .max(65535, { error: 'must be a whole number from 1 to 65535' })
    .default(4000),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), mysqlUrl.optional()),
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .refine((v) => v.split(',').every((u) => !u.trim() || mysqlUrl.safeParse(u).success), {
      message: 'must be a comma-separated list of addresses such as mysql://user:password@replica1:3306/database',
    }),
  REPLICA_WAIT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds from 0 to 10000' })
    .int({ error: 'must be a whole number of milliseconds from 0 to 10000' })
    .min(0, { error: 'must be a whole number of milliseconds from 0 to 10000' })
    .max(10000, { error: 'must be a whole number of milliseconds from 0 to 10000' })
    .default(500),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number from 4 to 500' })
    .int({ error: 'must be a whole number from 4 to 500' })
    .min(4, { error: 'must be a whole number from 4 to 500' })
    .max(500, { error: 'must be a whole number from 4 to 500' })
    .default(DEFAULT_DATABASE_POOL_SIZE),
  SQLITE_PATH: z.string().trim().min(1).default('data/complaints.sqlite'),
  SEED_DEMO_DATA: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
  WEB_DIST_PATH: z.string().trim().min(1).default('apps/web/dist'),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('loopback')
    .refine((v) => /^\d{1,2}$/.test(v) || v.split(',').every((p) => isTrustedProxy(p.trim())), {
      message: 'must be a number of proxy hops (e.g. 1) or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal',
    }),
  REDIS_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .refine((v) => /^rediss?:\/\/[^/]+/.test(v), { message: 'must look like redis://host:6379' })
      .optional(),
  ),
  RESULT_CACHE: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['memory', 'redis', 'off'], { error: 'must be memory, redis or off' }).optional()),
  RESULT_CACHE_MAX_MB: z.coerce
    .number({ error: 'must be a whole number of megabytes from 1 to 65536' })
    .int({ error: 'must be a whole number of megabytes from 1 to 65536' })
    .min(1, { error: 'must be a whole number of megabytes from 1 to 65536' })
    .max(65536, { error: 'must be a whole number of megabytes from 1 to 65536' })
    .default(64),
  ACTIVE_REQUESTS: z
    .string()
    .trim()
    .default('auto')
    .refine((v) => v === 'auto' || v === 'off' || (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 256), {
      message: 'must be auto, off or a whole number from 1 to 256',
    }),
  GRAPHQL_JIT: z
    .string()
    .trim()
    .default('2')
    .refine((v) => v === 'off' || (/^\d{1,4}$/.test(v) && Number(v) <= 1000), {
      message: 'must be off or a whole number of runs from 0 to 1000',
    }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be fatal, error, warn, info, debug, trace or silent' })
    .optional(),
  PUBLIC_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .refine((v) => /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(v), { message: 'must be an http(s) address such as https://insight.example.gov.uk' })
      .optional(),
  ),
  EMBED_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .refine((v) => v.split(',').every((o) => !o.trim() || isOrigin(o.trim())), {
      message: "must be a comma-separated list of origins such as https://intranet.example.gov.uk (scheme, host and port only; no '*')",
    }),
  DISCLOSURE_RULE: z.enum(EMBED_DISCLOSURE_RULES, { error: `must be one of ${EMBED_DISCLOSURE_RULES.join(', ')}` }).default(DEFAULT_DISCLOSURE_RULE as EmbedDisclosureRule),
  CHILDREN_ACT_STAGE2_CLOCK: z.enum(['REQUEST', 'AGREED_STATEMENT'], { error: 'must be REQUEST or AGREED_STATEMENT' }).default('REQUEST'),
  COUNCIL_NAME: z.preprocess(blankIsUnset, z.string().trim().max(120, { message: 'must be at most 120 characters' }).optional()),
  ACCESSIBILITY_CONTACT_EMAIL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .max(254, { message: 'must be at most 254 characters' })
      .refine((v) => /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/.test(v), { message: 'must be an email address such as accessibility@example.gov.uk' })
      .optional(),
  ),
  ACCESSIBILITY_CONTACT_PHONE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .refine((v) => /^\+?[0-9 ()-]{6,30}$/.test(v) && (v.match(/[0-9]/g) ?? []).length >= 6, {
        message: 'must be a phone number of digits, spaces, brackets and dashes such as 023 8083 2222',
      })
      .optional(),
  ),
  BACKUP_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => parseBackupKey(v) !== null, { message: 'must be a 32-byte key written as 64 hex digits or base64 (e.g. openssl rand -base64 32)' })
      .optional(),
  ),
});

/**
 * The defaults (bench:load, 50 analysts at 1M contacts, bench/README.md). SQLite: enough to overlap a few requests'
 * waits for the reader processes, few enough that a new request waits behind little work (/healthz worst 30–40 ms,
 * against 275 ms with no limit). MySQL: a place is held through a write's round trips (an aggregate gives it up while
 * it waits), and each round trip waits for the requests in the loop's turn: 6 gave p95 166–172 ms, 16 gave 271–278
 * ms, with the same requests a second (session 30); on session 21's faster machine 8 and 16 were alike.
 */
export const ACTIVE_REQUESTS_DEFAULT = { sqlite: 4, mysql: 6 } as const;

function activeRequests(setting: string, dialect: DatabaseConfig['dialect']): number | null {
  if (setting === 'off') return null;
  if (setting === 'auto') return ACTIVE_REQUESTS_DEFAULT[dialect];
  return Number(setting);
}

/** Every environment variable the API reads (docs and .env.example must list each). */
export const CONFIG_KEYS: readonly string[] = Object.keys(envSchema.shape);

export class ConfigError extends Error {}

/** Parses an environment into an AppConfig, or throws a ConfigError with a one-line reason. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.SEED_DEMO_DATA === 'true' && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration: SEED_DEMO_DATA=true is not allowed when NODE_ENV=production');
  }
  if (e.RESULT_CACHE === 'redis' && !e.REDIS_URL) {
    throw new ConfigError('Invalid configuration: RESULT_CACHE=redis needs REDIS_URL');
  }
  const replicaUrls = e.DATABASE_REPLICA_URLS.split(',').map((u) => u.trim().replace(/^mariadb:/, 'mysql:')).filter(Boolean);
  if (replicaUrls.length && !e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (the primary); SQLite has no replicas');
  }
  const database: DatabaseConfig = e.DATABASE_URL
    ? {
        dialect: 'mysql',
        url: e.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
        poolSize: e.DATABASE_POOL_SIZE,
        // Without replicas the MySQL config stays exactly as before (one pool, everything on it).
        ...(replicaUrls.length ? { replicas: { urls: replicaUrls, waitMs: e.REPLICA_WAIT_MS } } : {}),
      }
    : { dialect: 'sqlite', path: resolve(REPO_ROOT, e.SQLITE_PATH) };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database,
    seedDemoData: e.SEED_DEMO_DATA === 'true' || (e.SEED_DEMO_DATA === 'auto' && e.NODE_ENV !== 'production'),
    webDistPath: resolve(REPO_ROOT, e.WEB_DIST_PATH),
    trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    redisUrl: e.REDIS_URL ?? null,
    // Shared through Redis when there is one, so every process answers from every other's work.
    resultCache: { store: e.RESULT_CACHE ?? (e.REDIS_URL ? 'redis' : 'memory'), maxBytes: e.RESULT_CACHE_MAX_MB * 1024 * 1024 },
    activeRequests: activeRequests(e.ACTIVE_REQUESTS, database.dialect),
    graphqlJit: e.GRAPHQL_JIT === 'off' ? null : Number(e.GRAPHQL_JIT),
    // Tests keep their output readable; a server logs requests at info.
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    embedAllowedOrigins: [...new Set(e.EMBED_ALLOWED_ORIGINS.split(',').map((o) => o.trim().toLowerCase()).filter(Boolean))],
    disclosureRule: e.DISCLOSURE_RULE,
    councilName: e.COUNCIL_NAME ?? null,
    accessibilityContact: { email: e.ACCESSIBILITY_CONTACT_EMAIL ?? null, phone: e.ACCESSIBILITY_CONTACT_PHONE ?? null },
    backupKey: e.BACKUP_KEY ? parseBackupKey(e.BACKUP_KEY) : null,
    childrenActStage2Clock: e.CHILDREN_ACT_STAGE2_CLOCK,
  };
}
