/**
 * The API's one logger: structured JSON lines on standard output (pino), so a
 * log shipper can index them. Secrets never reach the log: `redact` blanks
 * session tokens, cookies and passwords wherever they appear in a logged object.
 *
 *   import { logger } from '../logging/logger';
 *   logger.warn({ event: 'sign-in-refused', reason }, 'sign-in refused');
 *
 * Log personal details (names, e-mail addresses, summaries) only where an audit
 * needs them; prefer ids. The level comes from LOG_LEVEL via the config
 * (configureLogging, called at start-up). Call logger.child() per request or
 * per call, not at module load: a child keeps the level it was created with.
 */
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export type LogLevel = Level | 'silent';

/** Paths blanked in every logged object (pino's redact syntax; `*` is one level). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'sessionToken',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.sessionToken',
  '*.*.password',
  '*.*.token',
  // A complainant's details are personal data: blanked whole, wherever one is logged by mistake.
  'complainant',
  '*.complainant',
  '*.*.complainant',
  // A failed query's values (TypeORM's QueryFailedError, mysql2's error) can hold personal details.
  'err.parameters',
  'err.sql',
  'err.driverError.parameters',
  'err.driverError.sql',
];

/** A logger writing to `destination` (standard output by default). */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'complaints-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

export const logger: Logger = createLogger();

/** Sets the shared logger's level from the configuration (LOG_LEVEL). */
export function configureLogging(config: { logLevel: LogLevel }): void {
  logger.level = config.logLevel;
}
