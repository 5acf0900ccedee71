/**
 * The one place the API reads its environment. Parsed and validated once at
 * start-up; everything else receives the resulting AppConfig.
 */
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
  /** Express 'trust proxy': which proxies' X-Forwarded-For to believe (for sign-in rate limits by address). */
  trustProxy: string;
  /** Shared store for state several API processes must agree on (sign-in limits); null: in memory, one process. */
  redisUrl: string | null;
  /** pino level for the structured JSON log on standard output. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  TRUST_PROXY: z.string().trim().min(1).default('loopback'),
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
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL ?? null,
    // Tests keep their output readable; a server logs requests at info.
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
