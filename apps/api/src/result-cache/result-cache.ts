/**
 * The result cache of trends, the annual report and embeds (issue 11, item 3).
 *
 * Each request reads the data versions first (a few rows; on MySQL/MariaDB
 * they come with the signed-in session, auth/session.service.ts), then
 * looks for the answer under a key made of the question, what the caller may
 * see and the versions of the kinds of data the answer reads (result-key.ts).
 * On a miss it computes and stores the answer under those versions, read
 * *before* computing: the answer is at least as new as its key, so a write
 * acknowledged on any process changes the next read's key everywhere, and no
 * answer older than the data is ever served. A write to one kind leaves the
 * answers that do not read it alone (a learning action's update, trends).
 *
 * Memory by default (one LRU per process), Redis to share answers between
 * processes, or off. Failures of the cache are misses, never errors.
 */
import type { DataSource } from 'typeorm';
import type { ResultCacheConfig } from '../config/config';
import { hasVersions, readDataVersions, rolledBackWrites, type DataVersions } from '../data-versions/data-versions';
import { redisResultStore } from './redis-result-store';
import { decodeResult, encodeResult } from './result-codec';
import { databaseIdentity, resultKey, type CacheQuestion } from './result-key';
import { memoryResultStore, offResultStore, type ResultStore } from './result-store';

export interface ResultCacheStats {
  /** Answered from the cache. */
  hits: number;
  /** Computed (and then stored, unless `discarded`). */
  misses: number;
  /** Joined an identical computation already running in this process. */
  joined: number;
  /** Computed without looking: the versions could not be read. */
  uncached: number;
  /** Computed but not kept: a write rolled back meanwhile, or the answer would not encode. */
  discarded: number;
}

export interface AnswerOptions {
  /** Versions already read for this request (e.g. for an ETag); read here when absent. */
  versions?: DataVersions;
  /**
   * Callers asking the same at the same moment share one computation. Only for
   * answers whose computation does not depend on who asks (embeds, admitted
   * under one budget); staff aggregates are admitted per user, so each runs its own.
   * Shared even when the cache is off.
   */
  shareInFlight?: boolean;
}

export class ResultCache {
  readonly stats: ResultCacheStats = { hits: 0, misses: 0, joined: 0, uncached: 0, discarded: 0 };
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(readonly store: ResultStore) {}

  /** The answer to `question`: cached, or `compute()`d and kept. */
  async answer<T>(dataSource: DataSource, question: CacheQuestion, compute: () => Promise<T>, options: AnswerOptions = {}): Promise<T> {
    const off = this.store.kind === 'off';
    if (off && !options.shareInFlight) return compute();
    let versions = options.versions;
    if (!versions) {
      try {
        versions = await readDataVersions(dataSource);
      } catch {
        // The database is failing (or lacks the table): computing will say so properly, or answer.
        versions = {};
      }
    }
    if (!hasVersions(versions, question.reads)) {
      this.stats.uncached += 1;
      return compute();
    }
    const key = resultKey(question, versions, databaseIdentity(dataSource));
    const text = off ? undefined : await this.store.get(key);
    if (text !== undefined) {
      try {
        const value = decodeResult<T>(text);
        this.stats.hits += 1;
        return value;
      } catch {
        // Not ours, or cut short: compute it again.
      }
    }
    const running = options.shareInFlight ? this.inFlight.get(key) : undefined;
    if (running) {
      this.stats.joined += 1;
      return running as Promise<T>;
    }
    this.stats.misses += 1;
    const work = off ? compute() : this.computeAndKeep(dataSource, key, compute);
    if (options.shareInFlight) {
      this.inFlight.set(key, work);
      const forget = () => this.inFlight.delete(key);
      work.then(forget, forget);
    }
    return work;
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async computeAndKeep<T>(dataSource: DataSource, key: string, compute: () => Promise<T>): Promise<T> {
    const rollbacks = rolledBackWrites(dataSource);
    const value = await compute();
    let text: string;
    try {
      text = encodeResult(value);
    } catch {
      this.stats.discarded += 1;
      return value;
    }
    if (rolledBackWrites(dataSource) !== rollbacks) {
      this.stats.discarded += 1;
      return value;
    }
    await this.store.set(key, text);
    return value;
  }
}

/** A cache that keeps nothing: for code paths given none. */
export const NO_RESULT_CACHE = new ResultCache(offResultStore);

/** The cache the configuration asks for (RESULT_CACHE, RESULT_CACHE_MAX_MB, REDIS_URL). */
export async function createResultCache(config: { resultCache: ResultCacheConfig; redisUrl: string | null }): Promise<ResultCache> {
  const { store, maxBytes } = config.resultCache;
  if (store === 'off') return new ResultCache(offResultStore);
  if (store === 'redis') {
    // loadConfig refuses RESULT_CACHE=redis without REDIS_URL.
    return new ResultCache(await redisResultStore(config.redisUrl!, maxBytes / 4));
  }
  return new ResultCache(memoryResultStore(maxBytes));
}
