import { AggregateSlots } from './aggregate-slots';

describe('AggregateSlots', () => {
  it('lets one requester run up to perUser at once, then refuses naming the limit', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 10 });
    expect(slots.tryAcquire('user:1').ok).toBe(true);
    expect(slots.tryAcquire('user:1').ok).toBe(true);
    expect(slots.tryAcquire('user:1')).toEqual({ ok: false, refusedBy: 'user', limit: 2 });
    expect(slots.inUse('user:1')).toBe(2);
  });

  it("does not count one requester's work against another", () => {
    const slots = new AggregateSlots({ perUser: 1, global: 10 });
    expect(slots.tryAcquire('user:1').ok).toBe(true);
    expect(slots.tryAcquire('user:1').ok).toBe(false);
    expect(slots.tryAcquire('user:2').ok).toBe(true);
  });

  it('refuses everyone once the global limit is reached', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 3 });
    slots.tryAcquire('a');
    slots.tryAcquire('a');
    slots.tryAcquire('b');
    expect(slots.tryAcquire('c')).toEqual({ ok: false, refusedBy: 'global', limit: 3 });
    expect(slots.inUse()).toBe(3);
  });

  it('frees the slot on release, once however often release is called', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 2 });
    const first = slots.tryAcquire('a');
    const second = slots.tryAcquire('a');
    if (!first.ok || !second.ok) throw new Error('expected slots');
    first.release();
    first.release();
    expect(slots.inUse('a')).toBe(1);
    expect(slots.inUse()).toBe(1);
    expect(slots.tryAcquire('a').ok).toBe(true);
    expect(slots.tryAcquire('a').ok).toBe(false);
  });

  it('forgets requesters with nothing running', () => {
    const slots = new AggregateSlots({ perUser: 2, global: 2 });
    const grant = slots.tryAcquire('a');
    if (grant.ok) grant.release();
    expect(slots.inUse('a')).toBe(0);
    expect((slots as unknown as { running: Map<string, number> }).running.size).toBe(0);
  });

  it('rejects limits below 1', () => {
    expect(() => new AggregateSlots({ perUser: 0, global: 1 })).toThrow();
  });
});
