/**
 * Stopping on SIGTERM (docker stop, systemd, a rolling upgrade) without
 * cutting anyone off: stop accepting connections, let the requests in flight
 * finish (closing each keep-alive connection as it falls idle), then close the
 * server's resources (Apollo, the database pool) and exit 0. Requests still
 * running after the grace period are cut off, so a stuck one cannot hold the
 * process up until the orchestrator kills it.
 */
import type { Server, ServerResponse } from 'http';

/** Below compose's stop_grace_period (30 s), so the process exits by itself before it is killed. */
export const SHUTDOWN_GRACE_MS = 20_000;

export interface ShutdownOptions {
  graceMs?: number;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/** The responses not yet finished, from now on; call when the server starts listening. */
export function trackRequests(http: Server): Set<ServerResponse> {
  const inFlight = new Set<ServerResponse>();
  http.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    const done = () => inFlight.delete(res);
    res.once('finish', done);
    res.once('close', done);
  });
  return inFlight;
}

/**
 * Returns the shutdown to run once on a signal: resolves when the requests in
 * flight have been answered (or the grace period is over) and `release`
 * (Apollo, the database) has finished. Node's own close callback is no use
 * here: it can fire while a request is still being answered.
 */
export function gracefulShutdown(http: Server, release: () => Promise<void>, options: ShutdownOptions = {}): () => Promise<void> {
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  const log = options.log ?? (() => undefined);
  const inFlight = trackRequests(http);
  let running: Promise<void> | null = null;
  return () => {
    running ??= (async () => {
      log('shutting down: no new connections; finishing the requests in flight', { inFlight: inFlight.size });
      http.close();
      // Each connection closes after its answer, including answers to requests that arrive on a kept-alive one.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      http.on('request', (_req, res: ServerResponse) => res.setHeader('Connection', 'close'));
      const deadline = Date.now() + graceMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        http.closeIdleConnections();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (inFlight.size > 0) log('shutting down: grace period over; closing the connections still open', { inFlight: inFlight.size });
      http.closeAllConnections();
      await release();
      log('shut down');
    })();
    return running;
  };
}
