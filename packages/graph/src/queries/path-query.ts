import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import { rawNodeProjection, relationshipProjection } from './projections.js';

/** A variable-length bound cannot be a parameter, so each hop count is a fragment of its own: 1 to 6 hops. */
const HOP_BOUNDS = [f`*..1`, f`*..2`, f`*..3`, f`*..4`, f`*..5`, f`*..6`];

/** Largest `maxHops` accepted; the default is 4. */
export const MAX_PATH_HOPS = HOP_BOUNDS.length;

const shortestPath = (hops: CypherFragment) => cypher`
  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  OPTIONAL MATCH p = shortestPath((a)-[${hops}]-(b))
  WHERE a <> b
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
         [n IN nodes(p) | ${rawNodeProjection(f`n`)}] AS nodes,
         [r IN relationships(p) | ${relationshipProjection(f`r`)}] AS rels`;

/** One constant statement per hop count, index `hops - 1`. */
const PATH_QUERIES = HOP_BOUNDS.map(shortestPath);

/**
 * Shortest connection between two nodes in at most `maxHops` (clamped to 1..6). One row, always:
 * `{ fromFound, toFound, nodes, rels }`, `nodes` and `rels` null when there is no path (or an end is unknown, or
 * both ends are the same node).
 */
export function pathQuery(from: string, to: string, maxHops: number | null | undefined): CypherQuery {
  const hops = Math.min(MAX_PATH_HOPS, Math.max(1, Math.trunc(maxHops ?? 4)));
  return { cypher: PATH_QUERIES[hops - 1]!, params: { from, to } };
}
