import { LruCache } from './embed-cache';

describe('the embed cache', () => {
  it('keeps the most recently used entries up to its capacity', () => {
    const cache = new LruCache<number>(2, 60_000);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    expect(cache.get('a', 1)).toBe(1); // a is now the most recent
    cache.set('c', 3, 2);
    expect(cache.get('b', 3)).toBeUndefined();
    expect(cache.get('a', 3)).toBe(1);
    expect(cache.get('c', 3)).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets an entry once it is older than its age limit', () => {
    const cache = new LruCache<number>(10, 1000);
    cache.set('a', 1, 0);
    expect(cache.get('a', 999)).toBe(1);
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('makes a value once for callers arriving together, and forgets a failure', async () => {
    const cache = new LruCache<Promise<string>>(10, 60_000);
    let made = 0;
    const make = () => {
      made += 1;
      return new Promise<string>((resolve) => setTimeout(() => resolve('figures'), 5));
    };
    const answers = await Promise.all([cache.remember('k', make), cache.remember('k', make), cache.remember('k', make)]);
    expect(answers).toEqual(['figures', 'figures', 'figures']);
    expect(made).toBe(1);

    const failing = cache.remember('bad', () => Promise.reject(new Error('database down')));
    await expect(failing).rejects.toThrow('database down');
    expect(cache.get('bad')).toBeUndefined();
    await expect(cache.remember('bad', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
