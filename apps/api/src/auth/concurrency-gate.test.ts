import { ConcurrencyGate, GateFullError } from './concurrency-gate';

/** A task that finishes when told to. */
function deferred() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { task: () => done, finish, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyGate', () => {
  it('runs up to `active` tasks at once, queues up to `queued`, and refuses the rest at once', async () => {
    const gate = new ConcurrencyGate(2, 1);
    const tasks = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = tasks.map((t, i) => gate.run(() => (started.push(i), t.task())));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.stats).toEqual({ running: 2, waiting: 1 });

    await expect(gate.run(async () => 'never')).rejects.toBeInstanceOf(GateFullError);

    tasks[0].finish();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(gate.stats).toEqual({ running: 2, waiting: 0 });
    tasks[1].finish();
    tasks[2].finish();
    await Promise.all(runs);
    expect(gate.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails, and passes the failure on', async () => {
    const gate = new ConcurrencyGate(1, 0);
    const failing = deferred();
    const run = gate.run(failing.task);
    await expect(gate.run(async () => 1)).rejects.toBeInstanceOf(GateFullError);
    failing.fail(new Error('boom'));
    await expect(run).rejects.toThrow('boom');
    await expect(gate.run(async () => 2)).resolves.toBe(2);
  });

  it('serves queued tasks in order and never runs more than `active` together', async () => {
    const gate = new ConcurrencyGate(3, 20);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 23 }, (_, i) =>
        gate.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          order.push(i);
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(order).toHaveLength(23);
    expect(order.slice(3)).toEqual([...order.slice(3)].sort((a, b) => a - b));
  });
});
