import { cypher, type CypherQuery } from '../query.js';

/** Most members returned per story (the original and its copies). */
export const STORY_MEMBERS_LIMIT = 100;

/**
 * The story each article belongs to, as its members earliest-published first (undated last, then by id): the
 * first is the original, the others copies of it. Articles that stand alone have no row. Row: `{ id, items }`.
 */
export function storiesOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (:Node:Source {id: id})-[:IN_STORY]->(st:Story)
      RETURN id, COLLECT {
        MATCH (st)<-[:IN_STORY]-(m:Node:Source)
        RETURN m {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS m
        ORDER BY coalesce(m.publishedAt, '9999'), m.id
        LIMIT $limit
      } AS items`,
    params: { ids, limit: STORY_MEMBERS_LIMIT },
  };
}

/**
 * How many independent sources report each event: articles of one story (a wire copy republished ten times)
 * count once. Row: `{ id, count }`.
 */
export function independentSourceCountsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COUNT {
        MATCH (ev)<-[:REPORTS]-(s:Source)
        OPTIONAL MATCH (s)-[:IN_STORY]->(st:Story)
        RETURN DISTINCT coalesce(st.id, s.id) AS origin
      } AS count`,
    params: { ids },
  };
}
