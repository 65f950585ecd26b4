import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { citedProjection, quoteSpans, sourceProjection } from './projections.js';

const [s, t, c, id] = [f`s`, f`t`, f`c`, f`id`];

const SOURCES_BY_IDS = cypher`
  UNWIND $ids AS id
  MATCH (s:Node:Source {id: id})
  RETURN ${sourceProjection(s)} AS source`;

/** Sources by id. Row: `{ source }`. */
export function sourcesByIdsQuery(ids: string[]): CypherQuery {
  return { cypher: SOURCES_BY_IDS, params: { ids } };
}

const SOURCE_TEXTS = cypher`
  UNWIND $ids AS id
  MATCH (s:Node:Source {id: id})
  RETURN id, s.text AS text`;

/** Full text of each article. Row: `{ id, text }`. */
export function sourceTextsQuery(ids: string[]): CypherQuery {
  return { cypher: SOURCE_TEXTS, params: { ids } };
}

const CITATIONS = {
  // A named outlet is a Company (an organization too), others are Sources: an article cites either.
  out: cypher`
    UNWIND $ids AS id
    MATCH (s:Node:Source {id: id})
    RETURN id, COLLECT {
      MATCH (s)-[:CITES]->(t:Node) WHERE t:Source OR t:Company
      RETURN DISTINCT ${citedProjection(t)} AS t ORDER BY coalesce(t.title, t.name, t.id), t.id LIMIT $cap
    } AS items`,
  // The articles citing a source, or a company cited as one.
  in: cypher`
    UNWIND $ids AS id
    MATCH (s:Node {id: id})
    RETURN id, COLLECT { MATCH (s)<-[:CITES]-(t:Source) RETURN DISTINCT ${sourceProjection(t)} AS t ORDER BY coalesce(t.publishedAt, '') DESC, t.id LIMIT $cap } AS items`,
};

/**
 * What each article CITES (`direction: 'out'`, CitedRecord: sources and companies cited as outlets, by title or
 * name), or the articles citing each source or company (`'in'`, SourceRecord, newest first). Row: `{ id, items }`.
 */
export function citationsQuery(ids: string[], direction: 'out' | 'in'): CypherQuery {
  return { cypher: CITATIONS[direction], params: { ids, cap: LIST_CAPS.citationsPerSource } };
}

const MENTIONS_IN = cypher`
  UNWIND $ids AS id
  MATCH (s:Node:Source {id: id})
  RETURN id, COLLECT {
    MATCH (s)-[m:MENTIONS]->(e:Entity)
    UNWIND range(0, size(m.starts) - 1) AS i
    RETURN {entityId: e.id, start: m.starts[i], end: m.ends[i], text: m.names[i]} AS mention
    ORDER BY mention.start, mention.end
    LIMIT $cap
  } AS items`;

/** Every mention in each article, in text order (entities only). Row: `{ id, items: MentionRecord[] }`. */
export function mentionsInQuery(ids: string[]): CypherQuery {
  return { cypher: MENTIONS_IN, params: { ids, cap: LIST_CAPS.mentionsPerSource } };
}

const FACTS_OF = cypher`
  UNWIND $ids AS id
  MATCH (s:Node:Source {id: id})
  RETURN id, COLLECT {
    MATCH (s)-[:ASSERTS]->(c:Claim)
    WHERE EXISTS { MATCH (:Node:Entity {id: c.from}) } AND EXISTS { MATCH (:Node:Entity {id: c.to}) }
    RETURN {type: c.type, fromId: c.from, toId: c.to, title: c.title,
            evidence: ${quoteSpans(c, id)}[0..$quotes]} AS fact
    ORDER BY fact.evidence[0].start
    LIMIT $cap
  } AS items`;

/** Relationships between entities each source asserts, with its own evidence (CITES is `citationsQuery`). Row: `{ id, items: FactRecord[] }`. */
export function factsOfQuery(ids: string[]): CypherQuery {
  return { cypher: FACTS_OF, params: { ids, cap: LIST_CAPS.factsPerSource, quotes: LIST_CAPS.quotesPerEvidence } };
}
