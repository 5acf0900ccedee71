/**
 * Runs expensive aggregate work for one data source: admits it (per-user
 * slots refused at once when full; global slots queued, aggregate-slots.ts), gives it one deadline for all its
 * statements, and runs each statement through the StatementGate on the
 * dialect's executor. Aggregations stay in SQL (GROUP BY in the database);
 * only where the statement runs differs.
 */
import type { DataSource } from 'typeorm';
import { aggregateTimedOut, tooManyAggregates } from './aggregate-errors';
import { AggregateTimeoutError, type AggregateLimits } from './aggregate-limits';
import { AggregateSlots, type Slot, type SlotGrant } from './aggregate-slots';
import { StatementGate } from './statement-gate';
import type { StatementExecutor } from './statement-executors';

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
    if (Date.now() >= this.deadline) throw expired();
    const release = await this.gate.enter(this.deadline, expired);
    try {
      // A sibling statement failed and the aggregate has answered: do not start this one.
      this.assertRunning();
      const remaining = this.deadline - Date.now();
      if (remaining <= 0) throw expired();
      return (await this.executor.run(sql, params, remaining, this.limitMs, this)) as T[];
    } finally {
      release();
    }
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
   * TOO_MANY_REQUESTS over the per-user limit or a full queue, after queueWaitMs
   * in the queue likewise; QUERY_TIMEOUT when it overruns once running.
   */
  async admit<T>(requester: string, work: (run: AggregateRun) => Promise<T>): Promise<T> {
    // Taken before any await, so that parallel aliases in one request are counted as they start.
    const grant = this.slots.tryAcquire(requester);
    if (grant.ok === false) throw tooManyAggregates(grant.refusedBy, grant.limit);
    const slot = grant.ok === true ? grant : await this.waitForTurn(grant);
    // The time limit starts once admitted: time in the queue is bounded by queueWaitMs on its own.
    const run = new AggregateRun(this.dataSource, Date.now() + this.limits.timeLimitMs, this.limits.timeLimitMs, this.gate, this.executor);
    try {
      return await work(run);
    } catch (error) {
      if (error instanceof AggregateTimeoutError) throw aggregateTimedOut(error.limitMs);
      throw error;
    } finally {
      run.finish();
      slot.release();
    }
  }

  /** The queued request's slot, or TOO_MANY_REQUESTS once it has waited queueWaitMs. */
  private async waitForTurn(queued: Extract<SlotGrant, { ok: 'queued' }>): Promise<Slot> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.limits.queueWaitMs)));
    try {
      const first = await Promise.race([queued.granted, timedOut]);
      if (first !== 'timeout') return first;
      if (queued.cancel()) throw tooManyAggregates('global', this.limits.global, this.limits.queueWaitMs);
      // Its turn came just as the wait ran out: take it.
      return await queued.granted;
    } finally {
      clearTimeout(timer);
    }
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
