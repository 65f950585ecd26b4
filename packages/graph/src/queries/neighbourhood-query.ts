import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { rawNodeProjection, relationshipProjection } from './projections.js';

/** Default and largest number of relationships expanded per hop. */
export const NEIGHBOURHOOD_LIMIT = { default: 100, max: 500 };

const NEIGHBOURHOOD = cypher`
  MATCH (c:Node {id: $id})
  CALL (c) {
    OPTIONAL MATCH (c)-[r:!ASSERTS]-(x:Node)
    WITH r, x LIMIT $limit
    RETURN collect(r) AS rels1, collect(DISTINCT x) AS ring1
  }
  CALL (c, ring1) {
    UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS x
    MATCH (x)-[r:!ASSERTS]-(y:Node)
    WHERE y <> c
    WITH r, y LIMIT $limit
    RETURN collect(r) AS rels2, collect(DISTINCT y) AS ring2
  }
  RETURN [n IN [c] + ring1 + ring2 | ${rawNodeProjection(f`n`)}] AS nodes,
         [r IN rels1 + rels2 | ${relationshipProjection(f`r`)}] AS rels`;

/**
 * Nodes and relationships within `depth` (1 or 2) hops of `id`, at most `limit` relationships per hop
 * (hubs like a big company would otherwise return the whole graph). Claims are never included.
 * Row: `{ nodes, rels }` (may repeat; callers dedupe), or no row when `id` does not exist.
 */
export function neighbourhoodQuery(
  id: string,
  depth: number | null | undefined,
  limit: number | null | undefined,
): CypherQuery {
  return {
    cypher: NEIGHBOURHOOD,
    params: {
      id,
      depth: Math.min(2, Math.max(1, Math.trunc(depth ?? 1))),
      limit: Math.min(NEIGHBOURHOOD_LIMIT.max, Math.max(1, Math.trunc(limit ?? NEIGHBOURHOOD_LIMIT.default))),
    },
  };
}
