import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';

/** Sources by id. Row: `{ source }`. */
export function sourcesByIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS source`,
    params: { ids },
  };
}

/** Full text of each article. Row: `{ id, text }`. */
export function sourceTextsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, s.text AS text`,
    params: { ids },
  };
}

/** One page of sources of `kind`, newest first. Row: `{ totalCount, items }`. */
export function sourcesPageQuery(kind: string, offset: number, first: number): CypherQuery {
  return {
    cypher: cypher`
      CALL () { MATCH (s:Source {kind: $kind}) RETURN count(s) AS totalCount }
      CALL () {
        MATCH (s:Source {kind: $kind})
        WITH s ORDER BY coalesce(s.publishedAt, '') DESC, s.id SKIP $offset LIMIT $first
        RETURN collect(s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash}) AS items
      }
      RETURN totalCount, items`,
    params: { kind, offset, first },
  };
}

/** Sources each source CITES (`direction: 'out'`) or is cited by (`'in'`). Row: `{ id, items }`. */
export function citationsQuery(ids: string[], direction: 'out' | 'in'): CypherQuery {
  const text =
    direction === 'out'
      ? cypher`
        UNWIND $ids AS id
        MATCH (s:Node:Source {id: id})
        RETURN id, COLLECT { MATCH (s)-[:CITES]->(t:Source) RETURN DISTINCT t {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS t ORDER BY t.title LIMIT $cap } AS items`
      : cypher`
        UNWIND $ids AS id
        MATCH (s:Node:Source {id: id})
        RETURN id, COLLECT { MATCH (s)<-[:CITES]-(t:Source) RETURN DISTINCT t {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS t ORDER BY coalesce(t.publishedAt, '') DESC, t.id LIMIT $cap } AS items`;
  return { cypher: text, params: { ids, cap: LIST_CAPS.citationsPerSource } };
}

/** Every mention in each article, in text order (entities only). Row: `{ id, items: MentionRecord[] }`. */
export function mentionsInQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT {
        MATCH (s)-[m:MENTIONS]->(e:Entity)
        UNWIND range(0, size(m.starts) - 1) AS i
        RETURN {entityId: e.id, start: m.starts[i], end: m.ends[i], text: m.names[i]} AS mention
        ORDER BY mention.start, mention.end
        LIMIT $cap
      } AS items`,
    params: { ids, cap: LIST_CAPS.mentionsPerSource },
  };
}

/** Relationships between entities each source asserts, with its own evidence (CITES is `citationsQuery`). Row: `{ id, items: FactRecord[] }`. */
export function factsOfQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT {
        MATCH (s)-[:ASSERTS]->(c:Claim)
        WHERE EXISTS { MATCH (:Node:Entity {id: c.from}) } AND EXISTS { MATCH (:Node:Entity {id: c.to}) }
        RETURN {type: c.type, fromId: c.from, toId: c.to, title: c.title,
                evidence: [i IN range(0, size(c.starts) - 1)[0..$quotes] | {sourceId: id, start: c.starts[i], end: c.ends[i], text: c.quotes[i]}]} AS fact
        ORDER BY fact.evidence[0].start
        LIMIT $cap
      } AS items`,
    params: { ids, cap: LIST_CAPS.factsPerSource, quotes: LIST_CAPS.quotesPerEvidence },
  };
}
