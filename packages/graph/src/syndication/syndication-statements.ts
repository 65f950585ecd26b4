import { cypher, type CypherQuery } from '../query.js';

/** One article's syndication fingerprint, as written (see prepareDocument). */
export interface SyndicationRow {
  id: string;
  textHash: string;
  minhash: number[] | null;
  keys: string[];
}

/** Articles read per lookup key, newest first: a key many articles share (boilerplate) is not read to the end. */
export const CANDIDATES_PER_KEY = 5;
/** Candidates compared per new article: those sharing the most keys with it. */
export const CANDIDATES_PER_ARTICLE = 5;

/**
 * Files each article under its lookup keys (`(:Source)-[:IN_BAND]->(:TextBand {key})`: the exact text hash and
 * the LSH bands) and returns, per article, the other articles sharing a key with their fingerprint.
 * Bounded whatever the corpus: per key only the CANDIDATES_PER_KEY articles filed last are read (a dense node's
 * relationships come newest first), and of those the CANDIDATES_PER_ARTICLE sharing the most keys are compared —
 * before, a band shared by boilerplate text was read to its end, ~5,400 database hits per article at 5,000
 * articles and growing with the corpus (docs/BENCHMARKS.md). A copy shares many keys with the original (an exact
 * copy all of them), so it ranks first. The candidates' copy groups are not read here: finding one walks every
 * relationship of an article with fewer than 50 (Neo4j keeps no per-type chains below that), ~35 db hits per
 * candidate and ~200 per new article, for the few candidates that turn out to be copies (copyGroupsQuery).
 * Rows: `{ id, other, textHash, minhash }`.
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
      CALL (s, row) {
        MATCH (s)-[:IN_BAND]->(b:TextBand)
        CALL (s, b) {
          MATCH (b)<-[:IN_BAND]-(o)
          WHERE o <> s
          RETURN o LIMIT $perKey
        }
        WITH o, count(*) AS shared
        ORDER BY shared DESC
        LIMIT $perArticle
        RETURN o
      }
      RETURN row.id AS id, o.id AS other, o.textHash AS textHash, o.minhash AS minhash`,
    params: { rows, perKey: CANDIDATES_PER_KEY, perArticle: CANDIDATES_PER_ARTICLE },
  };
}

/** The copy group of each article (`$ids`: the candidates found to be copies), if it has one. Rows: `{ id, copyGroup }`. */
export function copyGroupsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (o:Node:Source {id: id})
      RETURN id, [(o)-[:IN_COPY_GROUP]->(g:CopyGroup) | g.id][0] AS copyGroup`,
    params: { ids },
  };
}

/**
 * Copy groups to write: each member joins `copyGroup`; members of the `merged` groups move to it and those groups
 * go.
 */
export interface CopyGroupAssignment {
  copyGroup: string;
  members: string[];
  merged: string[];
}

/**
 * Writes copy-group membership (`(:Source)-[:IN_COPY_GROUP]->(:CopyGroup {id})`) and merges the groups a new copy
 * bridges.
 */
export function assignCopyGroupsQuery(assignments: CopyGroupAssignment[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $assignments AS a
      MERGE (g:CopyGroup {id: a.copyGroup})
      WITH g, a
      CALL (g, a) {
        UNWIND a.members AS member
        MATCH (x:Node:Source {id: member})
        MERGE (x)-[:IN_COPY_GROUP]->(g)
      }
      CALL (g, a) {
        UNWIND a.merged AS oldId
        MATCH (old:CopyGroup {id: oldId})
        OPTIONAL MATCH (x)-[r:IN_COPY_GROUP]->(old)
        FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (x)-[:IN_COPY_GROUP]->(g))
        DELETE r
        WITH DISTINCT old
        DETACH DELETE old
      }`,
    params: { assignments },
  };
}

/**
 * Takes an article out of syndication before its text is replaced or it is deleted: its band links go (bands no
 * article uses any more too), and so does its copy-group membership (a group left with one member is dissolved).
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
        MATCH (s)-[r:IN_COPY_GROUP]->(g:CopyGroup)
        DELETE r
        WITH g WHERE COUNT { (g)<-[:IN_COPY_GROUP]-() } < 2
        DETACH DELETE g
      }`,
    params: { sourceId },
  };
}
