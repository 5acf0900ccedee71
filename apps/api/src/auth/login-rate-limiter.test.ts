import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  let now = 0;
  const limiter = () => new LoginRateLimiter({ windowMs: 1000, maxPerAccount: 3, maxPerAddress: 5, now: () => now });

  beforeEach(() => (now = 10_000));

  it('blocks an account after its limit, until the window passes', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfterMs('a@x', '1.1.1.1')).toBe(0);
      l.recordFailure('a@x', `10.0.0.${i}`);
      now += 10;
    }
    expect(l.retryAfterMs('a@x', '9.9.9.9')).toBe(1000 - 30);
    now += 1000;
    expect(l.retryAfterMs('a@x', '9.9.9.9')).toBe(0);
  });

  it('blocks an address trying many accounts', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure(`user${i}@x`, '1.1.1.1');
    expect(l.retryAfterMs('someone-else@x', '1.1.1.1')).toBeGreaterThan(0);
    expect(l.retryAfterMs('someone-else@x', '2.2.2.2')).toBe(0);
  });

  it("forgets an account's failures after a successful sign-in", () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.recordFailure('a@x', '1.1.1.1');
    l.recordSuccess('a@x');
    expect(l.retryAfterMs('a@x', '3.3.3.3')).toBe(0);
  });
});
