/**
 * `--contact-writes N`: contacts recorded by the officer during the run, N a second through `createContact`,
 * beside the mix (autocannon's clients are not used: the rate stays fixed whatever the reads do). Each is
 * received in the dataset's last month, which holds about 1/120 of its contacts, so the rollup cells each
 * write recomputes (its cell of every rollup in that month, rollups/rollup-maintenance.ts) are the size a current
 * month's would be. On MySQL/MariaDB `rollup-lock-probe.js`, preloaded into the API, records how long each write held
 * the `rollup_lock` row, which serialises contact writers.
 *
 * Afterwards the bench deletes them again (the product has no delete; their link rows cascade) and recomputes
 * their month of every rollup, so the kept dataset keeps its size and stays reusable.
 */
import { readFileSync } from 'fs';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../apps/api/src/config/config';
import { bumpDataVersions } from '../../apps/api/src/data-versions/data-version-subscriber';
import { openDatabase } from '../../apps/api/src/db/data-source';
import { lockRollups, refreshRollupMonths } from '../../apps/api/src/rollups/rollup-maintenance';
import { classifyAnswer, percentile } from './recorder';
import { operation, send } from './setup-client';

/** Writes waiting for an answer at most; a slot that finds this many skips its write (counted). */
const MAX_IN_FLIGHT = 10;
const CREATE = 'mutation Create($input: CreateContactInput!) { createContact(input: $input) { id } }';
const INPUT = {
  recordType: 'STATUTORY_COMPLAINT',
  channel: 'EMAIL',
  receivedDate: '2025-03-14',
  serviceAreas: ['SOCIAL_CARE'],
  issues: ['STAFF_CONDUCT'],
  complainantType: 'PARENT_OR_CARER',
};

export interface Spread {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export interface ContactWriteFigures {
  perSecond: number;
  requests: number;
  errors: number;
  errorCodes: Record<string, number>;
  /** Slots skipped because MAX_IN_FLIGHT writes were already waiting. */
  skipped: number;
  /** createContact from sending to the whole answer. */
  latency: Spread;
}

export interface RollupLockFigures {
  /** Transactions that took the lock (the writes, and anything else the API wrote to `contact` meanwhile). */
  transactions: number;
  /** From the lock's SELECT … FOR UPDATE returning to COMMIT returning: how long other contact writers queue. */
  holdMs: Spread;
  /** From sending SELECT … FOR UPDATE to its return: the queue itself. */
  waitMs: Spread;
  /** Of the hold: the rollup recompute statements (DELETE + INSERT … SELECT of the month, per rollup). */
  refreshMs: Spread;
  /** Of the hold: COMMIT itself (the redo log flush). */
  commitMs: Spread;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.length ? Math.round(sorted[sorted.length - 1] * 10) / 10 : null };
}

export class ContactWriter {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly latencies: number[] = [];
  private readonly codes: Record<string, number> = {};
  private errors = 0;
  private skipped = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly officerToken: string,
    private readonly perSecond: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.write(), 1000 / this.perSecond);
  }

  private write(): void {
    if (this.inFlight.size >= MAX_IN_FLIGHT) {
      this.skipped += 1;
      return;
    }
    const sent = send(this.baseUrl, { method: 'POST', path: '/graphql', body: operation(CREATE, { input: INPUT }) }, this.officerToken).then(
      ({ status, text, ms }) => {
        const answer = classifyAnswer(status, text);
        if (answer.ok) this.latencies.push(ms);
        else this.fail(answer.code ?? 'UNKNOWN');
      },
      () => this.fail('NO_ANSWER'),
    );
    const tracked = sent.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private fail(code: string): void {
    this.errors += 1;
    this.codes[code] = (this.codes[code] ?? 0) + 1;
  }

  /** Stops sending and waits for the writes in flight. */
  async stop(): Promise<ContactWriteFigures> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.inFlight);
    return { perSecond: this.perSecond, requests: this.latencies.length + this.errors, errors: this.errors, errorCodes: this.codes, skipped: this.skipped, latency: spread(this.latencies) };
  }
}

/** The probe's lines (one per transaction that took the lock), summarised; null when the file is missing. */
export function readRollupLockLog(file: string): RollupLockFigures | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const rows = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { waitMs: number; holdMs: number; refreshMs: number; commitMs: number });
  return {
    transactions: rows.length,
    holdMs: spread(rows.map((r) => r.holdMs)),
    waitMs: spread(rows.map((r) => r.waitMs)),
    refreshMs: spread(rows.map((r) => r.refreshMs)),
    commitMs: spread(rows.map((r) => r.commitMs)),
  };
}

/** The highest contact id before the run: the run's writes are the contacts above it. */
export async function lastContactId(dataSource: DataSource): Promise<number> {
  const [{ id }] = await dataSource.query('SELECT COALESCE(MAX(id), 0) AS id FROM contact');
  return Number(id);
}

/**
 * Deletes the contacts above `lastId` in one transaction, as a raw-SQL writer must: the rollup lock first
 * (MySQL), their months of every rollup recomputed and the contacts' data version bumped. Returns how many.
 */
export async function removeWrittenContacts(config: DatabaseConfig, lastId: number): Promise<number> {
  const dataSource = await openDatabase(config);
  try {
    return await dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner!;
      await lockRollups(runner);
      const months: Array<{ month: string }> = await manager.query('SELECT DISTINCT receivedMonth AS month FROM contact WHERE id > ?', [lastId]);
      if (!months.length) return 0;
      const [{ n }] = await manager.query('SELECT COUNT(*) AS n FROM contact WHERE id > ?', [lastId]);
      await manager.query('DELETE FROM contact WHERE id > ?', [lastId]);
      await refreshRollupMonths(runner, months.map((m) => m.month));
      await bumpDataVersions(manager, ['contacts']);
      return Number(n);
    });
  } finally {
    await dataSource.destroy();
  }
}
