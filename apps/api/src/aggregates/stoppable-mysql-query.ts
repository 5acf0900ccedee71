/**
 * An aggregate SELECT on MySQL/MariaDB that stops when its client goes away:
 * the server would otherwise finish it, holding a connection, a statement
 * place and the user's aggregate slot for work no one will read. It runs on a
 * connection of its own from the pool, whose thread id a `KILL QUERY` on
 * another pooled connection names. The connection goes back to the pool only
 * once that KILL has returned, so it can never land on someone else's statement.
 */
import type { DataSource } from 'typeorm';
import { AggregateAbandonedError } from './aggregate-limits';

/** mysql2's pooled connection, as TypeORM's query runner holds it. */
interface ThreadConnection {
  threadId: number | null;
}

/** Runs `sql` on the primary; rejects with AggregateAbandonedError once `signal` has aborted. */
export async function stoppableMysqlQuery(dataSource: DataSource, sql: string, params: unknown[], signal: AbortSignal): Promise<unknown[]> {
  if (signal.aborted) throw new AggregateAbandonedError();
  const runner = dataSource.createQueryRunner('master');
  // Set by the abort listener, so kept on an object (a narrowed `let` would not see it).
  const kill: { sent: Promise<unknown> | null } = { sent: null };
  const stop = (threadId: number) => () => {
    // KILL takes no placeholder; the id is the server's own number.
    kill.sent = dataSource.query(`KILL QUERY ${Math.trunc(threadId)}`).catch(() => undefined);
  };
  try {
    const connection = (await runner.connect()) as ThreadConnection;
    if (signal.aborted) throw new AggregateAbandonedError();
    const threadId = connection.threadId;
    // Without a thread id (not a mysql2 connection) the statement runs to its end or its time limit, as before.
    const onAbort = typeof threadId === 'number' ? stop(threadId) : () => undefined;
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const rows = (await runner.query(sql, params)) as unknown[];
      // Stopped too late to matter, or MySQL ending an interrupted SLEEP without an error: no one reads these.
      if (kill.sent) throw new AggregateAbandonedError();
      return rows;
    } catch (error) {
      // ER_QUERY_INTERRUPTED, or whatever else the stopped statement ended with.
      if (kill.sent) throw new AggregateAbandonedError();
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  } finally {
    if (kill.sent) await kill.sent;
    await runner.release();
  }
}
