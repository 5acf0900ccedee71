import { LruMap } from './lru';

const lru = (limits: Partial<{ maxEntries: number; maxBytes: number; maxAgeMs: number }> = {}) =>
  new LruMap<string>({ maxEntries: 100, maxBytes: 1_000_000, maxAgeMs: 60_000, ...limits }, (text) => text.length);

describe('the LRU map', () => {
  it('evicts the least recently used entry beyond its number of entries', () => {
    const cache = lru({ maxEntries: 2 });
    cache.set('a', 'A', 0);
    cache.set('b', 'B', 0);
    expect(cache.get('a', 1)).toBe('A'); // a is now the most recent
    cache.set('c', 'C', 2);
    expect(cache.get('b', 3)).toBeUndefined();
    expect(cache.get('a', 3)).toBe('A');
    expect(cache.get('c', 3)).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('evicts the least recently used entries beyond its bytes, counting keys and values', () => {
    const cache = lru({ maxBytes: 100 });
    cache.set('k1', 'x'.repeat(20)); // 22 bytes
    cache.set('k2', 'x'.repeat(20));
    cache.set('k3', 'x'.repeat(20));
    cache.set('k4', 'x'.repeat(20));
    expect(cache.bytes).toBe(88);
    cache.get('k1');
    cache.set('k5', 'x'.repeat(20)); // 110 > 100: k2, the least recently used, goes
    expect(cache.get('k2')).toBeUndefined();
    expect(cache.get('k1')).toBeDefined();
    expect(cache.size).toBe(4);
    expect(cache.bytes).toBe(88);
  });

  it('refuses a value that would take more than a quarter of its bytes, keeping the rest', () => {
    const cache = lru({ maxBytes: 100 });
    cache.set('small', 'x');
    expect(cache.set('big', 'x'.repeat(30))).toBe(false);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBe('x');
  });

  it('replaces a key in place, and forgets an entry older than its age limit', () => {
    const cache = lru({ maxAgeMs: 1000 });
    cache.set('a', 'first', 0);
    cache.set('a', 'second!', 0);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe('a'.length + 'second!'.length);
    expect(cache.get('a', 999)).toBe('second!');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});
