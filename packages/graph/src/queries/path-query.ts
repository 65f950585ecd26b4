import { cypher, type CypherQuery } from '../query.js';
import { RAW_NODE_PROJECTION } from './graph-node.js';

/** Largest `maxHops` accepted; the default is 4. */
export const MAX_PATH_HOPS = 6;

// A variable-length bound cannot be a parameter, so there is one constant statement per hop count.
const PATH_QUERIES = Array.from({ length: MAX_PATH_HOPS }, (_, i) =>
  cypher`
    MATCH (a:Node {id: $from})
    MATCH (b:Node {id: $to})
    MATCH p = shortestPath((a)-[*..HOPS]-(b))
    RETURN [n IN nodes(p) | RAW_NODE] AS nodes,
           [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id, key: r.key, title: r.title}] AS rels`
    .replace('HOPS', String(i + 1))
    .replace('RAW_NODE', RAW_NODE_PROJECTION),
);

/** Shortest connection between two nodes in at most `maxHops` (clamped to 1..6). Row: `{ nodes, rels }` or none. */
export function pathQuery(from: string, to: string, maxHops: number | null | undefined): CypherQuery {
  const hops = Math.min(MAX_PATH_HOPS, Math.max(1, Math.trunc(maxHops ?? 4)));
  return { cypher: PATH_QUERIES[hops - 1]!, params: { from, to } };
}
