/**
 * Where cached results live: this process's memory (the default), Redis (shared
 * by several API processes: redis-result-store.ts) or nowhere. Values are JSON
 * text (result-codec.ts), so nothing a caller does to an answer changes the
 * cached copy, and the memory store can count its bytes. A store never throws:
 * a value it cannot give is a miss, and the caller computes.
 */
import { LruMap } from './lru';

export interface ResultStore {
  readonly kind: 'memory' | 'redis' | 'off';
  get(key: string): Promise<string | undefined>;
  /** Keeps `value` if it can (a store may refuse a value too large for it). */
  set(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

/** How long an entry is kept at most. Keys change with the data, so this only bounds what unversioned writes (raw SQL from outside the API) can leave behind. */
export const RESULT_TTL_SECONDS = 60 * 60;
/** Entries the memory store holds at most, whatever their size. */
export const MEMORY_MAX_ENTRIES = 5_000;

export function memoryResultStore(maxBytes: number, maxAgeMs = RESULT_TTL_SECONDS * 1000): ResultStore & { readonly lru: LruMap<string> } {
  const lru = new LruMap<string>({ maxEntries: MEMORY_MAX_ENTRIES, maxBytes, maxAgeMs }, (text) => text.length);
  return {
    kind: 'memory',
    lru,
    get: async (key) => lru.get(key),
    set: async (key, value) => void lru.set(key, value),
    close: async () => undefined,
  };
}

export const offResultStore: ResultStore = {
  kind: 'off',
  get: async () => undefined,
  set: async () => undefined,
  close: async () => undefined,
};
