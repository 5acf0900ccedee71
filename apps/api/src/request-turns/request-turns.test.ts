import { RequestTurns } from './request-turns';

const limits = { places: 2, queueLength: 2, waitMs: 1000 };
const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('RequestTurns', () => {
  it('admits up to its places at once, queues the next arrivals in order and refuses beyond the queue', async () => {
    const turns = new RequestTurns(limits);
    expect(turns.arrive()).toBe(true);
    expect(turns.arrive()).toBe(true);
    const third = turns.arrive();
    const fourth = turns.arrive();
    expect(turns.arrive()).toBe(false);
    if (typeof third !== 'object' || typeof fourth !== 'object') throw new Error('expected queued places');
    expect(turns.load).toEqual({ running: 2, resuming: 0, arriving: 2 });
    turns.release();
    expect(await settled(third.granted)).toBe(true);
    expect(await settled(fourth.granted)).toBe(false);
    expect(turns.load).toEqual({ running: 2, resuming: 0, arriving: 1 });
  });

  it('gives a freed place to a request coming back from the database before any new arrival', async () => {
    const turns = new RequestTurns(limits);
    turns.arrive();
    turns.arrive();
    const arrival = turns.arrive();
    if (typeof arrival !== 'object') throw new Error('expected a queued place');
    // One admitted request goes away (gives its place to the arrival), then comes back while both places are taken.
    turns.release();
    expect(await settled(arrival.granted)).toBe(true);
    const later = turns.arrive();
    const back = turns.resume();
    if (back === true) throw new Error('expected to wait for a place');
    turns.release();
    expect(await settled(back)).toBe(true);
    if (typeof later !== 'object') throw new Error('expected a queued place');
    expect(await settled(later.granted)).toBe(false);
  });

  it('lets a queued arrival leave, and never lets a newcomer jump the queue', () => {
    const turns = new RequestTurns({ ...limits, places: 1 });
    turns.arrive();
    const queued = turns.arrive();
    if (typeof queued !== 'object') throw new Error('expected a queued place');
    expect(queued.cancel()).toBe(true);
    expect(queued.cancel()).toBe(false);
    turns.release();
    expect(turns.load).toEqual({ running: 0, resuming: 0, arriving: 0 });
    // A place already taken at once in this turn of the loop: the next waits for the next turn.
    const next = turns.arrive();
    expect(next).not.toBe(true);
    expect(turns.wantsLoopTurn).toBe(true);
    turns.nextLoopTurn();
    expect(turns.load).toEqual({ running: 1, resuming: 0, arriving: 0 });
    expect(turns.wantsLoopTurn).toBe(false);
  });

  it('takes at most its places at once per turn of the event loop, however quickly they are given back', async () => {
    const turns = new RequestTurns({ places: 2, queueLength: 10, waitMs: 1000 });
    expect(turns.arrive()).toBe(true);
    turns.release();
    expect(turns.resume()).toBe(true);
    turns.release();
    const third = turns.arrive();
    const back = turns.resume();
    if (third === true || third === false || back === true) throw new Error('expected both to wait for the next turn');
    turns.nextLoopTurn();
    // The one coming back from the database first, then the arrival.
    expect(await settled(back)).toBe(true);
    expect(await settled(third.granted)).toBe(true);
    expect(turns.load).toEqual({ running: 2, resuming: 0, arriving: 0 });
  });

  it('takes places at once without a per-turn bound where requests always wait for the database (MySQL)', () => {
    const turns = new RequestTurns({ places: 1, queueLength: 10, waitMs: 1000, takenPerLoopTurn: Infinity });
    for (let i = 0; i < 5; i++) {
      expect(turns.arrive()).toBe(true);
      turns.release();
    }
    expect(turns.wantsLoopTurn).toBe(false);
  });

  it('refuses nonsense limits', () => {
    expect(() => new RequestTurns({ ...limits, places: 0 })).toThrow(/at least one place/);
    expect(() => new RequestTurns({ ...limits, queueLength: -1 })).toThrow(/cannot be negative/);
  });
});
