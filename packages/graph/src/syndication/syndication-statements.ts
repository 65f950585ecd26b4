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
 * hash and the LSH bands; one row per distinct key, see bandFilings) and returns each key's `before`: the
 * CANDIDATES_PER_KEY articles filed under it last before this batch (a dense node's relationships come newest
 * first), and the fingerprints of those articles (`prints`, each once), so comparing them takes no statement of its
 * own. Before, each new article's keys were found again by expanding its relationships, every candidate compared
 * with it and the fingerprints read in the same statement, ~340 database hits per article (docs/BENCHMARKS.md); then
 * the chosen candidates' fingerprints were read by a second statement, which cost more Neo4j CPU than reading those
 * of the few more articles found under the keys (Round 6). Keeping the list as a property of the key node instead
 * was cheaper still in db hits but costlier in Neo4j CPU: every batch then wrote (and locked to its commit) the key
 * nodes of the boilerplate all articles share. Keys are locked in sorted order, so concurrent batches creating the
 * same key wait instead of deadlocking. One row: `{ filed: [{ key, before }], prints: [{ id, textHash, minhash }] }`.
 */
export function fileInBandsQuery(rows: SyndicationRow[]): CypherQuery {
  const filings = bandFilings(rows);
  return {
    cypher: cypher`
      UNWIND $filings AS filing
      MERGE (b:TextBand {key: filing.key})
      WITH collect(b) AS bands,
           collect({key: filing.key, before: COLLECT { MATCH (b)<-[:IN_BAND]-(o) RETURN o LIMIT $perKey }}) AS found
      // Each article once, linked to its keys by their place in $filings (no lookup per article and key).
      CALL (bands) {
        UNWIND $articles AS article
        MATCH (s:Node:Source {id: article.id})
        UNWIND article.keyAt AS i
        WITH s, bands[i] AS b
        CREATE (s)-[:IN_BAND]->(b)
      }
      RETURN [f IN found | {key: f.key, before: [o IN f.before | o.id]}] AS filed,
             COLLECT {
               UNWIND found AS f
               UNWIND f.before AS o
               WITH DISTINCT o
               RETURN {id: o.id, textHash: o.textHash, minhash: o.minhash}
             } AS prints`,
    params: {
      filings: filings.map(({ key }) => ({ key })),
      articles: keyPlaces(rows, filings),
      perKey: CANDIDATES_PER_KEY,
    },
  };
}

/**
 * A set of copies to join into one copy group: `members` (sorted), of which `filedBefore` were filed before this
 * batch and may already be in a group (the batch's own articles are in none: new, or taken out of syndication
 * before their text is replaced). `newGroup` names the group when none of them is in one.
 */
export interface CopyGroupAssignment {
  members: string[];
  filedBefore: string[];
  newGroup: string;
}

/**
 * Writes copy-group membership (`(:Source)-[:IN_COPY_GROUP]->(:CopyGroup {id})`): the members join the group with
 * the smallest id among those their articles filed before already belong to (else `newGroup`), and the other groups
 * found are merged into it (their members move, the groups go). Finding an article's group walks every relationship
 * of a small article, so it is done here, for copies only, not for every candidate: before, a statement of its own
 * read the groups first (Round 6).
 *
 * The articles filed before are write-locked first, in sorted order, and their groups read only then. Two batches
 * in flight that both found the same committed article would otherwise each read it as in no group and each start
 * their own (named after different smallest members), leaving that article in two groups; with the lock the
 * second waits for the first to commit and then reads, and joins, the group the first made. Setting and removing a
 * property is Cypher's way to take a node's write lock (the Cypher manual's "Concurrent data access").
 */
export function assignCopyGroupsQuery(assignments: CopyGroupAssignment[]): CypherQuery {
  const locked = [...new Set(assignments.flatMap((a) => a.filedBefore))].sort();
  return {
    cypher: cypher`
      CALL () {
        UNWIND $locked AS id
        MATCH (s:Node:Source {id: id})
        SET s._copyGroupLock = true
        REMOVE s._copyGroupLock
      }
      UNWIND $assignments AS a
      WITH a, COLLECT {
        UNWIND a.filedBefore AS member
        MATCH (:Node:Source {id: member})-[:IN_COPY_GROUP]->(existing:CopyGroup)
        WITH DISTINCT existing.id AS id
        RETURN id ORDER BY id
      } AS existing
      MERGE (g:CopyGroup {id: coalesce(existing[0], a.newGroup)})
      WITH g, a, existing[1..] AS merged
      CALL (g, a) {
        UNWIND a.members AS member
        MATCH (x:Node:Source {id: member})
        MERGE (x)-[:IN_COPY_GROUP]->(g)
      }
      CALL (g, merged) {
        UNWIND merged AS oldId
        MATCH (old:CopyGroup {id: oldId})
        OPTIONAL MATCH (x)-[r:IN_COPY_GROUP]->(old)
        FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | MERGE (x)-[:IN_COPY_GROUP]->(g))
        DELETE r
        WITH DISTINCT old
        DETACH DELETE old
      }`,
    params: { assignments, locked },
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
