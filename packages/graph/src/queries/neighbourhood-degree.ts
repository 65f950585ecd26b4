import { cypherFragment as f, type CypherFragment } from '../query.js';

const [n, y] = [f`n`, f`y`];

/**
 * A shown node with at most this many relationships (or MENTIONS and reports) has them read one by one; past it,
 * Neo4j's degree store counts its MENTIONS (or REPORTS). Below Neo4j's dense-node threshold (50 relationships) a node's relationships are one
 * chain, walked whole by any expand, so reading them costs no more than counting them.
 */
export const NEIGHBOURHOOD_WALKED = 50;

/**
 * An event is counted (not walked) when the articles reporting it outnumber its other relationships this many
 * times (param `$reportedShare`): each other one is read, and a cited source's support (SUPPORTS, one per citing
 * article) is looked up for a REPORTS of its own, about five database hits where a walk reads one.
 */
export const NEIGHBOURHOOD_REPORTED_SHARE = 4;

/**
 * What a view's degree counts: the ties it follows (`ties`, REPORTS and SPOKEN_BY among them; `uncounted`, the
 * same without REPORTS and SPOKEN_BY), whether it follows MENTIONS, and its filter (none: null).
 */
export interface DegreeCount {
  ties: CypherFragment;
  uncounted: CypherFragment;
  mentions: boolean;
  filter: ((n: CypherFragment) => CypherFragment) | null;
}

/**
 * Clauses that bind `degree` for each row's node `n` (kept): the number of its distinct neighbours the view would
 * show, read from at most `$scan` ties and `$scan` MENTIONS (the statement caps it at `$scan`).
 *
 * A filtered view reads each neighbour and filters it. An unfiltered view does not read the relationships that
 * make a node dense where it can count them: the MENTIONS of an entity (where the view follows them), the
 * articles reporting an event (REPORTS in) and the statements a person or organization spoke (SPOKEN_BY in).
 * Ingestion writes one of each per article and entity or event, and one SPOKEN_BY per statement; an entity is
 * never reported nor an event mentioned, and a statement never mentions nor reports, so each is a distinct
 * neighbour, counted in the degree store (`COUNT` of one type and direction with no WHERE is a `getDegree`, kept
 * per type for dense nodes). A node with more than `$walked` of them adds the distinct ends of its other ties and
 * takes off the tied neighbours it also counted (an article mentioning the source it CITES is one neighbour; so is
 * a statement spoken by `n` and ABOUT it), each looked up from the tied neighbour's side; with `$scan` or more its
 * degree is `$scan` (the cap) whatever its ties, and it reads none of them. An event is counted so only when its
 * reports outnumber its other relationships NEIGHBOURHOOD_REPORTED_SHARE times; any other node has its ties (and
 * MENTIONS) read in one walk. On the hub test store (hub-reads.int.test.ts) the view of a company named by 12,000
 * articles read 2,343 of them for its own degree; it now reads none. A person named by 1,900 articles, each with a
 * statement of theirs, read all 1,900 statements for its degree and checked each one's labels; it now counts them
 * (neighbourhood-growth.int.test.ts).
 *
 * The counted neighbours are looked up in their direction, and only where one can be: only a source (an article)
 * mentions or reports, so a tied neighbour can mention or report `n` only if it is a Source, and `n` can mention
 * one only if `n` is. An undirected lookup between two dense nodes (a hub and a division thousands of articles
 * also name) walked the MENTIONS of one of them: on the million-article store a hub's view cost 445,946 database
 * hits, 55,920 after that. Skipping the ties of nodes at the cap and counting the reports of events took the three
 * hubs' views from 55,920 / 51,354 / 34,570 to 24,626 / 14,178 / 18,054 (see docs/BENCHMARKS.md).
 */
function degreeClauses({ ties, uncounted, mentions, filter }: DegreeCount, keep: CypherFragment = n): CypherFragment {
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
  const [walk, mentioned] = mentions ? [f`${ties}|MENTIONS`, f`COUNT { (${n})-[:MENTIONS]-() }`] : [ties, f`0`];
  const mentioning = mentions
    ? f`
        UNION
        UNWIND CASE WHEN mentioned > 0 THEN tied ELSE [] END AS y
        WITH y WHERE y:Source AND ${n} IN COLLECT { MATCH (y)-[:MENTIONS]->(m) RETURN m }
        RETURN y
        UNION
        UNWIND CASE WHEN mentioned > 0 AND ${n}:Source THEN tied ELSE [] END AS y
        MATCH (${n})-[:MENTIONS]->(y)
        RETURN y`
    : f``;
  return f`WITH ${keep}, COUNT { (${n})<-[:REPORTS]-() } AS reported, ${mentioned} AS mentioned,
         COUNT { (${n})<-[:SPOKEN_BY]-() } AS spoken
    WITH ${keep}, reported, mentioned, spoken, reported + mentioned + spoken AS counted,
         mentioned > $walked OR spoken > $walked OR reported > $reportedShare * (COUNT { (${n})--() } - reported) AS countable
    CALL (${n}, reported, mentioned, spoken, counted, countable) {
      WITH ${n}, counted, countable WHERE counted <= $walked OR NOT countable
      RETURN size(COLLECT {
        MATCH (${n})-[:${walk}]-(y) WITH y LIMIT $scan${mentions ? f` + $walked` : f``} RETURN DISTINCT y
      }) AS degree
      UNION
      WITH counted, countable WHERE countable AND counted > $walked AND counted >= $scan
      RETURN $scan AS degree
      UNION
      WITH ${n}, reported, mentioned, spoken, counted, countable WHERE countable AND counted > $walked AND counted < $scan
      WITH ${n}, reported, mentioned, spoken, counted, COLLECT {
        CALL (${n}) {
          MATCH (${n})-[:${uncounted}]-(y) RETURN y
          UNION ALL
          MATCH (${n})-[:REPORTS]->(y) RETURN y
          UNION ALL
          MATCH (${n})-[:SPOKEN_BY]->(y) RETURN y
        }
        WITH y LIMIT $scan RETURN DISTINCT y
      } AS tied
      RETURN size(tied) + counted - COUNT {
        UNWIND CASE WHEN reported > 0 THEN tied ELSE [] END AS y
        WITH y WHERE y:Source AND ${n} IN COLLECT { MATCH (y)-[:REPORTS]->(m) RETURN m }
        RETURN y
        UNION
        UNWIND CASE WHEN spoken > 0 THEN tied ELSE [] END AS y
        WITH y WHERE y:Statement AND ${n} IN COLLECT { MATCH (y)-[:SPOKEN_BY]->(m) RETURN m }
        RETURN y${mentioning}
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
