import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import type { EntityRecord } from '../records.js';
import { nameSearchLucene, type NameMatch } from './lucene.js';
import { entityProjection } from './projections.js';
import { EXACT_NAME_RANK } from './search.js';
import { MENTIONS_NEWEST, MENTIONS_NEWEST_ORDER } from './mention-pages.js';

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

/**
 * A citing statement: `chooseNode` binds the entity as `node` (one row at most), then its citations follow (static
 * text: values go in as params).
 */
const citingStatement = (chooseNode: CypherFragment) => cypher`
  ${chooseNode}
  CALL (node) {
    WITH node AS n
    ${MENTIONS_NEWEST}
    WITH item, m ${MENTIONS_NEWEST_ORDER} LIMIT $first
    RETURN collect([item.id, item.kind, [field IN $fields | item[field]], m.quoteStarts[0..$quotes], m.quoteEnds[0..$quotes], m.quotes[0..$quotes]]) AS citations
  }
  WITH node, citations WHERE size(citations) > 0
  RETURN ${entityProjection(f`node`)} AS entity, citations`;

const EXACT_NAME = citingStatement(f`
  MATCH (node:Entity {nameKey: $lower})
  WITH node ORDER BY COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1`);

const FULL_TEXT = citingStatement(f`
  CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: 20}) YIELD node, score
  WITH node, score, ${EXACT_NAME_RANK} AS rank
  ORDER BY rank DESC, score DESC, node.id
  LIMIT 1`);

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
    cypher: EXACT_NAME,
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
    cypher: FULL_TEXT,
    params: { lucene, ...citingParams(name, first, fields) },
  };
}
