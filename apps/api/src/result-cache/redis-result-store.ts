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
import { Redis } from 'ioredis';
import { logger } from '../logging/logger';
import { RESULT_TTL_SECONDS, type ResultStore } from './result-store';

/** How long start-up waits for a first connection before serving anyway (uncached until Redis is up). */
const FIRST_CONNECTION_WAIT_MS = 2_000;
/** A cached answer slower than this is no faster than computing it: give up and compute. */
const COMMAND_TIMEOUT_MS = 500;

export async function redisResultStore(url: string, maxValueBytes: number): Promise<ResultStore> {
  const client = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // Reconnection attempts repeat the same error: log the outage once, and its end.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ event: 'result_cache_unavailable', error: error.message }, 'Redis for the result cache is unavailable: answers are computed uncached until it is back');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ event: 'result_cache_available' }, 'Redis for the result cache is available again');
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
    async close() {
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
