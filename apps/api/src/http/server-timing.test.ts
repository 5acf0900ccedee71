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
    const [a, b] = await Promise.all([
      inRequest(async () => {
        await timedStatement(() => sleep(50)).catch(() => undefined);
        return serverTiming();
      }),
      inRequest(async () => {
        await timedStatement(async () => {
          await sleep(5);
          throw new Error('refused');
        }).catch(() => undefined);
        return serverTiming();
      }),
    ]);
    expect(reportedMs(a)).toBeGreaterThanOrEqual(45);
    expect(reportedMs(b)).toBeLessThan(45);
    expect(reportedMs(b)).toBeGreaterThan(0);
  });
});
