import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';

/** Entities by id (missing ids are simply absent). Row: `{ entity }`. */
export function entitiesByIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id})
      RETURN n {.id, .type, .name, .aliases} AS entity`,
    params: { ids },
  };
}

/** Total mentions of each entity across all sources. Row: `{ id, count }`. */
export function mentionCountsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id})
      RETURN id, COLLECT { MATCH (n)<-[m:MENTIONS]-() RETURN size(m.starts) } AS sizes`,
    params: { ids },
  };
}

/** Articles mentioning each entity, newest first, at most `first` each. Row: `{ id, items: SourceRecord[] }`. */
export function sourcesMentioningQuery(ids: string[], first: number): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (n:Node:Entity {id: id})
      RETURN id, COLLECT {
        MATCH (n)<-[:MENTIONS]-(s:Source)
        RETURN s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS source
        ORDER BY coalesce(s.publishedAt, '') DESC, s.id
        LIMIT $first
      } AS items`,
    params: { ids, first },
  };
}

/** Divisions directly PART_OF each organization. Row: `{ id, items: EntityRecord[] }`. */
export function divisionsOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (o:Node {id: id})
      RETURN id, COLLECT {
        MATCH (d:Division)-[:PART_OF]->(o)
        RETURN DISTINCT d {.id, .type, .name, .aliases} AS division ORDER BY division.name
        LIMIT $cap
      } AS items`,
    params: { ids, cap: LIST_CAPS.divisionsPerOrganization },
  };
}

/** The PART_OF parent of each division, with the edge key for its evidence. Row: `{ id, parent, key }`. */
export function parentsOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (d:Node:Division {id: id})-[r:PART_OF]->(p:Entity)
      RETURN id, p {.id, .type, .name, .aliases} AS parent, r.key AS key
      ORDER BY id, COUNT { MATCH (c:Claim {key: r.key}) } DESC`,
    params: { ids },
  };
}

/** Roles held at each organization (`side: 'organization'`) or by each person (`side: 'person'`). Row: `{ id, items: RoleRecord[] }`. */
export function rolesQuery(ids: string[], side: 'organization' | 'person'): CypherQuery {
  const match =
    side === 'person'
      ? cypher`
        UNWIND $ids AS id
        MATCH (p:Node:Person {id: id})-[r:HOLDS_ROLE]->(o:Node)
        RETURN id, collect({personId: p.id, organizationId: o.id, title: r.title, key: r.key})[0..$cap] AS items`
      : cypher`
        UNWIND $ids AS id
        MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Node {id: id})
        RETURN id, collect({personId: p.id, organizationId: o.id, title: r.title, key: r.key})[0..$cap] AS items`;
  return { cypher: match, params: { ids, cap: LIST_CAPS.rolesPerEntity } };
}
