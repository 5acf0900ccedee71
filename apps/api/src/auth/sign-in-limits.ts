/**
 * How many password checks a sign-in may cost. In each 15-minute window: 5 per
 * account from one address, 20 per address (spraying many accounts), and 50
 * per account from all addresses together, so that someone elsewhere cannot
 * lock a colleague out with 5 wrong passwords.
 *
 * An attempt reserves a point on every counter before the password is hashed,
 * atomically in the store, so simultaneous attempts cannot all slip under a
 * limit. Refused attempts give their points back: the counters count password
 * checks (and a successful sign-in gives its points back too: they count failures).
 */
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../logging/logger';
import type { SignInStore } from './sign-in-store';

export const SIGN_IN_LIMITS = {
  windowSeconds: 15 * 60,
  perAccountAndAddress: 5,
  perAddress: 20,
  perAccount: 50,
};

export type SignInLimitName = 'account and address' | 'address' | 'account';

/** Over a limit: no password may be checked for `retryAfterMs`. */
export class SignInLimited extends Error {
  constructor(
    readonly limit: SignInLimitName,
    readonly retryAfterMs: number,
  ) {
    super(`Sign-in limit per ${limit} reached`);
  }
}

/** The store did not answer (Redis down): sign-in fails closed. */
export class SignInStoreUnavailable extends Error {}

/** A reserved password check: settle it once the outcome is known. */
export interface SignInReservation {
  /** The password was right: forget this pair's failures, and give back its points. */
  succeeded(): Promise<void>;
  /** The password was not checked after all (e.g. too busy): give back its points. */
  release(): Promise<void>;
}

type Counter = readonly [limiter: RateLimiterAbstract, key: string, name: SignInLimitName];

export class SignInLimits {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perPair: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  /** When an admin last cleared an account's limits (ms); part of its pair keys, so clearing abandons them all. */
  private readonly clearedAt: RateLimiterAbstract;
  private readonly windowSeconds: number;

  constructor(
    private readonly store: SignInStore,
    limits = SIGN_IN_LIMITS,
  ) {
    const window = limits.windowSeconds;
    this.windowSeconds = window;
    this.perAddress = store.limiter('sign-in:address', limits.perAddress, window);
    this.perPair = store.limiter('sign-in:account-address', limits.perAccountAndAddress, window);
    this.perAccount = store.limiter('sign-in:account', limits.perAccount, window);
    // Outlives every pair key made before the clearing (each lives one window from its first attempt).
    this.clearedAt = store.limiter('sign-in:cleared', 1, window);
  }

  /**
   * Reserves one password check for `account` (a canonical e-mail) from `address`.
   * Throws SignInLimited when a limit is reached, SignInStoreUnavailable when the store fails.
   */
  async reserve(account: string, address: string): Promise<SignInReservation> {
    const generation = await this.guard(this.clearedAt.get(account)).then((res) => res?.consumedPoints ?? 0);
    // The address first: a refused sprayer then creates no per-account keys.
    const counters: Counter[] = [
      [this.perAddress, address, 'address'],
      [this.perPair, JSON.stringify([generation, address, account]), 'account and address'],
      [this.perAccount, account, 'account'],
    ];
    const taken: Counter[] = [];
    for (const counter of counters) {
      const [limiter, key, name] = counter;
      try {
        await limiter.consume(key);
        taken.push(counter);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          await giveBack([...taken, counter]);
          throw new SignInLimited(name, rejection.msBeforeNext);
        }
        await giveBack(taken);
        throw unavailable(rejection);
      }
    }
    const pair = counters[1];
    return {
      succeeded: async () => {
        await Promise.all([settle(pair[0].delete(pair[1])), giveBack([counters[0], counters[2]])]);
      },
      release: () => giveBack(counters),
    };
  }

  /** An admin's unlock: the account's ceiling and its counts from every address start again. */
  async clear(account: string): Promise<void> {
    await this.guard(this.clearedAt.set(account, Date.now(), this.windowSeconds));
    await this.guard(this.perAccount.delete(account));
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async guard<T>(operation: Promise<T>): Promise<T> {
    try {
      return await operation;
    } catch (error) {
      throw unavailable(error);
    }
  }
}

function unavailable(error: unknown): SignInStoreUnavailable {
  return new SignInStoreUnavailable(error instanceof Error ? error.message : String(error));
}

/** Best effort: a failure to give a point back only makes a limit stricter for one window. */
async function settle(operation: Promise<unknown>): Promise<void> {
  try {
    await operation;
  } catch (error) {
    logger.warn({ event: 'sign_in_limit_not_settled', error: error instanceof Error ? error.message : String(error) }, 'could not update a sign-in count');
  }
}

function giveBack(counters: Counter[]): Promise<void> {
  return Promise.all(counters.map(([limiter, key]) => settle(limiter.reward(key)))).then(() => undefined);
}
