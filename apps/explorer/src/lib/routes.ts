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

/** The page of a graph node: a source, an event, a story or an entity page. */
export function nodeHref(node: { id: string; type: string }): string {
  if (node.type === 'Source') return sourceHref(node.id);
  if (node.type === 'Event') return eventHref(node.id);
  if (node.type === 'Story') return storyHref(node.id);
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

/** A query string of the params that have a value (`?a=1&b=x`), '' when none. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** What can be downloaded: the events of a timeline view, an entity's facts, a graph view. */
export type ExportKind = 'events' | 'entity' | 'graph';

/** A streaming export route: `/export/events?format=csv&kind=layoff…`, `/export/entity?id=…&format=json`, `/export/graph?focus=…`. */
export function exportHref(kind: ExportKind, params: Record<string, string | number | boolean | null | undefined>) {
  return `/export/${kind}${queryString(params)}`;
}

/** The timeline with filters (and optionally a page cursor): every view has its own URL. */
export function eventsHref(params: Record<string, string | number | boolean | null | undefined> = {}) {
  return `/events${queryString(params)}`;
}

/** The list of articles in an order, optionally from a cursor. */
export function sourcesHref(params: Record<string, string | number | boolean | null | undefined> = {}) {
  return `/sources${queryString(params)}`;
}

/** A story page (one real-world round and every source's figure for it), optionally as known on `asOf`. */
export function storyHref(id: string, asOf?: string | null): string {
  return `/story/${encodeURIComponent(id)}${queryString({ asOf })}`;
}
