import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { entityProjection, roleProjection, sourceProjection } from './projections.js';
import { MENTIONS_NEWEST, MENTIONS_NEWEST_ORDER } from './mention-pages.js';
import { MENTION_TALLY_SHARDS, TALLY_IDS } from '../ingest/mention-tallies.js';

const [n, d, p, o, r] = [f`n`, f`d`, f`p`, f`o`, f`r`];

const ENTITIES_BY_IDS = cypher`
  UNWIND $ids AS id
  MATCH (n:Node:Entity {id: id})
  RETURN ${entityProjection(n)} AS entity`;

/** Entities by id (missing ids are simply absent). Row: `{ entity }`. */
export function entitiesByIdsQuery(ids: string[]): CypherQuery {
  return { cypher: ENTITIES_BY_IDS, params: { ids } };
}

const MENTION_COUNTS = cypher`
  UNWIND $ids AS id
  MATCH (n:Node:Entity {id: id}) USING INDEX SEEK n:Node(id)
  RETURN id, COLLECT {
    UNWIND ${TALLY_IDS} AS tallyId
    MATCH (t:MentionTally {id: tallyId}) USING INDEX t:MentionTally(id)
    RETURN t.count
  } AS sizes`;

/**
 * Total mentions of each entity across all sources, from the tallies ingestion keeps: one unique-id seek per shard
 * (hinted, so a store with few tallies is not label-scanned), however many articles mention it. The entity is
 * sought by id with a SEEK hint: planned on statistics of an emptied store (a test's, estimating 0 rows), the
 * lookup was an index scan of every node per id (294 db hits for 2 tallies in mention-tallies.int.test.ts).
 * Row: `{ id, sizes }` (one count per tally shard; their sum is the total).
 */
export function mentionCountsQuery(ids: string[]): CypherQuery {
  return { cypher: MENTION_COUNTS, params: { ids, lastShard: MENTION_TALLY_SHARDS - 1 } };
}

const SOURCES_MENTIONING = cypher`
  UNWIND $ids AS id
  MATCH (n:Node:Entity {id: id})
  CALL (n) {
    ${MENTIONS_NEWEST}
    WITH item, m ${MENTIONS_NEWEST_ORDER} LIMIT $first
    RETURN collect(${sourceProjection(f`item`)}) AS items
  }
  RETURN id, items`;

/** Articles mentioning each entity, newest first, at most `first` each. Row: `{ id, items: SourceRecord[] }`. */
export function sourcesMentioningQuery(ids: string[], first: number): CypherQuery {
  return { cypher: SOURCES_MENTIONING, params: { ids, first } };
}

const DIVISIONS_OF = cypher`
  UNWIND $ids AS id
  MATCH (o:Node {id: id})
  RETURN id, COLLECT {
    MATCH (d:Division)-[:PART_OF]->(o)
    RETURN DISTINCT ${entityProjection(d)} AS division ORDER BY division.name
    LIMIT $cap
  } AS items`;

/** Divisions directly PART_OF each organization. Row: `{ id, items: EntityRecord[] }`. */
export function divisionsOfQuery(ids: string[]): CypherQuery {
  return { cypher: DIVISIONS_OF, params: { ids, cap: LIST_CAPS.divisionsPerOrganization } };
}

const PARENTS_OF = cypher`
  UNWIND $ids AS id
  MATCH (d:Node:Division {id: id})-[r:PART_OF]->(p:Entity)
  RETURN id, ${entityProjection(p)} AS parent, r.key AS key
  ORDER BY id, r.claims DESC`;

/** The PART_OF parent of each division (most sources first: the edge's `claims`), with the edge key for its evidence. Row: `{ id, parent, key }`. */
export function parentsOfQuery(ids: string[]): CypherQuery {
  return { cypher: PARENTS_OF, params: { ids } };
}

const ROLES = {
  person: cypher`
    UNWIND $ids AS id
    MATCH (p:Node:Person {id: id})-[r:HOLDS_ROLE]->(o:Node)
    RETURN id, collect(${roleProjection(p, r, o)})[0..$cap] AS items`,
  organization: cypher`
    UNWIND $ids AS id
    MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Node {id: id})
    RETURN id, collect(${roleProjection(p, r, o)})[0..$cap] AS items`,
};

/** Roles held at each organization (`side: 'organization'`) or by each person (`side: 'person'`). Row: `{ id, items: RoleRecord[] }`. */
export function rolesQuery(ids: string[], side: 'organization' | 'person'): CypherQuery {
  return { cypher: ROLES[side], params: { ids, cap: LIST_CAPS.rolesPerEntity } };
}
