import type { NextFunction, Request, Response } from 'express';
import { serverTiming, serverTimingScope, timedStatement } from './server-timing';

const inRequest = <T>(work: () => Promise<T>): Promise<T> =>
  new Promise((resolve, reject) => serverTimingScope({} as Request, {} as Response, (() => work().then(resolve, reject)) as NextFunction));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reportedMs = (value: string | undefined) => Number(/sql;dur=([\d.]+)/.exec(value ?? '')?.[1]);

describe('Server-Timing sql;dur', () => {
  it('sends nothing for a request that ran no aggregate statement, and nothing outside a request', async () => {
    expect(await inRequest(async () => serverTiming())).toBeUndefined();
    expect(await timedStatement(async () => 'ran')).toBe('ran');
    expect(serverTiming()).toBeUndefined();
  });

  it('counts statements that overlap once (wall time while any runs), and adds those that do not', async () => {
    const started = performance.now();
    const value = await inRequest(async () => {
      await Promise.all([timedStatement(() => sleep(60)), timedStatement(() => sleep(60))]);
      await timedStatement(() => sleep(30));
      return serverTiming();
    });
    const wallMs = performance.now() - started;
    expect(value).toMatch(/^sql;dur=[\d.]+;desc="Aggregate statements"$/);
    expect(reportedMs(value)).toBeGreaterThanOrEqual(85);
    // Summing the two that overlap would give more than the time that passed.
    expect(reportedMs(value)).toBeLessThanOrEqual(wallMs + 0.01);
  });

  it('keeps each request to its own clock, and counts a statement that fails', async () => {
    // Ordered by a promise, not by timers (a loaded CI machine once fired a 5 ms timer after 714 ms): a's statement
    // starts first and runs until b has read its clock, so one clock shared by both would give b nothing.
    let releaseA!: () => void;
    const aMayEnd = new Promise<void>((resolve) => (releaseA = resolve));
    const [a, b] = await Promise.all([
      inRequest(async () => {
        await timedStatement(async () => {
          await aMayEnd;
          await sleep(50);
        }).catch(() => undefined);
        return serverTiming();
      }),
      inRequest(async () => {
        const started = performance.now();
        await timedStatement(async () => {
          await sleep(5);
          throw new Error('refused');
        }).catch(() => undefined);
        const spanMs = performance.now() - started;
        const value = serverTiming();
        releaseA();
        return { value, spanMs };
      }),
    ]);
    expect(reportedMs(a)).toBeGreaterThanOrEqual(45);
    expect(reportedMs(b.value)).toBeGreaterThan(0);
    // b's own statement only, failed as it did; a's, running all the while, is not on b's clock.
    expect(reportedMs(b.value)).toBeLessThanOrEqual(b.spanMs + 0.01);
    expect(reportedMs(a)).toBeGreaterThan(reportedMs(b.value));
  });
});
