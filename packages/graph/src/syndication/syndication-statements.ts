import { cypher, type CypherQuery } from '../query.js';

/** One article's syndication fingerprint, as written (see prepareDocument). */
export interface SyndicationRow {
  id: string;
  textHash: string;
  minhash: number[] | null;
  keys: string[];
}

/**
 * Files each article under its lookup keys (`(:Source)-[:IN_BAND]->(:TextBand {key})`: the exact text hash and
 * the LSH bands) and returns, per article, the other articles sharing a key with their fingerprint and story.
 * Rows: `{ id, other, textHash, minhash, story }`.
 */
export function fileAndFindCandidatesQuery(rows: SyndicationRow[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (s:Node:Source {id: row.id})
      CALL (s, row) {
        UNWIND row.keys AS key
        MERGE (b:TextBand {key: key})
        CREATE (s)-[:IN_BAND]->(b)
      }
      WITH s, row
      MATCH (s)-[:IN_BAND]->(:TextBand)<-[:IN_BAND]-(o:Node:Source)
      WHERE o <> s
      WITH DISTINCT row, o
      RETURN row.id AS id, o.id AS other, o.textHash AS textHash, o.minhash AS minhash,
             [(o)-[:IN_STORY]->(st:Story) | st.id][0] AS story`,
    params: { rows },
  };
}

/** Stories to write: each member joins `story`; members of `merged` stories move to it and those stories go. */
export interface StoryAssignment {
  story: string;
  members: string[];
  merged: string[];
}

/** Writes story membership (`(:Source)-[:IN_STORY]->(:Story {id})`) and merges stories a new copy bridges. */
export function assignStoriesQuery(assignments: StoryAssignment[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $assignments AS a
      MERGE (st:Story {id: a.story})
      WITH st, a
      CALL (st, a) {
        UNWIND a.members AS member
        MATCH (x:Node:Source {id: member})
        MERGE (x)-[:IN_STORY]->(st)
      }
      CALL (st, a) {
        UNWIND a.merged AS oldId
        MATCH (old:Story {id: oldId})
        OPTIONAL MATCH (x)-[r:IN_STORY]->(old)
        FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (x)-[:IN_STORY]->(st))
        DELETE r
        WITH DISTINCT old
        DETACH DELETE old
      }`,
    params: { assignments },
  };
}

/**
 * Takes an article out of syndication before its text is replaced or it is deleted: its band links go (bands no
 * article uses any more too), and so does its story membership (a story left with one member is dissolved).
 */
export function detachSyndicationQuery(sourceId: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Node:Source {id: $sourceId})
      CALL (s) {
        MATCH (s)-[r:IN_BAND]->(b:TextBand)
        DELETE r
        WITH b WHERE NOT EXISTS { (b)<-[:IN_BAND]-() }
        DELETE b
      }
      CALL (s) {
        MATCH (s)-[r:IN_STORY]->(st:Story)
        DELETE r
        WITH st WHERE COUNT { (st)<-[:IN_STORY]-() } < 2
        DETACH DELETE st
      }`,
    params: { sourceId },
  };
}
