/**
 * Admission for expensive aggregate work (trends, the annual report, their
 * exports): at most `perUser` running at once for one requester and `global`
 * across everyone. Over a limit the request is refused at once rather than
 * queued, so a burst (e.g. 2,000 aliases of annualReport) costs nothing.
 * Pure bookkeeping: no timers, no I/O.
 */

export interface SlotLimits {
  /** Aggregates one requester may run at once. */
  perUser: number;
  /** Aggregates the whole process runs at once. */
  global: number;
}

export type SlotGrant = { ok: true; release(): void } | { ok: false; refusedBy: 'user' | 'global'; limit: number };

export class AggregateSlots {
  private readonly running = new Map<string, number>();
  private total = 0;

  constructor(readonly limits: SlotLimits) {
    if (!(limits.perUser >= 1 && limits.global >= 1)) throw new Error('Aggregate slot limits must be at least 1');
  }

  /** Takes a slot for `requester`, or says which limit refused it. `release` is idempotent. */
  tryAcquire(requester: string): SlotGrant {
    const mine = this.running.get(requester) ?? 0;
    if (mine >= this.limits.perUser) return { ok: false, refusedBy: 'user', limit: this.limits.perUser };
    if (this.total >= this.limits.global) return { ok: false, refusedBy: 'global', limit: this.limits.global };
    this.running.set(requester, mine + 1);
    this.total += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const left = (this.running.get(requester) ?? 1) - 1;
        // Forget idle requesters, so the map holds only those running something.
        if (left > 0) this.running.set(requester, left);
        else this.running.delete(requester);
      },
    };
  }

  /** Aggregates running now, for `requester` or in all. */
  inUse(requester?: string): number {
    return requester === undefined ? this.total : (this.running.get(requester) ?? 0);
  }
}
