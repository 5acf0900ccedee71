/**
 * How much aggregate work (trends, the annual report, their exports) the API
 * accepts at once and for how long, and the server-side time limit each
 * MySQL/MariaDB statement carries.
 */

export interface AggregateLimits {
  /** Aggregates one user may have running or waiting at once; more wait in the user's own queue. */
  perUser: number;
  /** Aggregates of one user that may wait for one of its own places (within queueWaitMs); more are refused at once with TOO_MANY_REQUESTS. */
  perUserQueue: number;
  /** Aggregates the process runs at once across all users; more wait in the queue. */
  global: number;
  /** Requests that may wait for one of the `global` places; beyond it, refused at once with TOO_MANY_REQUESTS. */
  queueLength: number;
  /** How long a request waits in the queue before it is refused with TOO_MANY_REQUESTS, in ms. */
  queueWaitMs: number;
  /** Wall-clock budget of one aggregate (every statement of a whole annual report), in ms. */
  timeLimitMs: number;
}

export const AGGREGATE_LIMITS: AggregateLimits = {
  perUser: 2,
  // A page asks for its default figures and its year list as it opens; a person who changes the question before
  // those answer (their browser abandons them, the server finishes them) asks a third and a fourth. They wait for
  // the first two rather than being told the server is busy; a fifth is refused at once, so a burst costs nothing.
  perUserQueue: 2,
  global: 8,
  // Waiting is cheap (a promise and an open connection), and a queue turns a burst into a short wait rather than
  // refusals: 100 analysts asking one question at a time leave at most 92 waiting (bench:load ran 100 clients with no
  // refusal). The per-user limit keeps one account to 2 places, and queueWaitMs bounds how long anyone waits.
  queueLength: 256,
  // Past this a busy server says so rather than leaving the person staring at a spinner. Counted apart from
  // timeLimitMs, which starts once admitted, so a long wait never shortens the aggregate's own time.
  queueWaitMs: 10_000,
  // Ten years by month on a million contacts answers in a few seconds; 15 s leaves room without letting one request hold a connection for minutes.
  timeLimitMs: 15_000,
};

/** MySQL-family servers, which spell a statement time limit differently. */
export type MysqlServer = 'mariadb' | 'mysql';

/** `sql` with a server-side time limit of `ms` (at least 1 ms), so the server itself stops it. */
export function withServerTimeLimit(sql: string, server: MysqlServer, ms: number): string {
  const limit = Math.max(1, Math.ceil(ms));
  // MariaDB: seconds, to the microsecond; 0 would mean no limit, hence the floor of 1 ms.
  if (server === 'mariadb') return `SET STATEMENT max_statement_time=${(limit / 1000).toFixed(3)} FOR ${sql}`;
  // MySQL 8: an optimizer hint, which must follow the SELECT keyword; it applies to read-only SELECTs only.
  const hinted = sql.replace(/^\s*SELECT\b/i, (select) => `${select} /*+ MAX_EXECUTION_TIME(${limit}) */`);
  if (hinted === sql) throw new Error('Only a SELECT statement can be given a time limit on MySQL');
  return hinted;
}

/** MariaDB ER_STATEMENT_TIMEOUT and MySQL ER_QUERY_TIMEOUT. */
const SERVER_TIMEOUT_ERRNOS = new Set([1969, 3024]);

/** Whether a failed statement was stopped by its server-side time limit (TypeORM wraps the driver's error). */
export function isServerTimeout(error: unknown): boolean {
  for (let e = error as { errno?: unknown; driverError?: unknown } | null, depth = 0; e && depth < 3; e = e.driverError as typeof e, depth++) {
    if (typeof e.errno === 'number' && SERVER_TIMEOUT_ERRNOS.has(e.errno)) return true;
  }
  return false;
}

/** Raised inside the aggregate machinery when a statement runs out of time; admission turns it into QUERY_TIMEOUT. */
export class AggregateTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`aggregate stopped after its ${limitMs} ms time limit`);
    this.name = 'AggregateTimeoutError';
  }
}

/** Raised inside the aggregate machinery when its client has gone away and its statements were stopped. */
export class AggregateAbandonedError extends Error {
  constructor() {
    super('aggregate stopped: its client went away');
    this.name = 'AggregateAbandonedError';
  }
}
