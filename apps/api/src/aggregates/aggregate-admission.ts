/**
 * The aggregate runner of each data source, made on first use. It belongs to
 * the database it protects (its connection pool or its file), like the
 * transaction queue in db/transaction.ts, so resolvers and routes need only
 * the data source they already have.
 */
import type { DataSource } from 'typeorm';
import { AGGREGATE_LIMITS, type AggregateLimits } from './aggregate-limits';
import { AggregateRunner, type AggregateRun } from './aggregate-runner';
import { statementExecutorFor } from './statement-executors';

const runners = new WeakMap<DataSource, AggregateRunner>();

export function aggregateRunner(dataSource: DataSource): AggregateRunner {
  let runner = runners.get(dataSource);
  if (!runner) runners.set(dataSource, (runner = new AggregateRunner(dataSource, AGGREGATE_LIMITS, statementExecutorFor(dataSource))));
  return runner;
}

/** Replaces the data source's runner with one under other limits (tests use short time limits). */
export function configureAggregates(dataSource: DataSource, limits: Partial<AggregateLimits>): AggregateRunner {
  runners.get(dataSource)?.close();
  const runner = new AggregateRunner(dataSource, { ...AGGREGATE_LIMITS, ...limits }, statementExecutorFor(dataSource));
  runners.set(dataSource, runner);
  return runner;
}

/** Ends the data source's SQLite reader processes (they also end on their own when idle, and with the API). */
export function closeAggregates(dataSource: DataSource): void {
  runners.get(dataSource)?.close();
  runners.delete(dataSource);
}

/**
 * Runs aggregate `work` for the signed-in user under the aggregate limits (see AggregateRunner.admit);
 * `signal` (optional) takes it out of the queue when its client goes away.
 */
export function admitAggregate<T>(
  dataSource: DataSource,
  user: { id: number } | null | undefined,
  work: (run: AggregateRun) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  return aggregateRunner(dataSource).admit(user ? `user:${user.id}` : 'anonymous', work, signal);
}
