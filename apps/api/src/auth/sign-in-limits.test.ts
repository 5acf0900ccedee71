/** The sign-in limits on the in-memory store (the Redis store is exercised in hostile-sign-in.integration.test.ts). */
import { SignInLimited, SignInLimits, type SignInReservation } from './sign-in-limits';
import { memorySignInStore } from './sign-in-store';

const LIMITS = { windowSeconds: 60, perAccountAndAddress: 2, perAddress: 4, perAccount: 5 };

async function refusal(attempt: Promise<unknown>): Promise<SignInLimited> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInLimited);
  return error as SignInLimited;
}

describe('SignInLimits', () => {
  let limits: SignInLimits;
  beforeEach(() => (limits = new SignInLimits(memorySignInStore(), LIMITS)));

  it('reserves at most the pair limit out of a simultaneous burst, and says when to retry', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => limits.reserve('a@x', '1.1.1.1')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as SignInLimited] : []));
    expect(refused.every((r) => r instanceof SignInLimited && r.retryAfterMs > 0 && r.retryAfterMs <= 60_000)).toBe(true);
    // Refusals gave their points back: the address has 2 checks, room for 2 on other accounts.
    await limits.reserve('b@x', '1.1.1.1');
    await limits.reserve('c@x', '1.1.1.1');
    expect((await refusal(limits.reserve('d@x', '1.1.1.1'))).limit).toBe('address');
  });

  it('lets the account be tried from elsewhere until its own ceiling', async () => {
    for (const address of ['1.0.0.1', '1.0.0.1', '1.0.0.2', '1.0.0.2', '1.0.0.3']) await limits.reserve('a@x', address);
    expect((await refusal(limits.reserve('a@x', '1.0.0.1'))).limit).toBe('account and address');
    expect((await refusal(limits.reserve('a@x', '1.0.0.9'))).limit).toBe('account');
    await limits.reserve('other@x', '1.0.0.9');
  });

  it('forgets the pair after a success, and gives back points not used for a check', async () => {
    const first: SignInReservation = await limits.reserve('a@x', '1.1.1.1');
    await limits.reserve('a@x', '1.1.1.1');
    await refusal(limits.reserve('a@x', '1.1.1.1'));
    await first.succeeded();
    const again = await limits.reserve('a@x', '1.1.1.1');
    await again.release();
    await limits.reserve('a@x', '1.1.1.1');
  });

  it('clears an account from every address when an admin says so', async () => {
    for (const address of ['1.0.0.1', '1.0.0.1', '1.0.0.2', '1.0.0.2', '1.0.0.3']) await limits.reserve('a@x', address);
    await refusal(limits.reserve('a@x', '1.0.0.1'));
    await limits.clear('a@x');
    await limits.reserve('a@x', '1.0.0.1');
    await limits.reserve('a@x', '1.0.0.2');
  });
});
