/**
 * The bounded wait of a queued aggregate, or of a request for its turn
 * (request-turns/); the queues themselves keep no timers. It gets its place
 * when its turn comes, or leaves the queue after `waitMs`, or as soon as
 * `signal` aborts (its client went away), so a waiter never keeps its place
 * longer than that.
 */
import type { Slot, SlotGrant } from './aggregate-slots';

export type QueuedGrant = Extract<SlotGrant, { ok: 'queued' }>;

/** A place in a queue (an aggregate slot, or a request turn): `granted` when given; `cancel` leaves (false once given). */
export interface Queued<T> {
  granted: Promise<T>;
  cancel(): boolean;
}

export type SlotWait<T = Slot> = T | 'timed out' | 'aborted';

export function waitForSlot<T = Slot>(queued: Queued<T>, waitMs: number, signal?: AbortSignal): Promise<SlotWait<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SlotWait<T>) => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    // Leaving fails only when the slot has already been handed over: then take it (the caller releases it as usual).
    const leave = (why: 'timed out' | 'aborted') => {
      if (!settled && queued.cancel()) settle(why);
    };
    const onAbort = () => leave('aborted');
    const timer = setTimeout(() => leave('timed out'), Math.max(0, waitMs));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
    void queued.granted.then((slot) => {
      if (!settled) settle(slot);
    });
  });
}
