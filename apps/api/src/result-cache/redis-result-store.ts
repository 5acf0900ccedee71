/**
 * Cached results in Redis, shared by every API process that names the same
 * REDIS_URL: one process's answer serves the others. Invalidation needs no
 * messages between them: keys carry the data versions each request reads from
 * the database, so a write on any process makes the next read everywhere ask
 * for a new key. Entries expire after RESULT_TTL_SECONDS; set Redis's own
 * `maxmemory` with `maxmemory-policy allkeys-lru` to bound its size.
 *
 * Redis is an accelerator, never a dependency: short timeouts, no queueing
 * while disconnected, and any failure is a miss (the answer is computed), so an
 * outage slows answers down but never fails them. ioredis options may be given
 * as URL query parameters, e.g. `redis://host:6379/0?keyPrefix=staging:`.
 */
import { logger } from '../logging/logger';
import { closeRedis, connectFailFastRedis } from '../redis/fail-fast-redis';
import { RESULT_TTL_SECONDS, type ResultStore } from './result-store';

/** A cached answer slower than this is no faster than computing it: give up and compute. */
const COMMAND_TIMEOUT_MS = 500;

export async function redisResultStore(url: string, maxValueBytes: number): Promise<ResultStore> {
  const client = await connectFailFastRedis(url, {
    commandTimeoutMs: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    onDown: (error) =>
      logger.warn({ event: 'result_cache_unavailable', error: error.message }, 'Redis for the result cache is unavailable: answers are computed uncached until it is back'),
    onUp: () => logger.info({ event: 'result_cache_available' }, 'Redis for the result cache is available again'),
  });
  const usable = () => client.status === 'ready';
  return {
    kind: 'redis',
    async get(key) {
      if (!usable()) return undefined;
      try {
        return (await client.get(key)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      if (!usable() || value.length > maxValueBytes) return;
      await client.set(key, value, 'EX', RESULT_TTL_SECONDS).catch(() => undefined);
    },
    close: () => closeRedis(client),
  };
}
