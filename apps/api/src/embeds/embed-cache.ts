/**
 * A small in-process least-recently-used cache with an age limit, for
 * embeds' figures and rendered images. Keys carry everything the value
 * depends on (chart version, data version, rule …), so nothing is ever
 * invalidated by hand: a changed input is a new key, and old keys fall out.
 * The age limit is a safety net for writes the data version cannot see
 * (see data-versions.ts). Embeds' figures are in the shared result cache
 * (result-cache/); this keeps their renderings, in each process.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(
    readonly capacity: number,
    readonly maxAgeMs: number,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now - entry.at >= this.maxAgeMs) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The value for `key`, made once however many ask at the same moment (a page
   * and its images arrive together): concurrent callers share one promise. A
   * failure is not kept.
   */
  remember<T extends V & Promise<unknown>>(key: string, make: () => T, now = Date.now()): T {
    const hit = this.get(key, now) as T | undefined;
    if (hit) return hit;
    const made = make();
    this.set(key, made, now);
    made.catch(() => {
      if (this.entries.get(key)?.value === made) this.entries.delete(key);
    });
    return made;
  }
}
