/**
 * Aggregate reads on MySQL/MariaDB read replicas (issue 11, part 4), never
 * older than what was acknowledged before they started.
 *
 * Each aggregate run (a trend, an annual report, an embed's figures, a report
 * export) reads the primary's replication position once, with its first
 * statement: `@@gtid_binlog_pos` on MariaDB, `@@gtid_executed` on MySQL — a
 * variable, no table, microseconds. Every statement then takes a replica
 * connection and waits there, at most REPLICA_WAIT_MS, until that replica has
 * applied that position (`MASTER_GTID_WAIT` / `WAIT_FOR_EXECUTED_GTID_SET`;
 * immediate when it already has), and runs on it; if the replica is further
 * behind, or unreachable, the statement runs on the primary instead.
 *
 * So a write acknowledged on any process — anyone's, not just the reader's own
 * — is in every aggregate started after it: read-your-writes without keeping
 * per-user state in Redis. And the result cache stays exact: it reads the data
 * versions from the primary *before* computing (result-cache.ts), this reads
 * the position after them, so whatever a replica answers is at least as new as
 * the versions the answer is stored under — nothing older than the current
 * data version is ever cached.
 *
 * Without replicas none of this runs: statements go to the one pool as before.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import { queryUntilClientGone, stoppableMysqlQuery } from '../aggregates/stoppable-mysql-query';
import { logger } from '../logging/logger';

export type MysqlFlavour = 'mariadb' | 'mysql';

/** Where aggregate statements ran (diagnostics and tests). */
export interface ReplicaReadStats {
  /** Ran on a replica that had applied the run's position. */
  replica: number;
  /** Ran on the primary: the replica was further behind than REPLICA_WAIT_MS. */
  primaryAfterWait: number;
  /** Ran on the primary: no replica answered, or the position could not be read or waited for. */
  primaryFallback: number;
}

/** Whether this data source was made with read replicas (db/data-source.ts). */
export function hasReplicas(dataSource: DataSource): boolean {
  const options = dataSource.options as { replication?: { slaves?: unknown[] } };
  return Boolean(options.replication?.slaves?.length);
}

/**
 * The primary's position now: every transaction acknowledged before this call
 * is in it. Null when the server cannot say (binary log off on MariaDB, GTIDs
 * off on MySQL): then no replica can be shown to be current, and reads use the primary.
 */
export async function primaryPosition(dataSource: DataSource, flavour: MysqlFlavour): Promise<string | null> {
  const sql =
    flavour === 'mariadb'
      ? 'SELECT @@GLOBAL.gtid_binlog_pos AS pos, @@GLOBAL.log_bin AS usable'
      : "SELECT @@GLOBAL.gtid_executed AS pos, @@GLOBAL.gtid_mode = 'ON' AS usable";
  // dataSource.query runs on the primary (replication.defaultMode is 'master').
  const [row] = (await dataSource.query(sql)) as Array<{ pos: unknown; usable: unknown }>;
  if (!row || !Number(row.usable)) return null;
  // MySQL lists GTID sets over several lines.
  return String(row.pos ?? '').replace(/\s+/g, '');
}

/** Waits on `runner`'s server until it has applied `position`, at most `waitMs`; whether it has. */
export async function waitForPosition(runner: QueryRunner, flavour: MysqlFlavour, position: string, waitMs: number): Promise<boolean> {
  if (position === '') return true;
  const seconds = Math.max(0, waitMs) / 1000;
  if (flavour === 'mariadb') {
    // 0: reached; -1: timed out. A timeout of 0 only checks.
    const [row] = (await runner.query('SELECT MASTER_GTID_WAIT(?, ?) AS r', [position, seconds])) as Array<{ r: unknown }>;
    return Number(row?.r) === 0;
  }
  // No time to wait: only check (a timeout of 0 is not "return at once" on every MySQL version).
  if (seconds < 0.001) {
    const [row] = (await runner.query('SELECT GTID_SUBSET(?, @@GLOBAL.gtid_executed) AS r', [position])) as Array<{ r: unknown }>;
    return Number(row?.r) === 1;
  }
  // 0: reached; 1: timed out.
  const [row] = (await runner.query('SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) AS r', [position, seconds])) as Array<{ r: unknown }>;
  return Number(row?.r) === 0;
}

export interface ReplicaReader {
  stats: ReplicaReadStats;
  /**
   * Runs `sql` (already carrying its server-side time limit, built by
   * `timed(remainingMs)`) on a replica that has applied the position of `owner`
   * (one aggregate run), or on the primary. When `signal` aborts (the client went away) the statement is stopped
   * where it runs, and the call rejects with AggregateAbandonedError (aggregates/stoppable-mysql-query.ts).
   */
  run(owner: object, timed: (remainingMs: number) => string, params: unknown[], remainingMs: number, signal?: AbortSignal): Promise<unknown[]>;
}

export function replicaReader(dataSource: DataSource, flavour: MysqlFlavour, waitMs: number): ReplicaReader {
  const stats: ReplicaReadStats = { replica: 0, primaryAfterWait: 0, primaryFallback: 0 };
  const positions = new WeakMap<object, Promise<string | null>>();
  let warned = false;
  const warnOnce = (why: string, error?: unknown) => {
    if (warned) return;
    warned = true;
    logger.warn({ event: 'replica_reads_unavailable', err: error }, `aggregates read the primary: ${why}`);
  };

  const positionOf = (owner: object): Promise<string | null> => {
    let position = positions.get(owner);
    if (!position) {
      position = primaryPosition(dataSource, flavour).then(
        (p) => {
          if (p === null) warnOnce('the primary has no GTID position (binary log or GTIDs off), so no replica can be shown to be current');
          return p;
        },
        (error: unknown) => {
          warnOnce('the primary position could not be read', error);
          return null;
        },
      );
      positions.set(owner, position);
    }
    return position;
  };

  return {
    stats,
    async run(owner, timed, params, remainingMs, signal) {
      const started = Date.now();
      const position = await positionOf(owner);
      if (position === null) {
        stats.primaryFallback += 1;
        return stoppableMysqlQuery(dataSource, timed(remainingMs - (Date.now() - started)), params, signal);
      }
      const runner = dataSource.createQueryRunner('slave');
      let caughtUp = false;
      let reachable = true;
      try {
        try {
          await runner.connect();
          caughtUp = await waitForPosition(runner, flavour, position, Math.min(waitMs, remainingMs - (Date.now() - started)));
        } catch (error) {
          // No replica answered (all down, or being rebuilt): the primary has everything.
          logger.debug({ event: 'replica_unreachable', err: error }, 'aggregate statement runs on the primary');
          reachable = false;
        }
        if (caughtUp) {
          stats.replica += 1;
          // Errors here (time limit, SQL) are the statement's own: the caller handles them as on the primary.
          return await queryUntilClientGone(runner, timed(remainingMs - (Date.now() - started)), params, signal);
        }
      } finally {
        await runner.release();
      }
      if (reachable) stats.primaryAfterWait += 1;
      else stats.primaryFallback += 1;
      return stoppableMysqlQuery(dataSource, timed(remainingMs - (Date.now() - started)), params, signal);
    },
  };
}
