import { cypher, type CypherQuery } from '../query.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';

/** Arguments of a name search; `first` is clamped to 1..100. */
export interface SearchArgs {
  query: string;
  types?: string[] | null;
  first?: number | null;
}

/** Clamps a page size to 1..100 (default `fallback`). */
export function clampFirst(first: number | null | undefined, fallback = 20): number {
  return Math.min(100, Math.max(1, Math.trunc(first ?? fallback)));
}

/**
 * Entities whose name or alias matches, best first: exact name, then exact alias (case-insensitive),
 * then Lucene score. `match` says how loosely (default: the last word may be unfinished). Null when the query has nothing searchable.
 */
export function searchQuery(args: SearchArgs, match: NameMatch = 'prefix'): CypherQuery | null {
  const lucene = nameSearchLucene(args.query, match);
  if (!lucene) return null;
  const first = clampFirst(args.first);
  return {
    cypher: cypher`
      CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node, score
      WHERE $types IS NULL OR node.type IN $types
      WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS exact
      ORDER BY exact DESC, score DESC, node.id
      LIMIT $first
      RETURN node {.id, .type, .name, .aliases} AS entity`,
    params: {
      lucene,
      lower: args.query.trim().toLowerCase(),
      types: args.types && args.types.length > 0 ? args.types : null,
      first,
      candidates: Math.max(first * 3, 30),
    },
  };
}
