import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { lastDayOf } from '../stories/story-dates.js';

const STATEMENT = f`
  st {.id, .speakerId, .sourceId, .viaId, .quote, .start, .end, .direct, .attribution, .attributionStart,
      .attributionEnd, .sentence, .sentenceStart, .sentenceEnd, .when, .reportedAt}`;

/**
 * What each speaker said, newest report first, at most `first` each, only what was reported by `asOf`. The
 * index on Statement(speakerId, reportedAt) serves it without reading a speaker's other statements.
 * Row: `{ id, items: StatementRecord[] }`.
 */
export function statementsByQuery(ids: string[], first: number, asOf: string | null): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      RETURN id, COLLECT {
        MATCH (st:Statement)
        WHERE st.speakerId = id AND st.reportedAt <= coalesce($asOf, '9999-12-31')
        RETURN ${STATEMENT} AS statement
        ORDER BY st.reportedAt DESC, st.id
        LIMIT $first
      } AS items`,
    params: { ids, first, asOf: lastDayOf(asOf) },
  };
}

/** Statements an article reports, in text order. Row: `{ id, items: StatementRecord[] }`. */
export function statementsInQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, COLLECT { MATCH (s)-[:QUOTES]->(st:Statement) RETURN ${STATEMENT} AS statement ORDER BY st.start LIMIT $cap } AS items`,
    params: { ids, cap: LIST_CAPS.statementsPerSource },
  };
}

/** Statements by id. Row: `{ statement }`. */
export function statementsByIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (st:Node:Statement {id: id})
      RETURN ${STATEMENT} AS statement`,
    params: { ids },
  };
}

/**
 * What each cited source supports (figures and statements), on which article's word, newest first, at most
 * `first` each. Row: `{ id, items: SupportRecord[] }`.
 */
export function supportsOfQuery(ids: string[], first: number): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (c:Node {id: id})
      RETURN id, COLLECT {
        MATCH (c)-[sup:SUPPORTS]->(target:Node)
        RETURN {sourceId: c.id, articleId: sup.articleId, eventId: CASE WHEN target:Event THEN target.id END,
                statementId: CASE WHEN target:Statement THEN target.id END, starts: sup.starts, ends: sup.ends,
                quotes: sup.quotes} AS support
        ORDER BY sup.articleId DESC, target.id
        LIMIT $first
      } AS items`,
    params: { ids, first },
  };
}
