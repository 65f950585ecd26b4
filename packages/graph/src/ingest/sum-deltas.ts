/**
 * Sums deltas per key (`keyOf`), drops the keys whose deltas cancel out, and sorts by key: a statement that applies
 * them then locks in key order, so two transactions cannot wait on each other through those locks.
 */
export function sumDeltas<T extends { delta: number }>(deltas: readonly T[], keyOf: (row: T) => string): T[] {
  const sums = new Map<string, T>();
  for (const row of deltas) {
    const key = keyOf(row);
    const seen = sums.get(key);
    sums.set(key, seen ? { ...seen, delta: seen.delta + row.delta } : { ...row });
  }
  return [...sums]
    .filter(([, row]) => row.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}
