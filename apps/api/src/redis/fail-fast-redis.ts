/**
 * One way to connect to Redis for state several API processes share (sign-in
 * limits, cached results): fail fast (short timeouts, no offline queue, so a
 * command sent while Redis is down fails at once instead of waiting), keep
 * reconnecting in the background, log an outage once and its end, and let
 * start-up go on after a short wait so the API serves even while Redis is down.
 * ioredis options may also be given as URL query parameters, e.g.
 * `redis://host:6379/0?keyPrefix=staging:` to share one Redis between deployments.
 */
import { Redis } from 'ioredis';

/** How long start-up waits for a first connection before serving anyway. */
const FIRST_CONNECTION_WAIT_MS = 2_000;

export interface FailFastRedisOptions {
  commandTimeoutMs: number;
  maxRetriesPerRequest: number;
  /** Called once when Redis becomes unavailable (not on every reconnection attempt). */
  onDown(error: Error): void;
  /** Called once when it is available again after an outage. */
  onUp(): void;
}

export async function connectFailFastRedis(url: string, options: FailFastRedisOptions): Promise<Redis> {
  const client = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: options.commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: options.maxRetriesPerRequest,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // Reconnection attempts repeat the same error: report the outage once, and its end.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    options.onDown(error);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    options.onUp();
  });
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECTION_WAIT_MS);
    client.once('ready', done);
    client.once('error', done);
  });
  return client;
}

/** Quits politely when connected, otherwise just drops the connection attempts. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}
