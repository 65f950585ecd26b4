import { cypher, type CypherQuery } from '../query.js';

/**
 * Removes what a source said besides its mentions, claims and reports (which `removeEvidenceQuery` removes): its
 * statements and what the sources it cites support on its word. Run before `removeEvidenceQuery`, which needs the
 * REPORTS edges this statement walks.
 */
export function removeAttributionsQuery(sourceId: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Node:Source {id: $sourceId})
      CALL (s) {
        MATCH (s)-[:QUOTES]->(st:Statement)
        DETACH DELETE st
      }
      CALL (s) {
        MATCH (s)-[:REPORTS]->(:Event)<-[sup:SUPPORTS {articleId: s.id}]-()
        DELETE sup
      }`,
    params: { sourceId },
  };
}
