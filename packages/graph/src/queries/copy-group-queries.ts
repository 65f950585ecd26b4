import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { sourceProjection } from './projections.js';

const COPY_GROUPS_OF = cypher`
  UNWIND $ids AS id
  MATCH (:Node:Source {id: id})-[:IN_COPY_GROUP]->(g:CopyGroup)
  RETURN id, COLLECT {
    MATCH (g)<-[:IN_COPY_GROUP]-(m:Node:Source)
    RETURN ${sourceProjection(f`m`)} AS m
    ORDER BY coalesce(m.publishedAt, '9999'), m.id
    LIMIT $cap
  } AS items`;

/**
 * The copy group each article belongs to (syndicated copies of one text), as its members earliest-published first
 * (undated last, then by id): the first is the original, the others copies of it; at most
 * LIST_CAPS.copiesPerSource members. Articles that stand alone have no row. Row: `{ id, items }`.
 */
export function copyGroupsOfQuery(ids: string[]): CypherQuery {
  return { cypher: COPY_GROUPS_OF, params: { ids, cap: LIST_CAPS.copiesPerSource } };
}

const INDEPENDENT_SOURCE_COUNTS = cypher`
  UNWIND $ids AS id
  MATCH (ev:Node:Event {id: id})
  RETURN id, COUNT {
    MATCH (ev)<-[:REPORTS]-(s:Source)
    OPTIONAL MATCH (s)-[:IN_COPY_GROUP]->(g:CopyGroup)
    RETURN DISTINCT coalesce(g.id, s.id) AS origin
  } AS count`;

/**
 * How many independent sources report each event: the syndicated copies of one text (a wire report republished
 * ten times) count once. Row: `{ id, count }`.
 */
export function independentSourceCountsQuery(ids: string[]): CypherQuery {
  return { cypher: INDEPENDENT_SOURCE_COUNTS, params: { ids } };
}
