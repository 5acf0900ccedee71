/**
 * What the fault test requires of the API around an outage, each check
 * judged from the clients' request log, the outage's timeline and the rows
 * in the database afterwards.
 */
import type { RequestLog } from './workload';

export interface Timeline {
  started: number;
  /** MariaDB was asked to stop… */
  stopRequested: number;
  /** …and its process had exited. */
  stopped: number;
  /** MariaDB was started again… */
  restartRequested: number;
  /** …and answered a query. */
  dbReady: number;
  ended: number;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  detail: string;
}

export interface Limits {
  /** A request in the gap must have failed within this. */
  failWithinMs: number;
  /** The API must answer again within this of MariaDB answering. */
  recoverWithinMs: number;
}

/** Rows in the database per write marker: contacts by summary, audit rows by new value. */
export type MarkerCounts = Map<string, number>;

const isWrite = (r: RequestLog) => r.kind === 'create-contact' || r.kind === 'update-action';
const isGraphql = (r: RequestLog) => r.kind !== 'healthz';
const ok = (r: RequestLog) => r.status === 200 && r.code === 'ok';

function describe(r: RequestLog): string {
  return `${r.kind} at +${r.startedAt} ms: ${r.status} ${r.code} in ${r.ms} ms`;
}

function firstFew(list: RequestLog[], base: number): string {
  return list
    .slice(0, 3)
    .map((r) => describe({ ...r, startedAt: r.startedAt - base }))
    .join('; ');
}

export function checkBaseline(log: RequestLog[], t: Timeline): CheckResult {
  // Answered before MariaDB was asked to stop (one still under way then may fail, as it should).
  const before = log.filter((r) => r.startedAt + r.ms < t.stopRequested);
  const failed = before.filter((r) => !(ok(r) || (r.kind === 'healthz' && r.status === 200 && r.code === 'ok')));
  return {
    name: 'Before the outage every request succeeds',
    passed: before.length > 0 && failed.length === 0,
    detail: `${before.length} requests, ${failed.length} failed${failed.length ? `: ${firstFew(failed, t.started)}` : ''}`,
  };
}

export function checkGapRequests(log: RequestLog[], t: Timeline, limits: Limits): CheckResult {
  const inGap = log.filter((r) => isGraphql(r) && r.startedAt >= t.stopped && r.startedAt < t.restartRequested);
  const wrong = inGap.filter((r) => r.status !== 503 || r.code !== 'SERVICE_UNAVAILABLE' || r.ms > limits.failWithinMs);
  const slowest = Math.max(0, ...inGap.map((r) => r.ms));
  return {
    name: `In the gap every GraphQL request fails with 503 SERVICE_UNAVAILABLE within ${limits.failWithinMs / 1000} s`,
    passed: inGap.length > 0 && wrong.length === 0,
    detail: `${inGap.length} requests, slowest ${slowest} ms, ${wrong.length} otherwise${wrong.length ? `: ${firstFew(wrong, t.started)}` : ''}`,
  };
}

/** Around the outage too (while MariaDB shuts down, while it starts): a failure is always "unavailable, try again", never an internal error. */
export function checkFailuresAreUnavailable(log: RequestLog[], t: Timeline, limits: Limits): CheckResult {
  const failures = log.filter((r) => isGraphql(r) && !ok(r));
  const wrong = failures.filter((r) => r.status !== 503 || r.code !== 'SERVICE_UNAVAILABLE' || r.ms > limits.failWithinMs);
  return {
    name: `Every failed GraphQL request of the run is 503 SERVICE_UNAVAILABLE within ${limits.failWithinMs / 1000} s (none internal or hanging)`,
    passed: wrong.length === 0,
    detail: `${failures.length} failed, ${wrong.length} otherwise${wrong.length ? `: ${firstFew(wrong, t.started)}` : ''}`,
  };
}

export function checkGapHealth(log: RequestLog[], t: Timeline, limits: Limits): CheckResult {
  const inGap = log.filter((r) => r.kind === 'healthz' && r.startedAt >= t.stopped && r.startedAt < t.restartRequested);
  const wrong = inGap.filter((r) => r.status !== 503 || r.code !== 'unavailable' || r.ms > limits.failWithinMs);
  return {
    name: '/healthz answers 503 {"status":"unavailable"} throughout the gap',
    passed: inGap.length > 0 && wrong.length === 0,
    detail: `${inGap.length} polls, slowest ${Math.max(0, ...inGap.map((r) => r.ms))} ms, ${wrong.length} otherwise${wrong.length ? `: ${firstFew(wrong, t.started)}` : ''}`,
  };
}

export function checkRecovery(log: RequestLog[], t: Timeline, limits: Limits, apiAlive: boolean): CheckResult {
  const after = log.filter((r) => isGraphql(r) && r.startedAt >= t.dbReady).sort((a, b) => a.startedAt - b.startedAt);
  const first = after.find((r) => isWrite(r) && ok(r));
  const recoveredIn = first ? first.startedAt + first.ms - t.dbReady : null;
  // Once recovered (plus a second for requests already under way), nothing fails again.
  const settled = first ? after.filter((r) => r.startedAt > first.startedAt + first.ms + 1000) : [];
  const failedLater = settled.filter((r) => !ok(r));
  const passed = apiAlive && recoveredIn !== null && recoveredIn <= limits.recoverWithinMs && settled.length > 0 && failedLater.length === 0;
  return {
    name: `The API recovers by itself (same process) within ${limits.recoverWithinMs / 1000} s of MariaDB answering`,
    passed,
    detail: `${apiAlive ? 'API process never restarted' : 'API process exited'}; first acknowledged write ${recoveredIn === null ? 'never' : `${recoveredIn} ms`} after MariaDB answered; then ${settled.length} requests, ${failedLater.length} failed${failedLater.length ? `: ${firstFew(failedLater, t.started)}` : ''}`,
  };
}

/**
 * Each acknowledged write is in the database exactly once; an unacknowledged
 * one at most once (it may have committed before its answer was lost); no
 * marker the client never sent.
 */
export function checkWrites(name: string, log: RequestLog[], kind: RequestLog['kind'], rows: MarkerCounts): CheckResult {
  const writes = log.filter((r) => r.kind === kind && r.marker);
  const sent = new Set(writes.map((r) => r.marker!));
  const acknowledged = writes.filter((r) => r.acknowledged);
  const lost = acknowledged.filter((r) => (rows.get(r.marker!) ?? 0) === 0);
  const twice = [...rows].filter(([, n]) => n > 1);
  const unknown = [...rows.keys()].filter((m) => !sent.has(m));
  const committedAnyway = writes.filter((r) => !r.acknowledged && (rows.get(r.marker!) ?? 0) === 1).length;
  return {
    name,
    passed: acknowledged.length > 0 && lost.length === 0 && twice.length === 0 && unknown.length === 0,
    detail:
      `${acknowledged.length} acknowledged, ${writes.length - acknowledged.length} failed; lost ${lost.length}, applied twice ${twice.length}, unknown ${unknown.length}; ` +
      `${committedAnyway} failed writes were saved all the same (their answer was lost with the connection)`,
  };
}

export function checkShutdown(exitCode: number | null): CheckResult {
  return { name: 'SIGTERM afterwards: the API finishes and exits 0', passed: exitCode === 0, detail: `exit code ${exitCode}` };
}
