/**
 * Tells a database outage (server down or unreachable, connection lost, pool
 * exhausted or closed, SQLite file locked or unreadable) from every other
 * error, so that clients get "unavailable, try again" (503) rather than an
 * internal error, and never the driver's own text. Pure: inspects the error
 * and the errors it wraps (TypeORM's driverError, `cause`, GraphQL's originalError and thrownValue).
 */

/** Node socket errors and mysql2/MySQL error codes that mean "no usable connection". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_SERVER_OFFLINE_MODE',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
]);

/** Prefixes covering families of codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_READ, …). */
const UNAVAILABLE_CODE_PREFIXES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_CANTOPEN'];

/** Messages of errors that carry no code: a closed pool or connection, a data source not connected. */
const UNAVAILABLE_MESSAGES = [
  /database connection is not open/i, // better-sqlite3 after close
  /connection is not established/i, // TypeORM, MySQL driver without a pool
  /pool is closed/i, // mysql2
  /connection .*closed state/i, // mysql2: "Can't add new command when connection is in closed state"
  /connection lost/i, // mysql2: "Connection lost: The server closed the connection."
  /no connections available/i, // mysql2 pool queue limit
  /cannot execute operation on .* connection because connection is not yet established/i, // TypeORM
];

const MAX_DEPTH = 5;

function wrapped(error: Record<string, unknown>): unknown[] {
  // thrownValue: graphql-js wraps a thrown non-Error (mysql2 can reject a pool connection with a plain object).
  return [error.driverError, error.cause, error.originalError, error.thrownValue].filter((e) => e !== undefined && e !== null && e !== error);
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || error === null || typeof error !== 'object') return false;
  const e = error as Record<string, unknown>;
  const code = typeof e.code === 'string' ? e.code : null;
  if (code && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_CODE_PREFIXES.some((p) => code.startsWith(p)))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  return wrapped(e).some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
