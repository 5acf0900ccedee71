import { AggregateSlots, type Slot, type SlotGrant } from './aggregate-slots';

function granted(grant: SlotGrant): Slot {
  if (grant.ok !== true) throw new Error(`expected a slot, got ${JSON.stringify(grant)}`);
  return grant;
}

function queued(grant: SlotGrant): Extract<SlotGrant, { ok: 'queued' }> {
  if (grant.ok !== 'queued') throw new Error(`expected a place in the queue, got ${JSON.stringify(grant)}`);
  return grant;
}

describe('AggregateSlots', () => {
  it('lets one requester run up to perUser at once, then refuses naming the limit', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 10, queueLength: 10 });
    granted(slots.tryAcquire('user:1'));
    granted(slots.tryAcquire('user:1'));
    expect(slots.tryAcquire('user:1')).toEqual({ ok: false, refusedBy: 'user', limit: 2 });
    expect(slots.inUse('user:1')).toBe(2);
  });

  it("does not count one requester's work against another", () => {
    const slots = new AggregateSlots({ perUser: 1, global: 10, queueLength: 0 });
    granted(slots.tryAcquire('user:1'));
    expect(slots.tryAcquire('user:1').ok).toBe(false);
    granted(slots.tryAcquire('user:2'));
  });

  it('refuses everyone at once when the global limit is reached and there is no queue', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 3, queueLength: 0 });
    slots.tryAcquire('a');
    slots.tryAcquire('a');
    slots.tryAcquire('b');
    expect(slots.tryAcquire('c')).toEqual({ ok: false, refusedBy: 'global', limit: 3 });
    expect(slots.inUse()).toBe(3);
  });

  it('queues beyond the global limit, first come first served, up to queueLength', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 2 });
    const running = granted(slots.tryAcquire('a'));
    const b = queued(slots.tryAcquire('b'));
    const c = queued(slots.tryAcquire('c'));
    expect(slots.tryAcquire('d')).toEqual({ ok: false, refusedBy: 'global', limit: 1 });
    expect(slots.waiting).toBe(2);
    const order: string[] = [];
    void b.granted.then((slot) => (order.push('b'), slot.release()));
    void c.granted.then(() => order.push('c'));
    running.release();
    await c.granted;
    expect(order).toEqual(['b', 'c']);
    expect(slots.inUse()).toBe(1);
    expect(slots.waiting).toBe(0);
  });

  it('counts waiting requests against the per-user limit', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 10 });
    granted(slots.tryAcquire('a'));
    queued(slots.tryAcquire('a'));
    expect(slots.tryAcquire('a')).toEqual({ ok: false, refusedBy: 'user', limit: 2 });
    expect(slots.inUse('a')).toBe(2);
  });

  it('does not let a newcomer overtake the queue when a slot frees', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 10 });
    const running = granted(slots.tryAcquire('a'));
    const b = queued(slots.tryAcquire('b'));
    running.release();
    // The slot is already b's, although b has not seen it yet.
    expect(queued(slots.tryAcquire('c')).cancel()).toBe(true);
    return b.granted;
  });

  it('forgets a cancelled waiter, and cannot cancel one that has its slot', async () => {
    const slots = new AggregateSlots({ perUser: 2, global: 1, queueLength: 10 });
    const running = granted(slots.tryAcquire('a'));
    const b = queued(slots.tryAcquire('b'));
    const c = queued(slots.tryAcquire('c'));
    expect(b.cancel()).toBe(true);
    expect(b.cancel()).toBe(false);
    expect(slots.inUse('b')).toBe(0);
    running.release();
    expect(c.cancel()).toBe(false);
    (await c.granted).release();
    expect(slots.inUse()).toBe(0);
    expect((slots as unknown as { inFlight: Map<string, number> }).inFlight.size).toBe(0);
  });

  it('frees the slot on release, once however often release is called', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 2, queueLength: 0 });
    const first = granted(slots.tryAcquire('a'));
    granted(slots.tryAcquire('a'));
    first.release();
    first.release();
    expect(slots.inUse('a')).toBe(1);
    expect(slots.inUse()).toBe(1);
    granted(slots.tryAcquire('a'));
    expect(slots.tryAcquire('a').ok).toBe(false);
  });

  it('forgets requesters with nothing running', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 2, queueLength: 0 });
    granted(slots.tryAcquire('a')).release();
    expect(slots.inUse('a')).toBe(0);
    expect((slots as unknown as { inFlight: Map<string, number> }).inFlight.size).toBe(0);
  });

  it('rejects limits below 1 and a negative queue', () => {
    expect(() => new AggregateSlots({ perUser: 0, global: 1, queueLength: 0 })).toThrow();
    expect(() => new AggregateSlots({ perUser: 1, global: 1, queueLength: -1 })).toThrow();
    expect(() => new AggregateSlots({ perUser: 1, global: 1, queueLength: 0, perUserQueue: -1 })).toThrow();
  });

  describe('the per-user queue', () => {
    it("queues up to perUserQueue of a requester's requests over its limit, then refuses; others are not held up", async () => {
      const slots = new AggregateSlots({ perUser: 2, global: 10, queueLength: 10, perUserQueue: 2 });
      const first = granted(slots.tryAcquire('a'));
      granted(slots.tryAcquire('a'));
      const third = queued(slots.tryAcquire('a'));
      const fourth = queued(slots.tryAcquire('a'));
      expect([third.by, fourth.by]).toEqual(['user', 'user']);
      expect(slots.tryAcquire('a')).toEqual({ ok: false, refusedBy: 'user', limit: 2 });
      expect([slots.waiting, slots.waitingForOwn]).toEqual([0, 2]);
      granted(slots.tryAcquire('b'));
      expect(slots.inUse()).toBe(3);

      // One of a's places frees: its oldest waiting request runs, and the next still waits.
      first.release();
      const slot = await third.granted;
      expect(slots.inUse('a')).toBe(2);
      expect(slots.inUse()).toBe(3);
      expect(fourth.cancel()).toBe(true);
      expect(third.cancel()).toBe(false);
      expect(slots.waitingForOwn).toBe(0);
      slot.release();
      expect(slots.inUse('a')).toBe(1);
      expect(slots.tryAcquire('a').ok).toBe(true);
    });

    it('sends a request leaving the per-user queue behind those already waiting for a global slot', async () => {
      const slots = new AggregateSlots({ perUser: 1, global: 1, queueLength: 10, perUserQueue: 1 });
      const a1 = granted(slots.tryAcquire('a'));
      const a2 = queued(slots.tryAcquire('a'));
      const b1 = queued(slots.tryAcquire('b'));
      expect([a2.by, b1.by, slots.waiting]).toEqual(['user', 'global', 1]);
      const order: string[] = [];
      void a2.granted.then((slot) => (order.push('a2'), slot.release()));
      void b1.granted.then((slot) => (order.push('b1'), slot.release()));
      a1.release();
      // b waited for the global slot first; a2 joined that queue when a1 finished.
      expect(slots.waiting).toBe(1);
      await new Promise((resolve) => setImmediate(resolve));
      expect(order).toEqual(['b1', 'a2']);
      expect(slots.inUse()).toBe(0);
      expect(slots.inUse('a')).toBe(0);
    });

    it('lets a request waiting for a global slot leave, handing its place to the same requester\'s next', async () => {
      const slots = new AggregateSlots({ perUser: 1, global: 1, queueLength: 10, perUserQueue: 1 });
      const b = granted(slots.tryAcquire('b'));
      const a1 = queued(slots.tryAcquire('a'));
      const a2 = queued(slots.tryAcquire('a'));
      expect([a1.by, a2.by]).toEqual(['global', 'user']);
      expect(a1.cancel()).toBe(true);
      // a2 now waits for the global slot in a1's stead.
      expect(slots.waiting).toBe(1);
      expect(slots.inUse('a')).toBe(1);
      b.release();
      (await a2.granted).release();
      expect(slots.inUse()).toBe(0);
      expect((slots as unknown as { userWaiters: Map<string, unknown> }).userWaiters.size).toBe(0);
    });

    it('refuses at once with no per-user queue (the default)', () => {
      const slots = new AggregateSlots({ perUser: 1, global: 10, queueLength: 10 });
      granted(slots.tryAcquire('a'));
      expect(slots.tryAcquire('a')).toEqual({ ok: false, refusedBy: 'user', limit: 1 });
    });
  });
});
