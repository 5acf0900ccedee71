import { StatementGate } from './statement-gate';

const far = () => Date.now() + 60_000;
const expired = () => new Error('expired');

describe('StatementGate', () => {
  it('admits up to its capacity at once and queues the rest in order', async () => {
    const gate = new StatementGate(2);
    const first = await gate.enter(far(), expired);
    await gate.enter(far(), expired);
    const order: string[] = [];
    const third = gate.enter(far(), expired).then((release) => (order.push('third'), release));
    const fourth = gate.enter(far(), expired).then((release) => (order.push('fourth'), release));
    expect(gate.load).toEqual({ active: 2, waiting: 2 });
    first();
    (await third)();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(gate.load).toEqual({ active: 2, waiting: 0 });
  });

  it('frees a place once however often release is called', async () => {
    const gate = new StatementGate(1);
    const release = await gate.enter(far(), expired);
    release();
    release();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('takes a waiter out of the queue with the timeout error when its deadline passes', async () => {
    const gate = new StatementGate(1);
    const release = await gate.enter(far(), expired);
    await expect(gate.enter(Date.now() + 5, expired)).rejects.toThrow('expired');
    expect(gate.load).toEqual({ active: 1, waiting: 0 });
    release();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('takes a waiter out of the queue with its own error as soon as its client goes away', async () => {
    const gate = new StatementGate(1);
    const release = await gate.enter(far(), expired);
    const client = new AbortController();
    const waiting = gate.enter(far(), expired, { signal: client.signal, error: () => new Error('gone') });
    const behind = gate.enter(far(), expired);
    expect(gate.load).toEqual({ active: 1, waiting: 2 });
    client.abort();
    await expect(waiting).rejects.toThrow('gone');
    expect(gate.load).toEqual({ active: 1, waiting: 1 });
    // The place goes to the one behind it, not to the one that left.
    release();
    (await behind)();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses at once a waiter whose client has already gone', async () => {
    const gate = new StatementGate(1);
    const release = await gate.enter(far(), expired);
    const client = new AbortController();
    client.abort();
    await expect(gate.enter(far(), expired, { signal: client.signal, error: () => new Error('gone') })).rejects.toThrow('gone');
    expect(gate.load).toEqual({ active: 1, waiting: 0 });
    release();
  });

  it('rejects a capacity below 1', () => {
    expect(() => new StatementGate(0)).toThrow();
  });
});
