import { cypherFragment as f, type CypherFragment } from '../query.js';

/**
 * A shown node with at most this many MENTIONS has them read one by one when its neighbours are counted; past it,
 * Neo4j's degree store counts them. Below Neo4j's dense-node threshold (50 relationships) a node's relationships
 * are one chain, walked whole by any expand, so reading them costs no more than counting them.
 */
export const NEIGHBOURHOOD_MENTIONS_WALKED = 50;

/** What a view's degree counts: the ties it follows, whether it follows MENTIONS, and its filter (none: null). */
export interface DegreeCount {
  ties: CypherFragment;
  mentions: boolean;
  filter: ((n: CypherFragment) => CypherFragment) | null;
}

/**
 * Clauses that bind `degree` for each row's node `n` (kept): the number of its distinct neighbours the view would
 * show, read from at most `$scan` ties and `$scan` MENTIONS (the statement caps it at `$scan`).
 *
 * A filtered view reads each neighbour and filters it. An unfiltered view never reads a hub's mentions: a node with
 * more than `$mentionsWalked` MENTIONS counts them in the degree store (`COUNT` of one type with no WHERE is a
 * `getDegree`, kept per type for dense nodes), adds the distinct ends of its ties and takes off the tied neighbours
 * it also shares a MENTIONS with (an article mentioning the source it CITES is one neighbour), each looked up from
 * the tied neighbour's side. Exact, as ingestion writes one MENTIONS per article and entity. A node with fewer
 * has its ties and MENTIONS read in one walk. On the hub test store (hub-reads.int.test.ts) the view of a company
 * named by 12,000 articles read 2,343 of them for its own degree; it now reads none.
 */
export function degreeClauses({ ties, mentions, filter }: DegreeCount): CypherFragment {
  if (filter) {
    const mentioned = mentions
      ? f`
      UNION
      MATCH (${n})-[:MENTIONS]-(y)
      WHERE ${filter(y)}
      RETURN y LIMIT $scan`
      : f``;
    return f`WITH ${n}, size(COLLECT {
      MATCH (${n})-[:${ties}]-(y)
      WHERE ${filter(y)}
      RETURN y LIMIT $scan${mentioned}
    }) AS degree`;
  }
  if (!mentions)
    return f`WITH ${n}, size(COLLECT { MATCH (${n})-[:${ties}]-(y) WITH y LIMIT $scan RETURN DISTINCT y }) AS degree`;
  return f`WITH ${n}, COUNT { (${n})-[:MENTIONS]-() } AS mentioned
    CALL (${n}, mentioned) {
      WITH ${n}, mentioned WHERE mentioned <= $mentionsWalked
      RETURN size(COLLECT {
        MATCH (${n})-[:${ties}|MENTIONS]-(y) WITH y LIMIT $scan + $mentionsWalked RETURN DISTINCT y
      }) AS degree
      UNION
      WITH ${n}, mentioned WHERE mentioned > $mentionsWalked
      WITH ${n}, mentioned, COLLECT { MATCH (${n})-[:${ties}]-(y) WITH y LIMIT $scan RETURN DISTINCT y } AS tied
      RETURN size(tied) + mentioned - COUNT { UNWIND tied AS y MATCH (${n})-[:MENTIONS]-(y) RETURN DISTINCT y } AS degree
    }`;
}

const [n, y] = [f`n`, f`y`];
