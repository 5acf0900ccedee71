/**
 * The bounded wait of a queued aggregate (aggregate-slots.ts keeps the queue
 * itself, without timers): its slot when its turn comes, or it leaves the
 * queue after `waitMs`, or as soon as `signal` aborts (its client went away),
 * so a waiter never keeps its place longer than that.
 */
import type { Slot, SlotGrant } from './aggregate-slots';

export type QueuedGrant = Extract<SlotGrant, { ok: 'queued' }>;

export type SlotWait = Slot | 'timed out' | 'aborted';

export function waitForSlot(queued: QueuedGrant, waitMs: number, signal?: AbortSignal): Promise<SlotWait> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SlotWait) => {
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
