import { cypherFragment as f, type CypherFragment } from '../query.js';

const [n, y] = [f`n`, f`y`];

/**
 * A shown node with at most this many relationships (or MENTIONS) has them read one by one; past it, Neo4j's degree
 * store counts its MENTIONS. Below Neo4j's dense-node threshold (50 relationships) a node's relationships are one
 * chain, walked whole by any expand, so reading them costs no more than counting them.
 */
export const NEIGHBOURHOOD_WALKED = 50;

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
 * more than `$walked` MENTIONS counts them in the degree store (`COUNT` of one type with no WHERE is a
 * `getDegree`, kept per type for dense nodes), adds the distinct ends of its ties and takes off the tied neighbours
 * it also shares a MENTIONS with (an article mentioning the source it CITES is one neighbour), each looked up from
 * the tied neighbour's side. Exact, as ingestion writes one MENTIONS per article and entity. A node with fewer
 * has its ties and MENTIONS read in one walk. On the hub test store (hub-reads.int.test.ts) the view of a company
 * named by 12,000 articles read 2,343 of them for its own degree; it now reads none.
 *
 * The shared MENTIONS are looked up in their direction, and only where one can be: only a source (an article)
 * mentions, so a tied neighbour can mention `n` only if it is a Source, and `n` can mention one only if `n` is.
 * An undirected lookup between two dense nodes (a hub and a division thousands of articles also name) walked the
 * MENTIONS of one of them: on the million-article store a hub's view cost 445,946 database hits, 55,920 now.
 */
function degreeClauses({ ties, mentions, filter }: DegreeCount, keep: CypherFragment = n): CypherFragment {
  if (filter) {
    const mentioned = mentions
      ? f`
      UNION
      MATCH (${n})-[:MENTIONS]-(y)
      WHERE ${filter(y)}
      RETURN y LIMIT $scan`
      : f``;
    return f`WITH ${keep}, size(COLLECT {
      MATCH (${n})-[:${ties}]-(y)
      WHERE ${filter(y)}
      RETURN y LIMIT $scan${mentioned}
    }) AS degree`;
  }
  if (!mentions)
    return f`WITH ${keep}, size(COLLECT { MATCH (${n})-[:${ties}]-(y) WITH y LIMIT $scan RETURN DISTINCT y }) AS degree`;
  return f`WITH ${keep}, COUNT { (${n})-[:MENTIONS]-() } AS mentioned
    CALL (${n}, mentioned) {
      WITH ${n}, mentioned WHERE mentioned <= $walked
      RETURN size(COLLECT {
        MATCH (${n})-[:${ties}|MENTIONS]-(y) WITH y LIMIT $scan + $walked RETURN DISTINCT y
      }) AS degree
      UNION
      WITH ${n}, mentioned WHERE mentioned > $walked
      WITH ${n}, mentioned, COLLECT { MATCH (${n})-[:${ties}]-(y) WITH y LIMIT $scan RETURN DISTINCT y } AS tied
      RETURN size(tied) + mentioned - COUNT {
        UNWIND tied AS y
        WITH y WHERE y:Source
        MATCH (${n})<-[:MENTIONS]-(y)
        RETURN y
        UNION
        UNWIND CASE WHEN ${n}:Source THEN tied ELSE [] END AS y
        MATCH (${n})-[:MENTIONS]->(y)
        RETURN y
      } AS degree
    }`;
}

/**
 * Clauses that bind, from the list `shown`, `rels` (the relationships among the shown nodes the view follows, each
 * from its start node's outgoing ones in the order shown, at most `$maxEdges`) and `degrees` (`[id, degree]` per
 * node, see degreeClauses, capped at `$scan`). In an unfiltered view a node of at most `$walked` relationships
 * (most articles, people and events) gives both from one walk of its relationships, the work either would do on
 * its own: a typed expand costs about one database hit per type named (14) besides one per relationship, however
 * few it has, and each shown node was expanded twice. The others are expanded for their edges and counted by
 * degreeClauses. On the hub test store this took the hub's view from 11,292 to 9,468 hits, answers unchanged.
 */
export function shownEdgesAndDegrees(count: DegreeCount): CypherFragment {
  const followed = count.mentions ? f`${count.ties}|MENTIONS` : count.ties;
  const capped = f`collect([n.id, CASE WHEN degree > $scan THEN $scan ELSE degree END]) AS degrees`;
  if (count.filter) {
    return f`CALL (shown) {
      UNWIND shown AS a
      MATCH (a)-[r:${followed}]->(b)
      WHERE b IN shown
      WITH r LIMIT $maxEdges
      RETURN collect(r) AS rels
    }
    CALL (shown) {
      UNWIND shown AS n
      ${degreeClauses(count)}
      RETURN ${capped}
    }`;
  }
  return f`CALL (shown) {
      UNWIND shown AS n
      WITH n, shown, COUNT { (n)--() } AS relationships
      CALL (n, shown, relationships) {
        WITH n, shown WHERE relationships <= $walked
        OPTIONAL MATCH (n)-[r:${followed}]-(y)
        WITH n, collect(y) AS ys, collect(CASE WHEN startNode(r) = n AND y IN shown THEN r END) AS out
        RETURN size(reduce(seen = [], y IN ys | CASE WHEN y IN seen THEN seen ELSE seen + y END)) AS degree, out
        UNION
        WITH n, shown WHERE relationships > $walked
        ${degreeClauses(count, f`n, shown`)}
        RETURN degree, COLLECT { MATCH (n)-[r:${followed}]->(b) WHERE b IN shown RETURN r } AS out
      }
      RETURN ${capped}, collect(out) AS outs
    }
    WITH *, reduce(all = [], out IN outs | all + out)[0..$maxEdges] AS rels`;
}
