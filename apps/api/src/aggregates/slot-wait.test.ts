import { AggregateSlots, type Slot, type SlotGrant } from './aggregate-slots';
import { waitForSlot, type QueuedGrant } from './slot-wait';

function granted(grant: SlotGrant): Slot {
  if (grant.ok !== true) throw new Error(`expected a slot, got ${JSON.stringify(grant)}`);
  return grant;
}

function queued(grant: SlotGrant): QueuedGrant {
  if (grant.ok !== 'queued') throw new Error(`expected a place in the queue, got ${JSON.stringify(grant)}`);
  return grant;
}

const settledSoon = () => new Promise((resolve) => setImmediate(resolve));

describe('waitForSlot', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('gives each waiter its slot in the order they queued as slots are released', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 3 });
    const running = granted(slots.tryAcquire('a'));
    const order: string[] = [];
    const waits = ['b', 'c', 'd'].map((who) =>
      waitForSlot(queued(slots.tryAcquire(who)), 10_000).then((slot) => {
        order.push(who);
        return slot as Slot;
      }),
    );
    running.release();
    (await waits[0]).release();
    (await waits[1]).release();
    (await waits[2]).release();
    expect(order).toEqual(['b', 'c', 'd']);
    expect(slots.inUse()).toBe(0);
    expect(slots.waiting).toBe(0);
  });

  it('leaves the queue after waitMs, and the next release goes to the one behind it', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 2 });
    const running = granted(slots.tryAcquire('a'));
    const impatient = waitForSlot(queued(slots.tryAcquire('b')), 100);
    jest.advanceTimersByTime(50);
    const patient = waitForSlot(queued(slots.tryAcquire('c')), 10_000);
    jest.advanceTimersByTime(50);
    expect(await impatient).toBe('timed out');
    expect(slots.waiting).toBe(1);
    expect(slots.inUse('b')).toBe(0);
    running.release();
    const slot = await patient;
    expect(slot).toEqual(expect.objectContaining({ release: expect.any(Function) }));
    (slot as Slot).release();
    expect(slots.inUse()).toBe(0);
  });

  it('takes a slot handed over just as the wait runs out, rather than losing it', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 1 });
    const running = granted(slots.tryAcquire('a'));
    const wait = waitForSlot(queued(slots.tryAcquire('b')), 100);
    // Released, then the timer fires before the grant's callback has run.
    running.release();
    jest.advanceTimersByTime(100);
    const slot = await wait;
    expect(typeof slot).toBe('object');
    expect(slots.inUse('b')).toBe(1);
    (slot as Slot).release();
    expect(slots.inUse()).toBe(0);
  });

  it('leaves the queue at once when its signal aborts, or was aborted already', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 2 });
    const running = granted(slots.tryAcquire('a'));
    const client = new AbortController();
    const wait = waitForSlot(queued(slots.tryAcquire('b')), 10_000, client.signal);
    await settledSoon();
    client.abort();
    expect(await wait).toBe('aborted');
    expect(await waitForSlot(queued(slots.tryAcquire('c')), 10_000, AbortSignal.abort())).toBe('aborted');
    expect(slots.waiting).toBe(0);
    expect(slots.inUse()).toBe(1);
    running.release();
    expect(slots.inUse()).toBe(0);
  });

  it('ignores an abort once its slot is granted: the caller releases it as usual', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 1 });
    const running = granted(slots.tryAcquire('a'));
    const client = new AbortController();
    const wait = waitForSlot(queued(slots.tryAcquire('b')), 10_000, client.signal);
    running.release();
    client.abort();
    const slot = await wait;
    expect(typeof slot).toBe('object');
    (slot as Slot).release();
    expect(slots.inUse()).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });
});
