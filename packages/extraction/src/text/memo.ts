/**
 * A copy of `s` that holds no reference to the text it was sliced from. V8 keeps a slice of 13 characters or more
 * as a view into its parent, so a cache keyed by slices would keep whole articles alive; a slice of a
 * concatenation is cut from a fresh flat copy instead. Call it only when a key is stored, not per lookup.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * A bounded cache for a pure function of one string (names recur within an article and across the articles of a
 * run). Keys are stored detached from the text they were sliced from, so the cache never keeps an article alive;
 * it is emptied when full. Only for functions whose result callers never mutate.
 */
export function memoByString<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(detached(s), value);
    return value;
  };
}
