import type { Grouped } from './records.js';

/** Turns `{ id, items }` rows into a Map (ids with no row map to nothing; loaders default them to []). */
export function groupRows<T>(rows: Array<{ id: string; items: T[] }>): Grouped<T> {
  const grouped: Grouped<T> = new Map();
  for (const row of rows) grouped.set(row.id, [...(grouped.get(row.id) ?? []), ...row.items]);
  return grouped;
}
