/**
 * A least-recently-used map bounded by its number of entries and by the
 * approximate bytes its values hold, with an age limit. A Map iterates in
 * insertion order, so re-inserting on every read keeps the least recently used
 * key first, and eviction takes keys from the front.
 */
export interface LruLimits {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
}

interface Entry<V> {
  value: V;
  bytes: number;
  at: number;
}

export class LruMap<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private held = 0;

  constructor(
    readonly limits: LruLimits,
    /** The approximate size of a value in bytes. */
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (now - entry.at >= this.limits.maxAgeMs) return undefined;
    this.entries.set(key, entry);
    this.held += entry.bytes;
    return entry.value;
  }

  /** Keeps `value` unless it alone would take more than a quarter of the budget (it would push out everything else). Returns whether it was kept. */
  set(key: string, value: V, now = Date.now()): boolean {
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const bytes = key.length + this.sizeOf(value);
    if (bytes > this.limits.maxBytes / 4) return false;
    this.entries.set(key, { value, bytes, at: now });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.held <= this.limits.maxBytes) break;
      this.remove(oldest, entry);
    }
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.remove(key, entry);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The approximate bytes held. */
  get bytes(): number {
    return this.held;
  }

  private remove(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.held -= entry.bytes;
  }
}
