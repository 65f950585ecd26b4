import { offsetCursor, type PageRecord } from '@newsgraph/graph';

/** A Relay-style connection from one offset page. */
export function toConnection<T>(page: PageRecord<T>) {
  const edges = page.items.map((node, i) => ({ cursor: offsetCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
