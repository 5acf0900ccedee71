/**
 * Where sign-in counts live: this process's memory by default, or Redis when
 * REDIS_URL is set so that several API processes share them. Redis is used
 * fail-fast (short timeouts, no offline queue): when it is down a sign-in is
 * refused at once by the caller instead of waiting for it to come back.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../logging/logger';

export interface SignInStore {
  /** A fixed-window counter of `points` per `durationSeconds`, its keys under `keyPrefix`. */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

export function memorySignInStore(): SignInStore {
  return {
    limiter: (keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration }),
    close: async () => undefined,
  };
}

/** How long start-up waits for a first connection before serving anyway (sign-in then refuses until Redis is up). */
const FIRST_CONNECTION_WAIT_MS = 2_000;

/**
 * A Redis-backed store. ioredis options may also be given as URL query
 * parameters, e.g. `redis://host:6379/0?keyPrefix=staging:` to share one Redis
 * between deployments.
 */
export async function redisSignInStore(url: string): Promise<SignInStore> {
  const client = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    // Commands sent while disconnected fail at once instead of queueing until Redis returns.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // Reconnection attempts repeat the same error: log the outage once, and its end.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.error({ event: 'sign_in_store_unavailable', error: error.message }, 'Redis for sign-in limits is unavailable: sign-in is refused until it is back');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ event: 'sign_in_store_available' }, 'Redis for sign-in limits is available again');
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
  return {
    limiter: (keyPrefix, points, duration) =>
      new RateLimiterRedis({ storeClient: client, keyPrefix, points, duration, rejectIfRedisNotReady: true }),
    async close() {
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}

export function signInStore(redisUrl: string | null): Promise<SignInStore> {
  return redisUrl ? redisSignInStore(redisUrl) : Promise.resolve(memorySignInStore());
}
