/**
 * Drawing a chart is the costly thing an embed request can make the server do
 * without signing in: React and nivo draw the SVG on the event loop (tens of
 * milliseconds, during which nothing else is answered, /healthz and staff
 * included), and resvg rasterises a PNG on libuv's thread pool (shared with
 * password hashing and file reads). Readers choose the theme and height, so
 * they can ask for drawings faster than they are cached. So, per process:
 * - drawings wait in one short queue and are made one at a time, each in a
 *   turn of the event loop of its own (setImmediate), so whatever else has
 *   arrived is answered between two drawings rather than after all of them
 *   (with SQLite every query is synchronous, and a burst of requests would
 *   otherwise be drawn back to back in one turn);
 * - event-loop time is rationed: a bucket of `burstMs` that refills at
 *   `msPerSecond`; a drawing starts only while the bucket holds some, and what
 *   it took is taken out after, so drawings keep at most that share of the loop;
 * - PNGs: at most `rasters` rasterised at once, leaving the pool's other threads.
 * Beyond the queue or the ration a drawing is refused at once (HTTP 429,
 * "busy"). Cached answers (most requests) cost nothing and are never refused.
 */
import type { DataSource } from 'typeorm';

export interface RenderBudgetLimits {
  burstMs: number;
  msPerSecond: number;
  rasters: number;
  /** Drawings that may wait their turn. */
  queued: number;
}

export const EMBED_RENDER_BUDGET: RenderBudgetLimits = { burstMs: 2000, msPerSecond: 500, rasters: 2, queued: 16 };

/** A drawing refused because the ration is spent: the routes answer 429 with Retry-After. */
export class RenderRefusedError extends Error {
  constructor(readonly reason: 'time' | 'rasters' | 'queue') {
    super(
      reason === 'time'
        ? 'embed drawings have used their share of the event loop'
        : reason === 'rasters'
          ? 'too many embed PNGs are being drawn'
          : 'too many embed drawings are waiting',
    );
  }
}

interface Job {
  draw: () => Promise<unknown>;
  raster: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class RenderBudget {
  private tokens: number;
  private at: number;
  private rastering = 0;
  private readonly waiting: Job[] = [];
  private scheduled = false;

  constructor(
    readonly limits: RenderBudgetLimits,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = limits.burstMs;
    this.at = clock();
  }

  private refill(): number {
    const now = this.clock();
    this.tokens = Math.min(this.limits.burstMs, this.tokens + ((now - this.at) * this.limits.msPerSecond) / 1000);
    this.at = now;
    return now;
  }

  /** Why a drawing could not start now, or null. */
  private refusal(raster: boolean): RenderRefusedError | null {
    this.refill();
    if (this.tokens <= 0) return new RenderRefusedError('time');
    if (raster && this.rastering >= this.limits.rasters) return new RenderRefusedError('rasters');
    return null;
  }

  /**
   * Runs `draw` in its turn, timing and paying for its synchronous part (up to
   * its first await); `raster` marks a PNG, which also holds a raster slot until it settles.
   */
  run<T>(draw: () => Promise<T>, raster = false): Promise<T> {
    const refused = this.refusal(raster) ?? (this.waiting.length >= this.limits.queued ? new RenderRefusedError('queue') : null);
    if (refused) return Promise.reject(refused);
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ draw, raster, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || !this.waiting.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.next();
      this.schedule();
    });
  }

  private next(): void {
    const job = this.waiting.shift();
    if (!job) return;
    // The ration may have gone to those ahead in the queue.
    const refused = this.refusal(job.raster);
    if (refused) return job.reject(refused);
    if (job.raster) this.rastering += 1;
    const started = this.clock();
    let drawing: Promise<unknown>;
    try {
      drawing = job.draw();
    } catch (error) {
      drawing = Promise.reject(error);
    } finally {
      this.tokens -= this.clock() - started;
    }
    if (job.raster) drawing = drawing.finally(() => (this.rastering -= 1));
    drawing.then(job.resolve, job.reject);
  }

  /** Event-loop milliseconds left now (negative after an expensive drawing). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  rastersInUse(): number {
    return this.rastering;
  }
}

const budgets = new WeakMap<DataSource, RenderBudget>();

export function renderBudget(dataSource: DataSource): RenderBudget {
  let budget = budgets.get(dataSource);
  if (!budget) budgets.set(dataSource, (budget = new RenderBudget(EMBED_RENDER_BUDGET)));
  return budget;
}

/** Sets this data source's ration (tests). */
export function configureRenderBudget(dataSource: DataSource, limits: Partial<RenderBudgetLimits>): RenderBudget {
  const budget = new RenderBudget({ ...EMBED_RENDER_BUDGET, ...limits });
  budgets.set(dataSource, budget);
  return budget;
}
