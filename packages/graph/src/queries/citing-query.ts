import { cypher, type CypherQuery } from '../query.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';

/**
 * "Which sources cite X": resolves `name` to the single best entity and returns the articles mentioning it,
 * newest first, with the sentences that do. An entity whose name is exactly `name` (case-folded, found through
 * the `nameKey` range index) wins outright, the most-mentioned one if several share the name; otherwise the
 * full-text index ranks candidates: exact alias, then score. The index path skips the Lucene query, about a
 * quarter of this query's database CPU (docs/BENCHMARKS.md).
 * One row, `{ entity, citations: [{ source, starts, ends, quotes }] }` (the entity once, quotes as parallel lists:
 * less to encode and decode than a row per article), or no row when nothing matches. `match` says how loosely
 * the name may match the full-text index (default: its words exactly). Null when the name has nothing searchable.
 */
export function sourcesCitingQuery(name: string, first: number, match: NameMatch = 'words'): CypherQuery | null {
  const lucene = nameSearchLucene(name, match);
  if (!lucene) return null;
  return {
    cypher: cypher`
      OPTIONAL MATCH (named:Entity {nameKey: $lower})
      WITH named ORDER BY COUNT { (named)<-[:MENTIONS]-() } DESC, named.id LIMIT 1
      CALL (named) {
        WITH named WHERE named IS NOT NULL
        RETURN named AS node
        UNION
        WITH named WHERE named IS NULL
        CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 20}) YIELD node, score
        WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS rank
        ORDER BY rank DESC, score DESC, node.id
        LIMIT 1
        RETURN node
      }
      MATCH (s:Source)-[m:MENTIONS]->(node)
      WITH node, s, m ORDER BY coalesce(s.publishedAt, '') DESC, s.id LIMIT $first
      RETURN node {.id, .type, .name, .aliases} AS entity,
             collect({source: s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash},
                      starts: m.quoteStarts, ends: m.quoteEnds, quotes: m.quotes}) AS citations`,
    params: { lucene, lower: name.trim().toLowerCase(), first },
  };
}
