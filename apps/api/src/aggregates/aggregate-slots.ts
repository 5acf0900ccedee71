/**
 * Admission for expensive aggregate work (trends, the annual report, their
 * exports): at most `perUser` in flight (running or waiting) for one requester
 * and `global` running across everyone. Over the per-user limit a request is
 * refused at once, so a burst (e.g. 2,000 aliases of annualReport) costs
 * nothing. When only the global limit is full, up to `queueLength` requests
 * wait their turn, first come first served: 50 analysts asking at once are
 * answered a little later rather than refused. Beyond the queue, refused at once.
 * Pure bookkeeping: no timers, no I/O (the runner bounds the wait).
 */

export interface SlotLimits {
  /** Aggregates one requester may have running or waiting at once. */
  perUser: number;
  /** Aggregates the whole process runs at once. */
  global: number;
  /** Requests that may wait for a global slot; 0 refuses at once when all are taken. */
  queueLength: number;
}

export interface Slot {
  release(): void;
}

export type SlotGrant =
  | ({ ok: true } & Slot)
  | { ok: false; refusedBy: 'user' | 'global'; limit: number }
  /** In the queue: `granted` resolves with the slot when it is this request's turn; `cancel` leaves the queue (false if the slot was already given). */
  | { ok: 'queued'; granted: Promise<Slot>; cancel(): boolean };

interface Waiter {
  requester: string;
  grant(slot: Slot): void;
}

export class AggregateSlots {
  /** Per requester: aggregates running or waiting. */
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly limits: SlotLimits) {
    if (!(limits.perUser >= 1 && limits.global >= 1)) throw new Error('Aggregate slot limits must be at least 1');
    if (!(limits.queueLength >= 0)) throw new Error('The aggregate queue length cannot be negative');
  }

  /** Takes a slot for `requester`, queues the request for one, or says which limit refused it. `release` is idempotent. */
  tryAcquire(requester: string): SlotGrant {
    const mine = this.inFlight.get(requester) ?? 0;
    if (mine >= this.limits.perUser) return { ok: false, refusedBy: 'user', limit: this.limits.perUser };
    if (this.total < this.limits.global && this.waiters.length === 0) {
      this.inFlight.set(requester, mine + 1);
      return { ok: true, ...this.start(requester) };
    }
    if (this.waiters.length >= this.limits.queueLength) return { ok: false, refusedBy: 'global', limit: this.limits.global };
    this.inFlight.set(requester, mine + 1);
    let waiter!: Waiter;
    const granted = new Promise<Slot>((resolve) => (waiter = { requester, grant: resolve }));
    this.waiters.push(waiter);
    return {
      ok: 'queued',
      granted,
      cancel: () => {
        const at = this.waiters.indexOf(waiter);
        if (at < 0) return false;
        this.waiters.splice(at, 1);
        this.forgetOne(requester);
        return true;
      },
    };
  }

  /** Aggregates in flight now (running or waiting) for `requester`, or running in all. */
  inUse(requester?: string): number {
    return requester === undefined ? this.total : (this.inFlight.get(requester) ?? 0);
  }

  /** Requests waiting for a slot now. */
  get waiting(): number {
    return this.waiters.length;
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
        if (next) next.grant(this.start(next.requester));
      },
    };
  }

  private forgetOne(requester: string): void {
    const left = (this.inFlight.get(requester) ?? 1) - 1;
    // Forget idle requesters, so the map holds only those with something in flight.
    if (left > 0) this.inFlight.set(requester, left);
    else this.inFlight.delete(requester);
  }
}
