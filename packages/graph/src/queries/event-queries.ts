import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import { entityProjection, eventProjection, sourceProjection } from './projections.js';

const [ev, d, s] = [f`ev`, f`d`, f`s`];

const EVENTS_BY_IDS = cypher`
  UNWIND $ids AS id
  MATCH (ev:Node:Event {id: id})
  RETURN ${eventProjection(ev)} AS event`;

/** Events by id. Row: `{ event }`. */
export function eventsByIdsQuery(ids: string[]): CypherQuery {
  return { cypher: EVENTS_BY_IDS, params: { ids } };
}

const eventsOf = (pattern: CypherFragment) => cypher`
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  RETURN id, COLLECT { MATCH ${pattern} WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id LIMIT $cap RETURN ${eventProjection(ev)} AS event } AS items`;

const EVENTS_OF = {
  // An organization's events include its units' (a division's events count for its parent).
  organization: eventsOf(f`(ev)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n)`),
  source: eventsOf(f`(n)-[:REPORTS]->(ev)`),
};

/**
 * Events linked to each id: `organization` → events whose organization is it or one of its units, or that affect
 * them (time order);
 * `source` → events the article reports. Row: `{ id, items: EventRecord[] }`.
 */
export function eventsOfQuery(ids: string[], side: 'organization' | 'source'): CypherQuery {
  return {
    cypher: EVENTS_OF[side],
    params: { ids, cap: side === 'organization' ? LIST_CAPS.eventsPerOrganization : LIST_CAPS.eventsPerSource },
  };
}

const EVENT_DIVISIONS = cypher`
  UNWIND $ids AS id
  MATCH (ev:Node:Event {id: id})
  RETURN id, COLLECT { MATCH (ev)-[:AFFECTS]->(d:Entity) RETURN ${entityProjection(d)} AS d ORDER BY d.name LIMIT $cap } AS items`;

/** Divisions affected by each event. Row: `{ id, items: EntityRecord[] }`. */
export function eventDivisionsQuery(ids: string[]): CypherQuery {
  return { cypher: EVENT_DIVISIONS, params: { ids, cap: LIST_CAPS.divisionsPerEvent } };
}

const EVENT_SOURCES = cypher`
  UNWIND $ids AS id
  MATCH (ev:Node:Event {id: id})
  RETURN id, COLLECT {
    MATCH (ev)<-[:REPORTS]-(s:Source)
    RETURN ${sourceProjection(s)} AS s ORDER BY coalesce(s.publishedAt, '') DESC, s.id
    LIMIT $cap
  } AS items`;

/** Sources reporting each event, newest first. Row: `{ id, items: SourceRecord[] }`. */
export function eventSourcesQuery(ids: string[]): CypherQuery {
  return { cypher: EVENT_SOURCES, params: { ids, cap: LIST_CAPS.sourcesPerEvent } };
}
