/**
 * The one place the API reads its environment. Parsed and validated once at
 * start-up; everything else receives the resulting AppConfig.
 */
import { isIP } from 'net';
import { resolve } from 'path';
import { z } from 'zod';

/** Repository root: config.ts sits in apps/api/{src,dist}/config/. */
const REPO_ROOT = resolve(__dirname, '../../../..');

export type DatabaseConfig =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'mysql'; url: string };

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
  /** pino level for the structured JSON log on standard output. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be fatal, error, warn, info, debug, trace or silent' })
    .optional(),
});

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
  const database: DatabaseConfig = e.DATABASE_URL
    ? { dialect: 'mysql', url: e.DATABASE_URL.replace(/^mariadb:/, 'mysql:') }
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
    // Tests keep their output readable; a server logs requests at info.
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
