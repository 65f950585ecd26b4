import { cypher, type CypherQuery } from '../query.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';

/**
 * "Which sources cite X": resolves `name` to the single best entity (exact name, exact alias, then full-text
 * score) and returns the articles mentioning it, newest first, with the sentences that do. One row,
 * `{ entity, citations: [{ source, starts, ends, quotes }] }` (the entity once, quotes as parallel lists: less
 * to encode and decode than a row per article), or no row when nothing matches. `match` says how loosely the
 * name may match (default: its words exactly). Null when the name has nothing searchable.
 */
export function sourcesCitingQuery(name: string, first: number, match: NameMatch = 'words'): CypherQuery | null {
  const lucene = nameSearchLucene(name, match);
  if (!lucene) return null;
  return {
    cypher: cypher`
      CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 20}) YIELD node, score
      WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS exact
      ORDER BY exact DESC, score DESC, node.id
      LIMIT 1
      MATCH (s:Source)-[m:MENTIONS]->(node)
      WITH node, s, m ORDER BY coalesce(s.publishedAt, '') DESC, s.id LIMIT $first
      RETURN node {.id, .type, .name, .aliases} AS entity,
             collect({source: s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash},
                      starts: m.quoteStarts, ends: m.quoteEnds, quotes: m.quotes}) AS citations`,
    params: { lucene, lower: name.trim().toLowerCase(), first },
  };
}
