/**
 * Where the aggregate SELECTs run, per dialect — the one place the dialects
 * differ: MySQL/MariaDB with a server-side time limit on each statement, at
 * most 8 at once and always two pooled connections left for everything else; SQLite in child
 * processes with their own read-only connections (the API's own connection is
 * synchronous and would block the event loop), or on the main connection for
 * an in-memory database, which no other connection can see.
 */
import { availableParallelism } from 'os';
import { resolve } from 'path';
import type { DataSource } from 'typeorm';
import { AggregateAbandonedError, AggregateTimeoutError, isServerTimeout, withServerTimeLimit } from './aggregate-limits';
import { SqliteReaderPool } from './sqlite-reader-pool';
import { stoppableMysqlQuery } from './stoppable-mysql-query';
import { hasReplicas, replicaReader } from '../scaling/replica-reads';
import { replicaWaitMs } from '../scaling/replica-settings';

export interface StatementExecutor {
  /** Statements it may run at once. */
  capacity: number;
  /**
   * Runs one SELECT; rejects with AggregateTimeoutError(limitMs) if it takes longer than `remainingMs`.
   * `run` is the aggregate it belongs to: with read replicas, every statement of one aggregate reads data at
   * least as new as the primary was when the aggregate's first statement started (scaling/replica-reads.ts).
   * When `signal` aborts (the aggregate's client went away) the statement is stopped and the call rejects with
   * AggregateAbandonedError: KILL QUERY on the server it runs on (primary or replica), the reader process ended
   * on SQLite. Statements on an in-memory SQLite database (tests) run to their end or their time limit.
   */
  run(sql: string, params: unknown[], remainingMs: number, limitMs: number, run?: object, signal?: AbortSignal): Promise<unknown[]>;
  close(): void;
}

/** mysql2's default pool size, which TypeORM keeps unless told otherwise. */
const MYSQL_DEFAULT_POOL = 10;
/** Connections always left for ordinary reads, writes and /healthz. */
const MYSQL_CONNECTIONS_KEPT_FREE = 2;
/**
 * Aggregate statements one process runs at once, however large its pool: they are CPU- and I/O-bound on the
 * server, so more at once only lengthens each (bench:load, docs/scaling.md); a larger pool serves everything else.
 */
const MYSQL_AGGREGATE_STATEMENTS = 8;

function mysqlExecutor(dataSource: DataSource): StatementExecutor {
  const options = dataSource.options as { type: string; poolSize?: number; extra?: { connectionLimit?: number } };
  const pool = options.poolSize ?? options.extra?.connectionLimit ?? MYSQL_DEFAULT_POOL;
  const server = options.type === 'mariadb' ? 'mariadb' : 'mysql';
  // With replicas (DATABASE_REPLICA_URLS), aggregates read them; the gate's capacity still counts one pool's
  // connections, since any statement may fall back to the primary's.
  const replicas = hasReplicas(dataSource) ? replicaReader(dataSource, server, replicaWaitMs(dataSource)) : null;
  return {
    capacity: Math.max(1, Math.min(MYSQL_AGGREGATE_STATEMENTS, pool - MYSQL_CONNECTIONS_KEPT_FREE)),
    async run(sql, params, remainingMs, limitMs, run, signal) {
      try {
        if (replicas) return await replicas.run(run ?? {}, (ms) => withServerTimeLimit(sql, server, ms), params, remainingMs, signal);
        return await stoppableMysqlQuery(dataSource, withServerTimeLimit(sql, server, remainingMs), params, signal);
      } catch (error) {
        if (isServerTimeout(error)) throw new AggregateTimeoutError(limitMs);
        throw error;
      }
    },
    close() {},
  };
}

/** One process per core, at most two: aggregates must not starve the API's own thread. */
function sqliteReaders(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

function sqliteExecutor(dataSource: DataSource): StatementExecutor {
  const database = String(dataSource.options.database);
  if (database === ':memory:' || database === '') {
    return {
      capacity: 1,
      // Blocks the event loop, as any query on an in-memory database does; only tests use one.
      run: (sql, params) => dataSource.query(sql, params),
      close() {},
    };
  }
  const pool = new SqliteReaderPool(resolve(database), sqliteReaders());
  return {
    capacity: pool.size,
    run: (sql, params, remainingMs, limitMs, _run, signal) => {
      // Logged as TypeORM logs its own queries (when logging is on), though another connection runs it.
      dataSource.logger.logQuery(sql, params);
      const gone = signal && { signal, error: () => new AggregateAbandonedError() };
      return pool.run(sql, params, remainingMs, () => new AggregateTimeoutError(limitMs), gone);
    },
    close: () => pool.close(),
  };
}

export function statementExecutorFor(dataSource: DataSource): StatementExecutor {
  return dataSource.options.type === 'better-sqlite3' ? sqliteExecutor(dataSource) : mysqlExecutor(dataSource);
}
