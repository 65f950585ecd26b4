/** Links between pages. Ids contain colons (`person:andy-jassy`), so they are always URI-encoded. */

export function entityHref(id: string): string {
  return `/entity/${encodeURIComponent(id)}`;
}

export function sourceHref(id: string): string {
  return `/source/${encodeURIComponent(id)}`;
}

/** A span of a source's text: `text.slice(start, end)`, in UTF-16 code units as the API gives offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The fragment id of the highlighted quote on a source page. */
export const QUOTE_FRAGMENT = 'quote';

/** A source page with `span` highlighted and scrolled to: `/source/<id>?quote=<start>-<end>#quote`. */
export function quoteHref(sourceId: string, span: TextSpan): string {
  return `${sourceHref(sourceId)}?quote=${span.start}-${span.end}#${QUOTE_FRAGMENT}`;
}

/**
 * The span of a `quote=<start>-<end>` parameter, or null unless both are integers with
 * 0 ≤ start < end ≤ `textLength` (anything else is ignored, never an error).
 */
export function parseQuoteParam(value: string, textLength: number): TextSpan | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start < end && end <= textLength ? { start, end } : null;
}

export function eventHref(id: string): string {
  return `/event/${encodeURIComponent(id)}`;
}

export function graphHref(focus: string): string {
  return `/graph?focus=${encodeURIComponent(focus)}`;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

export function pathHref(from: string, to: string): string {
  return `/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}

/** The page of a graph node: a source, an event or an entity page. */
export function nodeHref(node: { id: string; type: string }): string {
  if (node.type === 'Source') return sourceHref(node.id);
  if (node.type === 'Event') return eventHref(node.id);
  return entityHref(node.id);
}

/** A route parameter back to the id (Next passes dynamic segments still encoded). */
export function decodeRouteParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The first value of a search parameter, trimmed; '' when absent. */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}
