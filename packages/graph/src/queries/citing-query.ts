import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';
import type { EntityRecord } from '../records.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';

/** Source properties a caller may ask `sourcesCiting` for, beyond `id` and `kind` (always returned). */
export const CITING_SOURCE_FIELDS = ['title', 'uri', 'publisher', 'publishedAt', 'contentHash'] as const;
export type CitingSourceField = (typeof CITING_SOURCE_FIELDS)[number];

/**
 * The rows of both citing queries: none when nothing matches, else one, `{ entity, citations }`, the entity once
 * and each citation as a list `[id, kind, [fields...], starts, ends, quotes]` — values of `fields` in the order
 * asked for, quotes as parallel lists. Lists, and only the fields asked for, are less for Neo4j to build and
 * for the driver to decode than a map per source (docs/BENCHMARKS.md).
 */
export type CitingRow = {
  entity: EntityRecord;
  citations: Array<[string, string, Array<string | null>, number[], number[], string[]]>;
};

/** The citations of the `node` chosen by the statement's first lines (static text: values go in as params). */
const CITATIONS_OF_NODE = cypher`
  MATCH (s:Source)-[m:MENTIONS]->(node)
  WITH node, s, m ORDER BY coalesce(s.publishedAt, '') DESC, s.id LIMIT $first
  WITH node, collect([s.id, s.kind, [field IN $fields | s[field]], m.quoteStarts[0..$quotes], m.quoteEnds[0..$quotes], m.quotes[0..$quotes]]) AS citations
  RETURN node {.id, .type, .name, .aliases} AS entity, citations`;

const EXACT_NAME_NODE = cypher`
  MATCH (node:Entity {nameKey: $lower})
  WITH node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1`;

const FULL_TEXT_NODE = cypher`
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 20}) YIELD node, score
  WITH node, score, CASE WHEN toLower(node.name) = $lower THEN 2 WHEN any(a IN node.aliases WHERE toLower(a) = $lower) THEN 1 ELSE 0 END AS rank
  ORDER BY rank DESC, score DESC, node.id
  LIMIT 1`;

/** The parameters both statements share: the case-folded name, the page size and the source fields to read. */
function citingParams(name: string, first: number, fields: readonly CitingSourceField[]) {
  return { lower: name.trim().toLowerCase(), first, fields: [...fields], quotes: LIST_CAPS.quotesPerEvidence };
}

/**
 * "Which sources cite X" when X is exactly an entity's name (case-folded, through the `nameKey` range index):
 * the articles mentioning it, newest first, with the sentences that do. The most-mentioned entity wins when
 * several share the name. No Lucene query: the common case costs one index seek.
 */
export function sourcesCitingExactQuery(
  name: string,
  first: number,
  fields: readonly CitingSourceField[],
): CypherQuery {
  return {
    cypher: `${EXACT_NAME_NODE}\n${CITATIONS_OF_NODE}`,
    params: citingParams(name, first, fields),
  };
}

/**
 * The same answer for a name that is no entity's exact name: the full-text index ranks candidates — exact
 * alias first, then score — and the best one is taken. `match` says how loosely the name may match (default:
 * its words exactly). Null when the name has nothing searchable.
 */
export function sourcesCitingQuery(
  name: string,
  first: number,
  fields: readonly CitingSourceField[],
  match: NameMatch = 'words',
): CypherQuery | null {
  const lucene = nameSearchLucene(name, match);
  if (!lucene) return null;
  return {
    cypher: `${FULL_TEXT_NODE}\n${CITATIONS_OF_NODE}`,
    params: { lucene, ...citingParams(name, first, fields) },
  };
}
