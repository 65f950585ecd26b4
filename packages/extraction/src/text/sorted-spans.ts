/**
 * Range lookups on lists sorted by `start`: a binary search for the first item, then a walk to the end of the
 * range, so a rule that asks "what starts in this sentence?" for every sentence costs O(log n + answer) per call
 * instead of a scan of the whole list (which made extraction quadratic on long documents).
 */

/** Index of the first item whose start is ≥ `start` (items sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items whose start lies in [start, end), in order (items sorted by start). */
export function startingIn<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(items, start); i < items.length && items[i]!.start < end; i++) out.push(items[i]!);
  return out;
}
