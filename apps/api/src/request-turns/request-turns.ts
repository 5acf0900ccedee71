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
 * At most `takenPerLoopTurn` requests take a place at once per turn of the loop; the rest wait for the next.
 * Pure bookkeeping: no timers and no I/O (request-turn.ts bounds the wait and turns the loop).
 */

export interface TurnLimits {
  /** Requests running their JavaScript at once. */
  places: number;
  /** New requests that may wait for a place; beyond it, refused at once. */
  queueLength: number;
  /** How long a new request waits for a place before it is refused, in ms. */
  waitMs: number;
  /**
   * Places taken at once (not handed over) per turn of the event loop; default `places`. Where a request can run
   * from arrival to answer within one callback (SQLite: the session and a cached answer are synchronous reads), a
   * free place would otherwise serve request after request in one turn. Infinity where every request waits for
   * the database in between (MySQL): there the bound only adds a turn of latency (bench:load p95 217 against 181–192 ms).
   */
  takenPerLoopTurn?: number;
}

/** A queued wait: `granted` resolves when the place is handed over; `cancel` leaves the queue (false if already handed over). */
export interface QueuedPlace {
  granted: Promise<void>;
  cancel(): boolean;
}

export class RequestTurns {
  private running = 0;
  /**
   * Places taken at once (not handed over) since the event loop last turned (nextLoopTurn): at most takenPerLoopTurn. A
   * burst of cached answers each finished within its own callback, so without this bound one turn of the loop
   * ran request after request through a free place, 150 of them in 300 ms, while /healthz waited.
   */
  private takenThisTurn = 0;
  /** Admitted requests coming back from a database wait: served before new arrivals. */
  private readonly resuming: Array<() => void> = [];
  private readonly arriving: Array<() => void> = [];

  private readonly perLoopTurn: number;

  constructor(readonly limits: TurnLimits) {
    if (!(limits.places >= 1)) throw new Error('Request turns need at least one place');
    if (!(limits.queueLength >= 0)) throw new Error('The request queue length cannot be negative');
    this.perLoopTurn = limits.takenPerLoopTurn ?? limits.places;
  }

  /** A new request: a place now (true), a queued wait, or false when the queue is full. */
  arrive(): true | false | QueuedPlace {
    if (this.resuming.length === 0 && this.arriving.length === 0 && this.takeNow()) return true;
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
    if (this.resuming.length === 0 && this.takeNow()) return true;
    return new Promise<void>((resolve) => this.resuming.push(resolve));
  }

  /** The event loop has turned: a new budget of places taken at once, and free places to those waiting (no one may be left to release one). */
  nextLoopTurn(): void {
    this.takenThisTurn = 0;
    while (this.running < this.limits.places) {
      const next = this.resuming.shift() ?? this.arriving.shift();
      if (!next) return;
      this.running += 1;
      next();
    }
  }

  /** Whether nextLoopTurn has anything to do: a budget to renew, or a free place and someone waiting (with every place taken, release hands them over). */
  get wantsLoopTurn(): boolean {
    return (this.perLoopTurn !== Infinity && this.takenThisTurn > 0) || (this.running < this.limits.places && this.resuming.length + this.arriving.length > 0);
  }

  private takeNow(): boolean {
    if (this.running >= this.limits.places || this.takenThisTurn >= this.perLoopTurn) return false;
    this.running += 1;
    this.takenThisTurn += 1;
    return true;
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
