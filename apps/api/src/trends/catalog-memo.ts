/**
 * Values a trend derives from the reference catalog (a dimension's values, the
 * codes a later reorganisation brought in), worked out once per catalog rather
 * than on every request: a national catalog lists over a thousand service
 * areas, and a trend filtered to eleven of them used to walk all of them
 * several times. Keyed by the catalog's own lists, which are never changed once
 * loaded (cachedReferenceCatalog shares one catalog between requests), so a new
 * catalog starts afresh. Values are frozen: they are shared between requests.
 */
const MAX_KEYS_PER_OWNER = 64;

const memos = new WeakMap<object, Map<string, unknown>>();

/** `compute()` once per `owner` and `key` (a few dozen keys per owner at most; past that they start again). */
export function memoOn<T>(owner: object, key: string, compute: () => T): T {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  if (memo.size >= MAX_KEYS_PER_OWNER) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}

/** A frozen array of frozen items, for values shared between requests. */
export function frozenList<T extends object>(items: T[]): readonly T[] {
  for (const item of items) Object.freeze(item);
  return Object.freeze(items);
}
