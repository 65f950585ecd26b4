import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';
import { entityProjection } from './projections.js';

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
 * How exactly the full-text candidate `node` matches `$lower` (the case-folded name typed): 2 for its name, 1 for
 * one of its aliases, 0 otherwise. Ranks before the Lucene score in search and in sourcesCiting.
 */
export const EXACT_NAME_RANK = f`CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END`;

const SEARCH = cypher`
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $candidates}) YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score, ${EXACT_NAME_RANK} AS exact
  ORDER BY exact DESC, score DESC, node.id
  LIMIT $first
  RETURN ${entityProjection(f`node`)} AS entity`;

/**
 * Entities whose name or alias matches, best first: exact name, then exact alias (case-insensitive),
 * then Lucene score. `match` says how loosely (default: the last word may be unfinished). Null when the query has nothing searchable.
 */
export function searchQuery(args: SearchArgs, match: NameMatch = 'prefix'): CypherQuery | null {
  const lucene = nameSearchLucene(args.query, match);
  if (!lucene) return null;
  const first = clampFirst(args.first);
  return {
    cypher: SEARCH,
    params: {
      lucene,
      lower: args.query.trim().toLowerCase(),
      types: args.types && args.types.length > 0 ? args.types : null,
      first,
      candidates: Math.max(first * 3, 30),
    },
  };
}
