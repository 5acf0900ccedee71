/**
 * A first-come, first-served limit on aggregate statements running at once,
 * so that aggregates never hold every pooled MySQL connection (or every SQLite
 * worker) and ordinary reads, writes and /healthz always find one. A waiter
 * whose deadline passes, or whose client goes away, leaves the queue with the caller's error.
 * The queue is bounded by the admission limits: only admitted aggregates wait here.
 */

export type ReleasePlace = () => void;

/** A waiter's client: when `signal` aborts it leaves the queue with `error()`. */
export interface ClientGone {
  signal: AbortSignal;
  error(): Error;
}

interface Waiter {
  grant(release: ReleasePlace): void;
}

export class StatementGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error('A statement gate needs a capacity of at least 1');
  }

  /**
   * Resolves with `release` once a place is free; rejects with `expired()` if `deadline` (epoch ms) comes first,
   * or with `gone.error()` as soon as `gone.signal` aborts (its client went away).
   */
  enter(deadline: number, expired: () => Error, gone?: ClientGone): Promise<ReleasePlace> {
    const signal = gone?.signal;
    if (this.active < this.capacity) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const leave = (why: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(why);
      };
      const waiter: Waiter = {
        grant: (release) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      const onAbort = () => leave(gone!.error());
      const timer = setTimeout(() => leave(expired()), Math.max(0, deadline - Date.now()));
      timer.unref();
      this.waiting.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) onAbort();
    });
  }

  /** Statements running and waiting now. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private releaser(): ReleasePlace {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // Hand the place straight to the next waiter, so `active` never drops below what is running.
      const next = this.waiting.shift();
      if (next) next.grant(this.releaser());
      else this.active -= 1;
    };
  }
}
