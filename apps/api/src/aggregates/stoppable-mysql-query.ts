/**
 * Aggregate SELECTs on MySQL/MariaDB that stop when their client goes away:
 * the server would otherwise finish them, holding a connection, a statement
 * place and the user's aggregate slot for work no one will read. Each runs on
 * a connection of its own, whose thread id a `KILL QUERY` names. The KILL is
 * sent on another connection of the same pool, so it reaches the same server
 * (the primary, or the very replica the statement runs on); and the statement's
 * connection goes back to the pool only once the KILL has returned, so the
 * KILL can never land on someone else's statement.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { AggregateAbandonedError } from './aggregate-limits';

/** What of mysql2's pooled connection this uses: its thread id and the pool it came from (mysql2 keeps it as `_pool`). */
interface PooledConnection {
  threadId?: number | null;
  _pool?: {
    getConnection(callback: (error: unknown, other?: { query(sql: string, done: () => void): void; release(): void }) => void): void;
  };
}

/** Sends KILL QUERY for `connection`'s statement on another connection of its pool; null when it cannot say where. */
function killQueryOf(connection: PooledConnection): Promise<void> | null {
  const { threadId, _pool: pool } = connection;
  if (typeof threadId !== 'number' || typeof pool?.getConnection !== 'function') return null;
  return new Promise((resolve) => {
    pool.getConnection((error, other) => {
      // No connection to be had (the server has gone): the statement ends with its connection, or at its limit.
      if (error || !other) return resolve();
      // KILL takes no placeholder; the id is the server's own number.
      other.query(`KILL QUERY ${Math.trunc(threadId)}`, () => {
        other.release();
        resolve();
      });
    });
  });
}

/**
 * Runs `sql` on `runner` (connected here if it is not yet; the caller releases it); rejects with
 * AggregateAbandonedError once `signal` has aborted, and only after the statement has been stopped.
 * Without a signal (no client of its own), an ordinary query.
 */
export async function queryUntilClientGone(runner: QueryRunner, sql: string, params: unknown[], signal?: AbortSignal): Promise<unknown[]> {
  if (!signal) return (await runner.query(sql, params)) as unknown[];
  if (signal.aborted) throw new AggregateAbandonedError();
  const connection = ((await runner.connect()) ?? {}) as PooledConnection;
  if (signal.aborted) throw new AggregateAbandonedError();
  // Set by the abort listener, so kept on an object (a narrowed `let` would not see it).
  const kill: { sent: Promise<void> | null; asked: boolean } = { sent: null, asked: false };
  const onAbort = () => {
    kill.asked = true;
    // Without a thread id or pool (not mysql2) the statement runs to its end or its time limit, as before.
    kill.sent = killQueryOf(connection);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const rows = (await runner.query(sql, params)) as unknown[];
    // Stopped too late to matter, or MySQL ending an interrupted SLEEP without an error: no one reads these.
    if (kill.asked) throw new AggregateAbandonedError();
    return rows;
  } catch (error) {
    // ER_QUERY_INTERRUPTED, or whatever else the stopped statement ended with.
    if (kill.asked) throw new AggregateAbandonedError();
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (kill.sent) await kill.sent;
  }
}

/** The same on a connection of the primary's pool of its own (without a signal, an ordinary query). */
export async function stoppableMysqlQuery(dataSource: DataSource, sql: string, params: unknown[], signal?: AbortSignal): Promise<unknown[]> {
  if (!signal) return (await dataSource.query(sql, params)) as unknown[];
  if (signal.aborted) throw new AggregateAbandonedError();
  const runner = dataSource.createQueryRunner('master');
  try {
    return await queryUntilClientGone(runner, sql, params, signal);
  } finally {
    await runner.release();
  }
}
