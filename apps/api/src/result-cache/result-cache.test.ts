import type { DataSource } from 'typeorm';
import type { DataVersions } from '../data-versions/data-versions';
import { redisResultStore } from './redis-result-store';
import { createResultCache, ResultCache } from './result-cache';
import { decodeResult, encodeResult } from './result-codec';
import { serviceAreaScope } from './result-key';
import { reportQuestion } from './report-question';
import { memoryResultStore, offResultStore } from './result-store';
import { trendQuestion } from './trend-question';

const TODAY = '2026-11-26';
const at = new Date('2026-11-01T10:00:00Z');
const stamp = (version: number) => ({ version, updatedAt: at });
const VERSIONS: DataVersions = { contacts: stamp(7), information_requests: stamp(2), learning_actions: stamp(3), reference_data: stamp(4) };
// The cache only asks a data source which database it is (the versions are given).
const dataSource = { options: { type: 'better-sqlite3', database: '/tmp/result-cache-unit.sqlite' } } as unknown as DataSource;
const trend = trendQuestion({ financialYear: '2009/10', groupBy: 'CHANNEL' }, TODAY);

function counting<T>(value: (n: number) => T) {
  let calls = 0;
  const compute = async () => value(++calls);
  return { compute, calls: () => calls };
}

describe('the result cache', () => {
  it('answers the second asking from the cache, as the first was answered (dates included)', async () => {
    const cache = new ResultCache(memoryResultStore(1024 * 1024));
    const { compute, calls } = counting((n) => ({ total: 441, n, learningActions: [{ id: 1, createdAt: at }] }));
    const first = await cache.answer(dataSource, trend, compute, { versions: VERSIONS });
    const second = await cache.answer(dataSource, trend, compute, { versions: VERSIONS });
    expect(second).toEqual(first);
    expect(second.learningActions[0].createdAt).toBeInstanceOf(Date);
    expect(calls()).toBe(1);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it('never serves one scope’s answer to another', async () => {
    const cache = new ResultCache(memoryResultStore(1024 * 1024));
    const socialCare = { ...trend, scope: serviceAreaScope(['SOCIAL_CARE']) };
    const schools = { ...trend, scope: serviceAreaScope(['SCHOOL_STANDARDS']) };
    expect(await cache.answer(dataSource, socialCare, async () => 'social care only', { versions: VERSIONS })).toBe('social care only');
    expect(await cache.answer(dataSource, schools, async () => 'schools only', { versions: VERSIONS })).toBe('schools only');
    expect(await cache.answer(dataSource, trend, async () => 'everyone', { versions: VERSIONS })).toBe('everyone');
    expect(await cache.answer(dataSource, socialCare, async () => 'recomputed', { versions: VERSIONS })).toBe('social care only');
    expect(cache.stats).toMatchObject({ hits: 1, misses: 3 });
  });

  it('computes again when a kind the answer reads changes, and not for another kind', async () => {
    const cache = new ResultCache(memoryResultStore(1024 * 1024));
    const { compute, calls } = counting((n) => n);
    await cache.answer(dataSource, trend, compute, { versions: VERSIONS });
    expect(await cache.answer(dataSource, trend, compute, { versions: { ...VERSIONS, learning_actions: stamp(9) } })).toBe(1);
    expect(await cache.answer(dataSource, trend, compute, { versions: { ...VERSIONS, contacts: stamp(8) } })).toBe(2);
    const report = reportQuestion('2009/10', TODAY);
    await cache.answer(dataSource, report, compute, { versions: VERSIONS });
    expect(await cache.answer(dataSource, report, compute, { versions: { ...VERSIONS, learning_actions: stamp(9) } })).toBe(4);
    expect(calls()).toBe(4);
  });

  it('keeps nothing when a version is unknown, or when computing fails', async () => {
    const cache = new ResultCache(memoryResultStore(1024 * 1024));
    const { compute, calls } = counting((n) => n);
    const withoutContacts = { ...VERSIONS, contacts: undefined };
    await cache.answer(dataSource, trend, compute, { versions: withoutContacts });
    await cache.answer(dataSource, trend, compute, { versions: withoutContacts });
    expect(calls()).toBe(2);
    expect(cache.stats.uncached).toBe(2);

    await expect(cache.answer(dataSource, trend, () => Promise.reject(new Error('too many aggregates')), { versions: VERSIONS })).rejects.toThrow('too many aggregates');
    expect(await cache.answer(dataSource, trend, compute, { versions: VERSIONS })).toBe(3);
  });

  it('shares one computation between callers arriving together only when asked to, even with the cache off', async () => {
    for (const store of [memoryResultStore(1024 * 1024), offResultStore]) {
      const cache = new ResultCache(store);
      let made = 0;
      const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`figures ${++made}`), 5));
      const shared = await Promise.all([1, 2, 3].map(() => cache.answer(dataSource, trend, slow, { versions: VERSIONS, shareInFlight: true })));
      expect(shared).toEqual(['figures 1', 'figures 1', 'figures 1']);
      const report = reportQuestion('2009/10', TODAY);
      const separate = await Promise.all([1, 2].map(() => cache.answer(dataSource, report, slow, { versions: VERSIONS })));
      expect(separate).toEqual(['figures 2', 'figures 3']);
    }
  });

  it('with RESULT_CACHE=off computes every time', async () => {
    const cache = await createResultCache({ resultCache: { store: 'off', maxBytes: 1024 }, redisUrl: null });
    const { compute, calls } = counting((n) => n);
    await cache.answer(dataSource, trend, compute, { versions: VERSIONS });
    await cache.answer(dataSource, trend, compute, { versions: VERSIONS });
    expect(calls()).toBe(2);
  });

  it('computes, without an error, when its Redis does not answer', async () => {
    const started = Date.now();
    const cache = new ResultCache(await redisResultStore('redis://127.0.0.1:1', 1024 * 1024));
    try {
      const { compute, calls } = counting((n) => n);
      expect(await cache.answer(dataSource, trend, compute, { versions: VERSIONS })).toBe(1);
      expect(await cache.answer(dataSource, trend, compute, { versions: VERSIONS })).toBe(2);
      expect(calls()).toBe(2);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await cache.close();
    }
  });

  it('encodes dates so that they come back as dates, and nothing else changes', () => {
    const value = { at, list: [at, 1, 'x', null], nested: { $date: 'not alone', other: 1 } };
    expect(decodeResult(encodeResult(value))).toEqual(value);
  });
});
