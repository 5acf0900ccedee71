/**
 * At most `active` tasks at once, at most `queued` more waiting; beyond that a
 * task is refused at once (GateFullError) rather than joining an ever longer
 * queue. Password hashes go through one: argon2 runs on libuv's 4 worker
 * threads, and a flood queued behind them once delayed a real sign-in by 40 s.
 */
export class GateFullError extends Error {
  constructor() {
    super('Too many tasks waiting');
  }
}

export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly active: number,
    readonly queued: number,
  ) {}

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `task` when a slot is free; throws GateFullError at once when the queue is full too. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.active) {
      if (this.waiting.length >= this.queued) throw new GateFullError();
      // The slot is handed over by the finishing task, so `running` never dips and lets a newcomer jump the queue.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
