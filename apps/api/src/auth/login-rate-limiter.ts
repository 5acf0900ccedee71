/**
 * Counts failed sign-ins per account and per address in a sliding window and
 * refuses further attempts once either is over its limit. In memory: one API
 * process. Running several behind a load balancer needs a shared store.
 */
export interface RateLimitOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerAddress: number;
  now?: () => number;
}

export const DEFAULT_LOGIN_LIMITS: RateLimitOptions = { windowMs: 15 * 60_000, maxPerAccount: 5, maxPerAddress: 20 };

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions = DEFAULT_LOGIN_LIMITS) {
    this.now = options.now ?? Date.now;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterMs(account: string, address: string): number {
    const wait = (list: number[], max: number) => (list.length >= max ? list[list.length - max] + this.options.windowMs - this.now() : 0);
    return Math.max(
      wait(this.recent(`account:${account}`), this.options.maxPerAccount),
      wait(this.recent(`address:${address}`), this.options.maxPerAddress),
      0,
    );
  }

  recordFailure(account: string, address: string): void {
    const at = this.now();
    for (const key of [`account:${account}`, `address:${address}`]) this.failures.set(key, [...this.recent(key), at]);
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  recordSuccess(account: string): void {
    this.failures.delete(`account:${account}`);
  }
}
