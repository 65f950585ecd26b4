import { encodeCursor, type KeysetPage } from '@newsgraph/graph';

/**
 * A Relay connection from one keyset page: each edge's cursor encodes its item's sort key under the list's
 * `scope`, so the next page (`after: endCursor`) or the previous one (`before: startCursor`) starts right there.
 */
export function toConnection<T>(page: KeysetPage<T>, scope: string) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(scope, page.keys[i]!), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
