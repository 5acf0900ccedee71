/**
 * Admission for expensive aggregate work (trends, the annual report, their
 * exports): at most `perUser` in flight (running or waiting for a global slot)
 * for one requester and `global` running across everyone. Over the per-user
 * limit up to `perUserQueue` more of that requester's wait for one of its own
 * places (a page that asks again before its last answer, which its browser
 * abandoned, has finished); beyond that a request is refused at once, so a
 * burst (e.g. 2,000 aliases of annualReport) costs nothing. When only the
 * global limit is full, up to `queueLength` requests wait their turn, first
 * come first served: 50 analysts asking at once are answered a little later
 * rather than refused. Beyond the queue, refused at once.
 * Pure bookkeeping: no timers, no I/O (the runner bounds the wait).
 */

export interface SlotLimits {
  /** Aggregates one requester may have running or waiting at once. */
  perUser: number;
  /** Aggregates the whole process runs at once. */
  global: number;
  /** Requests that may wait for a global slot; 0 refuses at once when all are taken. */
  queueLength: number;
  /** Requests of one requester that may wait for one of its own places; 0 (the default) refuses at once. */
  perUserQueue?: number;
}

export interface Slot {
  release(): void;
}

export type SlotGrant =
  | ({ ok: true } & Slot)
  | { ok: false; refusedBy: 'user' | 'global'; limit: number }
  /**
   * In a queue (`by`: the requester's own, or the global one): `granted` resolves with the slot when it is this
   * request's turn; `cancel` leaves the queue (false if the slot was already given).
   */
  | { ok: 'queued'; by: 'user' | 'global'; granted: Promise<Slot>; cancel(): boolean };

interface Waiter {
  requester: string;
  grant(slot: Slot): void;
  /** Waiting for its requester's own place, for a global slot, or given one (or gone). */
  state: 'user' | 'global' | 'granted';
}

export class AggregateSlots {
  /** Per requester: aggregates running or waiting. */
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private readonly waiters: Waiter[] = [];
  /** Per requester: requests over its limit, waiting for one of its own places, oldest first. */
  private readonly userWaiters = new Map<string, Waiter[]>();

  constructor(readonly limits: SlotLimits) {
    if (!(limits.perUser >= 1 && limits.global >= 1)) throw new Error('Aggregate slot limits must be at least 1');
    if (!(limits.queueLength >= 0 && (limits.perUserQueue ?? 0) >= 0)) throw new Error('The aggregate queue lengths cannot be negative');
  }

  /** Takes a slot for `requester`, queues the request for one, or says which limit refused it. `release` is idempotent. */
  tryAcquire(requester: string): SlotGrant {
    const mine = this.inFlight.get(requester) ?? 0;
    if (mine >= this.limits.perUser) {
      const theirs = this.userWaiters.get(requester);
      if ((theirs?.length ?? 0) >= (this.limits.perUserQueue ?? 0)) return { ok: false, refusedBy: 'user', limit: this.limits.perUser };
      return this.enqueue(requester, 'user', (waiter) => (theirs ? theirs.push(waiter) : this.userWaiters.set(requester, [waiter])));
    }
    if (this.total < this.limits.global && this.waiters.length === 0) {
      this.inFlight.set(requester, mine + 1);
      return { ok: true, ...this.start(requester) };
    }
    if (this.waiters.length >= this.limits.queueLength) return { ok: false, refusedBy: 'global', limit: this.limits.global };
    this.inFlight.set(requester, mine + 1);
    return this.enqueue(requester, 'global', (waiter) => this.waiters.push(waiter));
  }

  /** Aggregates in flight now (running or waiting) for `requester`, or running in all. */
  inUse(requester?: string): number {
    return requester === undefined ? this.total : (this.inFlight.get(requester) ?? 0);
  }

  /** Requests waiting for a global slot now. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Requests waiting for one of their own requester's places now, all requesters together. */
  get waitingForOwn(): number {
    let n = 0;
    for (const theirs of this.userWaiters.values()) n += theirs.length;
    return n;
  }

  private enqueue(requester: string, by: 'user' | 'global', place: (waiter: Waiter) => void): SlotGrant {
    let waiter!: Waiter;
    const granted = new Promise<Slot>((resolve) => (waiter = { requester, grant: resolve, state: by }));
    place(waiter);
    return { ok: 'queued', by, granted, cancel: () => this.cancel(waiter) };
  }

  private cancel(waiter: Waiter): boolean {
    if (waiter.state === 'granted') return false;
    if (waiter.state === 'user') {
      const theirs = this.userWaiters.get(waiter.requester)!;
      theirs.splice(theirs.indexOf(waiter), 1);
      if (!theirs.length) this.userWaiters.delete(waiter.requester);
    } else {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      this.forgetOne(waiter.requester);
    }
    waiter.state = 'granted';
    return true;
  }

  private start(requester: string): Slot {
    this.total += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        this.forgetOne(requester);
        // The freed slot goes to the longest waiter.
        const next = this.waiters.shift();
        if (next) this.grant(next);
      },
    };
  }

  private grant(waiter: Waiter): void {
    waiter.state = 'granted';
    waiter.grant(this.start(waiter.requester));
  }

  /** One of `requester`'s places is free: its oldest request over the limit takes it (as a newcomer would), else it is forgotten. */
  private forgetOne(requester: string): void {
    const theirs = this.userWaiters.get(requester);
    if (theirs) {
      // The place passes on, so the requester's count stays as it is.
      const next = theirs.shift()!;
      if (!theirs.length) this.userWaiters.delete(requester);
      if (this.total < this.limits.global && this.waiters.length === 0) {
        this.grant(next);
      } else {
        next.state = 'global';
        this.waiters.push(next);
      }
      return;
    }
    const left = (this.inFlight.get(requester) ?? 1) - 1;
    // Forget idle requesters, so the map holds only those with something in flight.
    if (left > 0) this.inFlight.set(requester, left);
    else this.inFlight.delete(requester);
  }
}
