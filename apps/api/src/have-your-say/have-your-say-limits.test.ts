import { HaveYourSayLimited, memoryHaveYourSayLimits } from './have-your-say-limits';

describe('HaveYourSayLimits', () => {
  it('takes 5 messages in 10 minutes from one address, then refuses with the wait', async () => {
    const limits = memoryHaveYourSayLimits();
    for (let i = 0; i < 5; i++) await limits.take('203.0.113.1');
    const refusal = await limits.take('203.0.113.1').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(HaveYourSayLimited);
    expect((refusal as HaveYourSayLimited).retryAfterMs).toBeGreaterThan(9 * 60 * 1000);
    // Another address is not affected.
    await expect(limits.take('203.0.113.2')).resolves.toBeUndefined();
  });

  it('has a daily ceiling beyond the short window', async () => {
    const limits = memoryHaveYourSayLimits([
      { name: 'short', points: 100, durationSeconds: 1 },
      { name: 'day', points: 3, durationSeconds: 86_400 },
    ]);
    for (let i = 0; i < 3; i++) await limits.take('a');
    await expect(limits.take('a')).rejects.toMatchObject({ window: 'day' });
  });
});
