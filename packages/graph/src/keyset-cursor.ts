/**
 * Opaque keyset cursors: the sort key of the last item a page showed (`[publishedAt, id]`, `[strength, id]` …),
 * so the next page starts strictly after it with a WHERE on the key — never a SKIP over the items before it.
 * A cursor names its list (`scope`), so one list's cursor is refused by another.
 */
export type CursorKey = Array<string | number>;

/** Encodes `key` as a cursor of the list `scope`. */
export function encodeCursor(scope: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([scope, ...key])).toString('base64url');
}

/**
 * The key a cursor of `scope` holds, checked against `shape` ('s' string, 'n' number per position); null for a
 * cursor that is not one of ours, of another list, or malformed.
 */
export function decodeCursor(cursor: string, scope: string, shape: string): CursorKey | null {
  if (cursor.length > 1_000) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== scope || parsed.length !== shape.length + 1) return null;
  const key = parsed.slice(1) as unknown[];
  const fits = key.every((value, i) =>
    shape[i] === 'n' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string',
  );
  return fits ? (key as CursorKey) : null;
}
