import type { Grouped } from './records.js';

/** Turns `{ id, items }` rows into a Map (ids with no row map to nothing; loaders default them to []). */
export function groupRows<T>(rows: Array<{ id: string; items: T[] }>): Grouped<T> {
  const grouped: Grouped<T> = new Map();
  for (const row of rows) grouped.set(row.id, [...(grouped.get(row.id) ?? []), ...row.items]);
  return grouped;
}

/** Encodes a list offset as an opaque cursor. */
export function offsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** Where a page `after` a cursor starts: 0 without one, null for a cursor that is not one of ours. */
export function offsetAfter(cursor: string | null | undefined): number | null {
  if (cursor == null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) + 1 : null;
}
