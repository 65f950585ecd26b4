import { cypher, type CypherQuery } from '../query.js';
import { bandFilings, CANDIDATES_PER_KEY, keyPlaces } from './band-candidates.js';

/** One article's syndication fingerprint, as written (see prepareDocument). */
export interface SyndicationRow {
  id: string;
  textHash: string;
  minhash: number[] | null;
  keys: string[];
}

/**
 * Files the batch's articles under their lookup keys (`(:Source)-[:IN_BAND]->(:TextBand {key})`: the exact text
 * hash and the LSH bands; one row per distinct key, see bandFilings) and returns each key's `before`:
 * the CANDIDATES_PER_KEY articles filed under it last before this batch (a dense node's relationships come newest
 * first). One read per key and no candidate's fingerprint: before, each new article's keys were found again by
 * expanding its relationships, every candidate compared with it and the fingerprints read in the same statement,
 * ~340 database hits per article (docs/BENCHMARKS.md). Keeping the list as a property of the key node instead
 * was cheaper still in db hits but costlier in Neo4j CPU: every batch then wrote (and locked to its commit) the
 * key nodes of the boilerplate all articles share. Keys are locked in sorted order, so concurrent batches
 * creating the same key wait instead of deadlocking. Rows: `{ key, before }`.
 */
export function fileInBandsQuery(rows: SyndicationRow[]): CypherQuery {
  const filings = bandFilings(rows);
  return {
    cypher: cypher`
      UNWIND $filings AS filing
      MERGE (b:TextBand {key: filing.key})
      WITH collect(b) AS bands,
           collect({key: filing.key, before: COLLECT { MATCH (b)<-[:IN_BAND]-(o) RETURN o.id LIMIT $perKey }}) AS found
      // Each article once, linked to its keys by their place in $filings (no lookup per article and key).
      CALL (bands) {
        UNWIND $articles AS article
        MATCH (s:Node:Source {id: article.id})
        UNWIND article.keyAt AS i
        WITH s, bands[i] AS b
        CREATE (s)-[:IN_BAND]->(b)
      }
      UNWIND found AS f
      RETURN f.key AS key, f.before AS before`,
    params: {
      filings: filings.map(({ key }) => ({ key })),
      articles: keyPlaces(rows, filings),
      perKey: CANDIDATES_PER_KEY,
    },
  };
}

/** The fingerprints of the candidates (`$ids`) to compare. Rows: `{ id, textHash, minhash }`. */
export function fingerprintsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (o:Node:Source {id: id})
      RETURN id, o.textHash AS textHash, o.minhash AS minhash`,
    params: { ids },
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
