/** Links between pages. Ids contain colons (`person:andy-jassy`), so they are always URI-encoded. */

export function entityHref(id: string): string {
  return `/entity/${encodeURIComponent(id)}`;
}

export function sourceHref(id: string): string {
  return `/source/${encodeURIComponent(id)}`;
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
