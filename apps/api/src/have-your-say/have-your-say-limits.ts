/**
 * How often one address may send a "Have your say" message: 5 in 10 minutes
 * and 20 in a day. Enough for a young person who sends a second thought, or a
 * few sharing a school or care home's connection; a script is stopped after a
 * handful. Counts live in this process's memory, or in Redis when REDIS_URL is
 * set (shared by every API process; see redis/fail-fast-redis.ts), and expire
 * with their window: the address is never written to the database.
 *
 * If Redis is down, each process counts in its own memory instead (Redis
 * limiters' insurance): the page stays open to children, still limited.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../logging/logger';
import { closeRedis, connectFailFastRedis } from '../redis/fail-fast-redis';

export const HAVE_YOUR_SAY_RATE_LIMITS: ReadonlyArray<{ name: string; points: number; durationSeconds: number }> = [
  { name: '10 minutes', points: 5, durationSeconds: 10 * 60 },
  { name: 'day', points: 20, durationSeconds: 24 * 60 * 60 },
];

/** Over a limit: no message is taken from the address for `retryAfterMs`. */
export class HaveYourSayLimited extends Error {
  constructor(
    readonly window: string,
    readonly retryAfterMs: number,
  ) {
    super(`Have your say limit per address per ${window} reached`);
  }
}

type LimiterFactory = (keyPrefix: string, points: number, durationSeconds: number) => RateLimiterAbstract;

export class HaveYourSayLimits {
  private readonly limiters: ReadonlyArray<readonly [RateLimiterAbstract, string]>;

  constructor(
    make: LimiterFactory,
    private readonly onClose: () => Promise<void> = async () => undefined,
    limits = HAVE_YOUR_SAY_RATE_LIMITS,
  ) {
    this.limiters = limits.map((l) => [make(`have-your-say:${l.durationSeconds}`, l.points, l.durationSeconds), l.name] as const);
  }

  /** Counts one message from `address`; throws HaveYourSayLimited when a limit is reached (a refused one counts too). */
  async take(address: string): Promise<void> {
    const refusals: HaveYourSayLimited[] = [];
    for (const [limiter, window] of this.limiters) {
      try {
        await limiter.consume(address);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) refusals.push(new HaveYourSayLimited(window, rejection.msBeforeNext));
        else throw rejection;
      }
    }
    // The longest wait is the one that matters.
    if (refusals.length) throw refusals.reduce((a, b) => (b.retryAfterMs > a.retryAfterMs ? b : a));
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

export function memoryHaveYourSayLimits(limits = HAVE_YOUR_SAY_RATE_LIMITS): HaveYourSayLimits {
  return new HaveYourSayLimits((keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration }), undefined, limits);
}

export async function redisHaveYourSayLimits(url: string): Promise<HaveYourSayLimits> {
  const client = await connectFailFastRedis(url, {
    commandTimeoutMs: 1_000,
    maxRetriesPerRequest: 1,
    onDown: (error) =>
      logger.error({ event: 'have_your_say_store_unavailable', error: error.message }, 'Redis for "Have your say" limits is unavailable: each process counts on its own until it is back'),
    onUp: () => logger.info({ event: 'have_your_say_store_available' }, 'Redis for "Have your say" limits is available again'),
  });
  return new HaveYourSayLimits(
    (keyPrefix, points, duration) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      }),
    () => closeRedis(client),
  );
}

export function haveYourSayLimits(redisUrl: string | null): Promise<HaveYourSayLimits> {
  return redisUrl ? redisHaveYourSayLimits(redisUrl) : Promise.resolve(memoryHaveYourSayLimits());
}
