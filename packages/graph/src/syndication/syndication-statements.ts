import { cypher, cypherFragment, type CypherFragment, type CypherQuery } from '../query.js';
import { CANDIDATES_PER_KEY } from './band-candidates.js';
import { bandProperties, KEY_PROPERTIES } from './band-keys.js';

/** One article's syndication fingerprint, as written (see prepareDocument). */
export interface SyndicationRow {
  id: string;
  textHash: string;
  minhash: number[] | null;
  keys: string[];
}

/** One lookup of a key property: the CANDIDATES_PER_KEY articles filed under it last, the batch's own left out. */
const lookup = (key: CypherFragment) =>
  cypherFragment`COLLECT { MATCH (o:Source) WHERE o.${key} = a.${key} AND NOT o.id IN $ids RETURN o ORDER BY o.${key} DESC LIMIT $perKey }`;
const LOOKUPS = KEY_PROPERTIES.map(lookup).reduce(
  (list, next) => cypherFragment`${list},
${next}`,
);

/**
 * Finds, per article of the batch and per lookup key (in `syndicationKeys` order: the exact text hash, then the
 * LSH bands), the CANDIDATES_PER_KEY articles filed under it before this batch, and their fingerprints (`prints`,
 * each once), so comparing them takes no statement of its own. The keys are the articles' own properties, written
 * with the article by the documents statement (`textHash`, `band0` … `band15`; syndication/band-keys.ts), each
 * found by an equality seek of its range index read in descending order, which Neo4j gives for equal values in
 * descending node id, so newest first: a key shared by boilerplate is not read to its end. The batch's articles are
 * left out (`$ids`: they are compared with one another in candidatesFromBands, as if filed one after the other).
 * Nothing is written and nothing locked: before (Round 8 and earlier), a `:TextBand` node per key, locked to the
 * commit, and an `IN_BAND` relationship per article and key. One row:
 * `{ filed: [{ id, before: [[ids] per key] }], prints: [{ id, textHash, minhash }] }`.
 */
export function findFiledQuery(rows: SyndicationRow[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $articles AS a
      WITH a, [${LOOKUPS}] AS found
      WITH collect({id: a.id, found: found}) AS rows
      RETURN [r IN rows | {id: r.id, before: [l IN r.found | [o IN l | o.id]]}] AS filed,
             COLLECT {
               UNWIND rows AS r
               UNWIND r.found AS l
               UNWIND l AS o
               WITH DISTINCT o
               RETURN {id: o.id, textHash: o.textHash, minhash: o.minhash}
             } AS prints`,
    params: {
      articles: rows.map((row) => ({ id: row.id, textHash: row.textHash, ...bandProperties(row.minhash) })),
      ids: rows.map((row) => row.id),
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
 */
export function assignCopyGroupsQuery(assignments: CopyGroupAssignment[]): CypherQuery {
  return {
    cypher: cypher`
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
    params: { assignments },
  };
}

/**
 * Takes an article out of syndication before its text is replaced or it is deleted: its copy-group membership goes
 * (a group left with one member is dissolved). Its lookup keys are its own properties: the new text's overwrite
 * them, and a deleted article takes them with it.
 */
export function detachSyndicationQuery(sourceId: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Node:Source {id: $sourceId})-[r:IN_COPY_GROUP]->(g:CopyGroup)
      DELETE r
      WITH g WHERE COUNT { (g)<-[:IN_COPY_GROUP]-() } < 2
      DETACH DELETE g`,
    params: { sourceId },
  };
}
