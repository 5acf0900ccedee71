/**
 * Where sign-in counts live: this process's memory by default, or Redis when
 * REDIS_URL is set so that several API processes share them. Redis is used
 * fail-fast (short timeouts, no offline queue): when it is down a sign-in is
 * refused at once by the caller instead of waiting for it to come back.
 */
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../logging/logger';
import { closeRedis, connectFailFastRedis } from '../redis/fail-fast-redis';

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

/** A Redis-backed store (see redis/fail-fast-redis.ts): sign-in is refused while Redis is down. */
export async function redisSignInStore(url: string): Promise<SignInStore> {
  const client = await connectFailFastRedis(url, {
    commandTimeoutMs: 1_000,
    maxRetriesPerRequest: 1,
    onDown: (error) =>
      logger.error({ event: 'sign_in_store_unavailable', error: error.message }, 'Redis for sign-in limits is unavailable: sign-in is refused until it is back'),
    onUp: () => logger.info({ event: 'sign_in_store_available' }, 'Redis for sign-in limits is available again'),
  });
  return {
    limiter: (keyPrefix, points, duration) =>
      new RateLimiterRedis({ storeClient: client, keyPrefix, points, duration, rejectIfRedisNotReady: true }),
    close: () => closeRedis(client),
  };
}

export function signInStore(redisUrl: string | null): Promise<SignInStore> {
  return redisUrl ? redisSignInStore(redisUrl) : Promise.resolve(memorySignInStore());
}
