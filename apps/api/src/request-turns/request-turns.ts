/**
 * How many requests run their JavaScript at once. The API's one thread runs
 * every request's GraphQL, session lookup and cached answer (on the embedded
 * SQLite default, the database too), so with 50 analysts waiting each turn of
 * the event loop used to handle tens of requests, and /healthz and every new
 * request's next step waited behind all of them (100–450 ms at 1M contacts).
 * Here at most `places` requests hold a place; the rest wait in a first-come
 * queue outside the event loop's work. A request gives its place up while an
 * aggregate waits for a reader or the database, and while a SQLite writer waits
 * for the one before it (RequestTurn.away), and takes it back ahead of new
 * arrivals. Any wait on another request must give the place up, or the places
 * could all be held by requests waiting for one that needs a place to finish;
 * other database round trips (sessions, versions, writes) keep it.
 * Pure bookkeeping: no timers and no I/O (request-turn.ts bounds the wait).
 */

export interface TurnLimits {
  /** Requests running their JavaScript at once. */
  places: number;
  /** New requests that may wait for a place; beyond it, refused at once. */
  queueLength: number;
  /** How long a new request waits for a place before it is refused, in ms. */
  waitMs: number;
}

/** A queued wait: `granted` resolves when the place is handed over; `cancel` leaves the queue (false if already handed over). */
export interface QueuedPlace {
  granted: Promise<void>;
  cancel(): boolean;
}

export class RequestTurns {
  private running = 0;
  /** Admitted requests coming back from a database wait: served before new arrivals. */
  private readonly resuming: Array<() => void> = [];
  private readonly arriving: Array<() => void> = [];

  constructor(readonly limits: TurnLimits) {
    if (!(limits.places >= 1)) throw new Error('Request turns need at least one place');
    if (!(limits.queueLength >= 0)) throw new Error('The request queue length cannot be negative');
  }

  /** A new request: a place now (true), a queued wait, or false when the queue is full. */
  arrive(): true | false | QueuedPlace {
    if (this.running < this.limits.places && this.resuming.length === 0 && this.arriving.length === 0) {
      this.running += 1;
      return true;
    }
    if (this.arriving.length >= this.limits.queueLength) return false;
    let grant!: () => void;
    const granted = new Promise<void>((resolve) => (grant = resolve));
    this.arriving.push(grant);
    return {
      granted,
      cancel: () => {
        const at = this.arriving.indexOf(grant);
        if (at < 0) return false;
        this.arriving.splice(at, 1);
        return true;
      },
    };
  }

  /** An admitted request back from a wait: its place again now (true), or when handed over, ahead of every new arrival. Never refused. */
  resume(): true | Promise<void> {
    if (this.running < this.limits.places && this.resuming.length === 0) {
      this.running += 1;
      return true;
    }
    return new Promise<void>((resolve) => this.resuming.push(resolve));
  }

  /** Gives a place back: it goes to the longest-waiting resumer, else the longest-waiting arrival. */
  release(): void {
    const next = this.resuming.shift() ?? this.arriving.shift();
    if (next) next();
    else this.running -= 1;
  }

  /** Places held now and requests waiting for one (tests and diagnostics). */
  get load(): { running: number; resuming: number; arriving: number } {
    return { running: this.running, resuming: this.resuming.length, arriving: this.arriving.length };
  }
}
