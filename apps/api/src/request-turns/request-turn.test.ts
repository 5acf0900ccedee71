import { RequestTurn, awayFromTurn, currentRequestSignal, inTurnScope } from './request-turn';
import { RequestTurns } from './request-turns';

const tick = () => new Promise((r) => setImmediate(r));

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RequestTurn', () => {
  it('holds a place from begin to end', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 1000 });
    const first = new RequestTurn(turns, new AbortController().signal);
    expect(await first.begin()).toBe('admitted');
    const second = new RequestTurn(turns, new AbortController().signal);
    const waiting = second.begin();
    await tick();
    expect(turns.load.arriving).toBe(1);
    first.end();
    first.end();
    expect(await waiting).toBe('admitted');
    second.end();
    expect(turns.load).toEqual({ running: 0, resuming: 0, arriving: 0 });
  });

  it('gives its place up while it waits for the database and takes it back before new arrivals', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 1000 });
    const slow = new RequestTurn(turns, new AbortController().signal);
    await slow.begin();
    const db = deferred<string>();
    const answer = slow.away(() => db.promise);
    // Its place went to the next arrival at once.
    const other = new RequestTurn(turns, new AbortController().signal);
    expect(await other.begin()).toBe('admitted');
    const newcomer = new RequestTurn(turns, new AbortController().signal);
    const newcomerWaits = newcomer.begin();
    db.resolve('rows');
    await tick();
    // Back from the database, it waits for the place the other request holds, ahead of the newcomer.
    other.end();
    expect(await answer).toBe('rows');
    expect(turns.load).toEqual({ running: 1, resuming: 0, arriving: 1 });
    slow.end();
    expect(await newcomerWaits).toBe('admitted');
    newcomer.end();
    expect(turns.load.running).toBe(0);
  });

  it('lets parallel waits of one request share the place they take back', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 1000 });
    const turn = new RequestTurn(turns, new AbortController().signal);
    await turn.begin();
    const [a, b] = await Promise.all([turn.away(async () => 'a'), turn.away(async () => 'b')]);
    expect([a, b]).toEqual(['a', 'b']);
    expect(turns.load.running).toBe(1);
    turn.end();
    expect(turns.load.running).toBe(0);
  });

  it('gives the place back when the response ends while it is away', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 1000 });
    const turn = new RequestTurn(turns, new AbortController().signal);
    await turn.begin();
    const db = deferred();
    const away = turn.away(() => db.promise);
    turn.end();
    db.resolve();
    await away;
    expect(turns.load.running).toBe(0);
  });

  it('stops waiting for a place after waitMs, or at once when its client goes away', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 20 });
    await new RequestTurn(turns, new AbortController().signal).begin();
    expect(await new RequestTurn(turns, new AbortController().signal).begin()).toBe('timed out');
    const client = new AbortController();
    const leaving = new RequestTurn(turns, client.signal).begin();
    client.abort();
    expect(await leaving).toBe('aborted');
    expect(turns.load.arriving).toBe(0);
    const full = new RequestTurns({ places: 1, queueLength: 0, waitMs: 20 });
    await new RequestTurn(full, new AbortController().signal).begin();
    expect(await new RequestTurn(full, new AbortController().signal).begin()).toBe('queue full');
  });

  it('without a limit admits at once and never waits, but still carries the client signal', async () => {
    const client = new AbortController();
    const turn = new RequestTurn(null, client.signal);
    expect(await turn.begin()).toBe('admitted');
    expect(await turn.away(async () => 'rows')).toBe('rows');
    turn.end();
    const seen = await new Promise<AbortSignal | undefined>((resolve) => inTurnScope(turn, () => resolve(currentRequestSignal())));
    expect(seen).toBe(client.signal);
  });

  it('makes the turn and its signal current for the code of the request', async () => {
    const turns = new RequestTurns({ places: 1, queueLength: 4, waitMs: 1000 });
    const client = new AbortController();
    const turn = new RequestTurn(turns, client.signal);
    await turn.begin();
    expect(currentRequestSignal()).toBeUndefined();
    expect(await awayFromTurn(async () => 'outside a request')).toBe('outside a request');
    const seen = await new Promise<AbortSignal | undefined>((resolve) =>
      inTurnScope(turn, () => {
        void awayFromTurn(async () => 'x').then(() => resolve(currentRequestSignal()));
      }),
    );
    expect(seen).toBe(client.signal);
    expect(turns.load.running).toBe(1);
  });
});
