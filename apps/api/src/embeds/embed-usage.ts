/**
 * The register's view count and last-used time, without a write per request:
 * page loads add to an in-memory tally, written at most once a second in one
 * transaction (one UPDATE per embed loaded, incrementing, never read-modify-
 * write); images and downloads only refresh last-used, at most once a minute
 * per embed. A crash loses at most a second of counts.
 */
import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { logger } from '../logging/logger';
import { Embed } from './embed.entity';

export const USAGE_FLUSH_MS = 1000;
export const LAST_USED_EVERY_MS = 60_000;

class UsageRecorder {
  private pending = new Map<number, { views: number; at: Date }>();
  /** When each embed's last-used time was last written (to skip writes for images within the minute). */
  private readonly written = new Map<number, number>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {}

  record(embedId: number, kind: 'view' | 'asset', now: Date): void {
    const seen = this.pending.get(embedId);
    if (kind === 'asset' && !seen && now.getTime() - (this.written.get(embedId) ?? 0) < LAST_USED_EVERY_MS) return;
    this.pending.set(embedId, { views: (seen?.views ?? 0) + (kind === 'view' ? 1 : 0), at: now });
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), USAGE_FLUSH_MS);
      this.timer.unref();
    }
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flushing;
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    if (this.written.size > 10_000) this.written.clear();
    for (const [id, { at }] of batch) this.written.set(id, at.getTime());
    const views = this.dataSource.driver.escape('viewCount');
    this.flushing = inTransaction(this.dataSource, async (manager) => {
      for (const [id, { views: n, at }] of batch) {
        await manager
          .createQueryBuilder()
          .update(Embed)
          .set({ viewCount: () => `${views} + ${n}`, lastUsedAt: at })
          .where('id = :id', { id })
          .execute();
      }
    })
      .catch((error: unknown) => logger.warn({ err: error }, 'could not record embed views'))
      .finally(() => (this.flushing = null));
    await this.flushing;
  }
}

const recorders = new WeakMap<DataSource, UsageRecorder>();

function recorder(dataSource: DataSource): UsageRecorder {
  let r = recorders.get(dataSource);
  if (!r) recorders.set(dataSource, (r = new UsageRecorder(dataSource)));
  return r;
}

/** Counts a page load (`view`) or notes an image or download (`asset`) of an embed. */
export function recordEmbedUse(dataSource: DataSource, embedId: number, kind: 'view' | 'asset', now = new Date()): void {
  recorder(dataSource).record(embedId, kind, now);
}

/** Writes what is tallied now (tests; the timer does it otherwise). */
export function flushEmbedUsage(dataSource: DataSource): Promise<void> {
  return recorder(dataSource).flush();
}
