import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import type { EventSearchTerms } from './event-search-terms.js';
import { nameSearchLucene } from './lucene.js';
import { eventProjection, sourceProjection } from './projections.js';

const ev = f`ev`;

/** The event criteria of typed terms; each is skipped when its list is null. */
const EVENT_TERMS = f`($counts IS NULL OR ev.count IN $counts)
    AND ($kinds IS NULL OR ev.kind IN $kinds)
    AND ($years IS NULL OR any(y IN $years WHERE ev.when STARTS WITH y))
    AND ($countWords IS NULL OR all(w IN $countWords WHERE toLower(coalesce(ev.countText, '')) CONTAINS w))`;

const eventSearch = (match: CypherFragment) => cypher`
  ${match}
  WHERE ${EVENT_TERMS}
  WITH DISTINCT ev
  ORDER BY coalesce(ev.count, -1) DESC, ev.when DESC, ev.id
  LIMIT $first
  RETURN ${eventProjection(ev)} AS event`;

const EVENTS_OF_ORGANIZATIONS = eventSearch(f`
  UNWIND $organizations AS organization
  MATCH (:Node {id: organization})<-[:ORGANIZATION|AFFECTS]-(ev:Event)`);

const EVENTS = eventSearch(f`MATCH (ev:Event)`);

/**
 * Events matching typed terms (figures, kinds, years, count words), largest first; with `organizations` (ids)
 * only theirs (as organization or division affected). Row: `{ event }`.
 */
export function eventSearchQuery(terms: EventSearchTerms, organizations: string[] | null, first: number): CypherQuery {
  const list = <T>(items: T[]) => (items.length > 0 ? items : null);
  return {
    cypher: organizations ? EVENTS_OF_ORGANIZATIONS : EVENTS,
    params: {
      ...(organizations ? { organizations } : {}),
      counts: list(terms.counts),
      kinds: list(terms.kinds),
      years: list(terms.years),
      countWords: list(terms.countWords),
      first,
    },
  };
}

/** Name of the full-text index over source titles (articles and the sources they cite). */
export const SOURCE_TITLE_INDEX = 'sourceTitles';

const SOURCE_SEARCH = cypher`
  CALL db.index.fulltext.queryNodes('sourceTitles', $lucene, {limit: $first}) YIELD node, score
  RETURN ${sourceProjection(f`node`)} AS source
  ORDER BY score DESC, node.id`;

/** Sources (articles by title, cited sources by name), best first. Row: `{ source }`; null when nothing is searchable. */
export function sourceSearchQuery(query: string, first: number): CypherQuery | null {
  const lucene = nameSearchLucene(query, 'prefix');
  return lucene ? { cypher: SOURCE_SEARCH, params: { lucene, first } } : null;
}

const NODE_KINDS = cypher`
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN id, CASE WHEN n:Entity THEN 'entity' WHEN n:Event THEN 'event' WHEN n:Source THEN 'source' END AS kind`;

/** What each id is: `entity`, `event` or `source` (unknown ids are absent). Row: `{ id, kind }`. */
export function nodeKindsQuery(ids: string[]): CypherQuery {
  return { cypher: NODE_KINDS, params: { ids } };
}
