/**
 * Polls /healthz every ~20 ms from a worker thread, so that its timings are
 * those of an outside client even when the server (in the main thread)
 * blocks its event loop. Latency counts from when a poll was due, so a stall
 * that delays the poll itself is counted too.
 */
import { Worker } from 'worker_threads';

export interface HealthWindow {
  polls: number;
  worstMs: number;
  failures: number;
}

// Plain JavaScript: the worker runs it without the TypeScript loader.
const POLLER = `
const { parentPort, workerData } = require('worker_threads');
let window = null;
let ready = false;
async function loop() {
  for (;;) {
    const due = performance.now();
    let ok = false;
    try {
      const res = await fetch(workerData.url, { signal: AbortSignal.timeout(workerData.timeoutMs) });
      await res.arrayBuffer();
      ok = res.status === 200;
    } catch {}
    const took = performance.now() - due;
    if (!window && !ready) { ready = true; parentPort.postMessage('ready'); }
    if (window) {
      window.polls += 1;
      window.worstMs = Math.max(window.worstMs, took);
      if (!ok) window.failures += 1;
    }
    if (workerData.stopped[0]) return;
    await new Promise((r) => setTimeout(r, Math.max(0, workerData.intervalMs - took)));
  }
}
parentPort.on('message', (m) => {
  if (m === 'start') window = { polls: 0, worstMs: 0, failures: 0 };
  if (m === 'stop') { parentPort.postMessage(window); window = null; }
});
loop().then(() => parentPort.postMessage('done'));
`;

export class HealthPoller {
  private readonly stopped = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;

  private constructor(url: string, intervalMs: number, timeoutMs: number) {
    this.worker = new Worker(POLLER, { eval: true, workerData: { url, intervalMs, timeoutMs, stopped: this.stopped } });
  }

  /** A poller whose first poll has been answered. */
  static async start(url: string, intervalMs = 20, timeoutMs = 60_000): Promise<HealthPoller> {
    const poller = new HealthPoller(url, intervalMs, timeoutMs);
    await new Promise((resolve) => poller.worker.once('message', resolve));
    return poller;
  }

  /** Runs `work` with the poller counting; returns its result and the window's worst /healthz latency. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; health: HealthWindow }> {
    this.worker.postMessage('start');
    // Let at least one poll land before the request goes out.
    await new Promise((r) => setTimeout(r, 60));
    const result = await work();
    await new Promise((r) => setTimeout(r, 60));
    const health = await new Promise<HealthWindow>((resolve) => {
      this.worker.once('message', resolve);
      this.worker.postMessage('stop');
    });
    return { result, health };
  }

  async close(): Promise<void> {
    Atomics.store(this.stopped, 0, 1);
    await this.worker.terminate();
  }
}
