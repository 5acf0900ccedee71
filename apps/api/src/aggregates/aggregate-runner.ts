/**
 * Runs expensive aggregate work for one data source: admits it (per-user
 * places with a short queue of their own, then global slots queued;
 * aggregate-slots.ts and slot-wait.ts), gives it one deadline for all its statements, and runs each
 * statement through the StatementGate on the dialect's executor. Admission is
 * taken before any gate place and released after them, never the other way,
 * so the two queues cannot wait on each other. Aggregations stay in SQL
 * (GROUP BY in the database); only where the statement runs differs.
 */
import type { DataSource } from 'typeorm';
import { aggregateAbandoned, aggregateTimedOut, tooManyAggregates } from './aggregate-errors';
import { AggregateAbandonedError, AggregateTimeoutError, type AggregateLimits } from './aggregate-limits';
import { AggregateSlots, type Slot } from './aggregate-slots';
import { waitForSlot, type QueuedGrant } from './slot-wait';
import { StatementGate } from './statement-gate';
import type { StatementExecutor } from './statement-executors';
import { awayFromTurn, currentRequestSignal } from '../request-turns/request-turn';
import { timedStatement } from '../http/server-timing';

/** A built SELECT, as TypeORM's SelectQueryBuilder gives it. */
export interface BuiltQuery {
  getQueryAndParameters(): [string, unknown[]];
}

/** One admitted aggregate: what its code uses to read. Every statement shares the aggregate's deadline. */
export class AggregateRun {
  private finished = false;

  constructor(
    /** For building queries and for small lookups that are not aggregates (a row by key). */
    readonly dataSource: DataSource,
    private readonly deadline: number,
    private readonly limitMs: number,
    private readonly gate: StatementGate,
    private readonly executor: StatementExecutor,
    /** Aborts when the one client this aggregate answers goes away: its statements are stopped, and no more start. */
    private readonly signal?: AbortSignal,
  ) {}

  /** The raw rows of an aggregate SELECT built with TypeORM's query builder. */
  rawMany<T>(query: BuiltQuery): Promise<T[]> {
    const [sql, params] = query.getQueryAndParameters();
    return this.sql<T>(sql, params);
  }

  async rawOne<T>(query: BuiltQuery): Promise<T | undefined> {
    return (await this.rawMany<T>(query))[0];
  }

  /** Runs one SELECT (placeholders as the dialect's driver expects) within the aggregate's time limit. */
  async sql<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const expired = () => new AggregateTimeoutError(this.limitMs);
    this.assertRunning();
    if (this.signal?.aborted) throw new AggregateAbandonedError();
    if (Date.now() >= this.deadline) throw expired();
    // The request gives its place up (request-turns/) while the statement waits and runs on another connection.
    return awayFromTurn(async () => {
      const release = await this.gate.enter(this.deadline, expired, this.signal && { signal: this.signal, error: () => new AggregateAbandonedError() });
      try {
        // A sibling statement failed and the aggregate has answered: do not start this one.
        this.assertRunning();
        const remaining = this.deadline - Date.now();
        if (remaining <= 0) throw expired();
        return (await timedStatement(() => this.executor.run(sql, params, remaining, this.limitMs, this, this.signal))) as T[];
      } finally {
        release();
      }
    });
  }

  finish(): void {
    this.finished = true;
  }

  private assertRunning(): void {
    if (this.finished) throw new Error('This aggregate has already answered');
  }
}

export class AggregateRunner {
  readonly slots: AggregateSlots;
  private readonly gate: StatementGate;

  constructor(
    readonly dataSource: DataSource,
    readonly limits: AggregateLimits,
    private readonly executor: StatementExecutor,
  ) {
    this.slots = new AggregateSlots(limits);
    this.gate = new StatementGate(executor.capacity);
  }

  /**
   * Runs `work` holding one of `requester`'s slots: refused at once with
   * TOO_MANY_REQUESTS over the per-user limit and its queue, or a full global queue; likewise after
   * queueWaitMs in the queue, or when `signal` (default: the request's, request-turns/) aborts while it waits
   * (its client went away); QUERY_TIMEOUT when it overruns once running; CLIENT_CLOSED_REQUEST when `signal`
   * aborts while it runs (its running statements are stopped: KILL QUERY, or the SQLite reader process ended).
   * `signal` null: no client of its own (an embed's computation, shared by every viewer asking the same at once),
   * so it neither leaves the queue nor stops when one of them goes away.
   */
  async admit<T>(requester: string, work: (run: AggregateRun) => Promise<T>, signal?: AbortSignal | null): Promise<T> {
    // Taken before any await, so that parallel aliases in one request are counted as they start.
    const grant = this.slots.tryAcquire(requester);
    if (grant.ok === false) throw tooManyAggregates(grant.refusedBy, grant.limit);
    // Without a signal of its own, the request's: a client that has gone away leaves the queue at once.
    const clientGone = signal === null ? undefined : (signal ?? currentRequestSignal());
    const slot = grant.ok === true ? grant : await awayFromTurn(() => this.waitForTurn(grant, clientGone));
    // The time limit starts once admitted: time in the queue is bounded by queueWaitMs on its own.
    const run = new AggregateRun(this.dataSource, Date.now() + this.limits.timeLimitMs, this.limits.timeLimitMs, this.gate, this.executor, clientGone);
    try {
      return await work(run);
    } catch (error) {
      if (error instanceof AggregateTimeoutError) throw aggregateTimedOut(error.limitMs);
      if (error instanceof AggregateAbandonedError) throw aggregateAbandoned();
      throw error;
    } finally {
      run.finish();
      slot.release();
    }
  }

  /** The queued request's slot, or TOO_MANY_REQUESTS once it has left the queue. */
  private async waitForTurn(queued: QueuedGrant, signal: AbortSignal | undefined): Promise<Slot> {
    const started = Date.now();
    const outcome = await waitForSlot(queued, this.limits.queueWaitMs, signal);
    if (typeof outcome === 'object') return outcome;
    // An aborted wait has no one left to tell; the same refusal keeps it out of the error log.
    if (queued.by === 'user') throw tooManyAggregates('user', this.limits.perUser);
    throw tooManyAggregates('global', this.limits.global, outcome === 'timed out' ? this.limits.queueWaitMs : Date.now() - started);
  }

  /** Statements running and queued now (for tests and diagnostics). */
  get load(): { active: number; waiting: number } {
    return this.gate.load;
  }

  /** Aggregate statements run at once; the rest wait their turn. */
  get capacity(): number {
    return this.gate.capacity;
  }

  close(): void {
    this.executor.close();
  }
}
