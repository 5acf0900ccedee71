import { RenderBudget, RenderRefusedError, type RenderBudgetLimits } from './embed-render-budget';

const LIMITS: RenderBudgetLimits = { burstMs: 100, msPerSecond: 250, rasters: 1, queued: 4 };

function clocked(limits: Partial<RenderBudgetLimits> = {}) {
  let now = 0;
  const budget = new RenderBudget({ ...LIMITS, ...limits }, () => now);
  /** A drawing that keeps the event loop for `ms`, then settles when `settle` is called. */
  const drawing = (ms: number) => {
    let settle!: () => void;
    let fail!: (error: Error) => void;
    const settled = new Promise<string>((resolve, reject) => ((settle = () => resolve('drawn')), (fail = reject)));
    return { draw: () => ((now += ms), settled), settle: () => settle(), fail: (error: Error) => fail(error) };
  };
  return { budget, drawing, wait: (ms: number) => (now += ms) };
}

/** Lets queued drawings take their turns (each in a setImmediate of its own). */
const turns = async (n = 3) => {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('the embeds’ drawing ration', () => {
  it('draws within the burst, then refuses at once until the bucket refills at its rate', async () => {
    const { budget, drawing, wait } = clocked();
    const first = drawing(80);
    const second = drawing(80);
    const drawn = [budget.run(first.draw), budget.run(second.draw)];
    await turns();
    first.settle();
    second.settle();
    await expect(Promise.all(drawn)).resolves.toEqual(['drawn', 'drawn']);
    // 100 ms of burst, 160 spent, 40 refilled (a quarter of the time spent drawing): the next is refused, whatever it is.
    expect(budget.available()).toBe(-20);
    await expect(budget.run(drawing(1).draw)).rejects.toEqual(new RenderRefusedError('time'));
    // 250 ms of loop per second: 20 ms owed is paid back in 80 ms.
    wait(80);
    expect(budget.available()).toBe(0);
    await expect(budget.run(drawing(1).draw)).rejects.toBeInstanceOf(RenderRefusedError);
    wait(4);
    const third = drawing(10);
    const later = budget.run(third.draw);
    await turns();
    third.settle();
    await expect(later).resolves.toBe('drawn');
  });

  it('never holds more than the burst, however long it was idle', () => {
    const { budget, wait } = clocked();
    wait(60_000);
    expect(budget.available()).toBe(100);
  });

  it('draws one at a time, each in a turn of its own, and refuses a waiting one when those ahead spent the ration', async () => {
    const { budget, drawing } = clocked();
    const order: string[] = [];
    const a = drawing(90);
    const b = drawing(90);
    const ranA = budget.run(() => (order.push('a'), a.draw()));
    const ranB = budget.run(() => (order.push('b'), b.draw()));
    expect(order).toEqual([]);
    await turns(1);
    expect(order).toEqual(['a']);
    a.settle();
    await ranA;
    // a took 90 of the 100 (with 22.5 back), so b may start; c, queued behind b, finds the bucket empty.
    const refusedC = expect(budget.run(drawing(1).draw)).rejects.toEqual(new RenderRefusedError('time'));
    await turns();
    expect(order).toEqual(['a', 'b']);
    b.settle();
    await expect(ranB).resolves.toBe('drawn');
    await refusedC;
  });

  it('refuses beyond the queue', async () => {
    const { budget, drawing } = clocked({ burstMs: 10_000, queued: 2 });
    const queued = [budget.run(drawing(1).draw), budget.run(drawing(1).draw)];
    await expect(budget.run(drawing(1).draw)).rejects.toEqual(new RenderRefusedError('queue'));
    void queued;
  });

  it('rasterises at most `rasters` PNGs at once, and frees the slot when one settles, drawn or failed', async () => {
    const { budget, drawing } = clocked({ burstMs: 1000 });
    const png = drawing(1);
    const first = budget.run(png.draw, true);
    await turns();
    expect(budget.rastersInUse()).toBe(1);
    await expect(budget.run(drawing(1).draw, true)).rejects.toEqual(new RenderRefusedError('rasters'));
    // An SVG needs no raster slot.
    const svg = drawing(1);
    const drawnSvg = budget.run(svg.draw);
    await turns();
    svg.settle();
    await expect(drawnSvg).resolves.toBe('drawn');
    png.settle();
    await first;
    expect(budget.rastersInUse()).toBe(0);
    const failing = drawing(1);
    const failed = budget.run(failing.draw, true);
    await turns();
    failing.fail(new Error('resvg failed'));
    await expect(failed).rejects.toThrow('resvg failed');
    expect(budget.rastersInUse()).toBe(0);
  });

  it('passes on a drawing that throws before its first await', async () => {
    const { budget } = clocked();
    await expect(
      budget.run(() => {
        throw new Error('bad chart');
      }),
    ).rejects.toThrow('bad chart');
  });
});
