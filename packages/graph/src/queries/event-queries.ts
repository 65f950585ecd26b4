import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherFragment, type CypherQuery } from '../query.js';
import { entityProjection, eventProjection, sourceProjection } from './projections.js';

/** Sort orders of the events list (one constant statement per order, since ORDER BY cannot be a parameter). */
export type EventOrder = 'WHEN_ASC' | 'WHEN_DESC' | 'COUNT_DESC';

/**
 * Filters of the events list; `from`/`to` compare with the event's time as prefixes (`to: "2023"` includes
 * 2023-12-31), an undated event's time being the day it was first reported. `organization` takes its units'
 * events too unless `includeUnits` is false; `asOf` keeps events some source had reported by that day.
 */
export interface EventFilter {
  kind?: string | null;
  organization?: string | null;
  includeUnits?: boolean | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}

const [ev, d, s] = [f`ev`, f`d`, f`s`];

const ORDER_BY: Record<EventOrder, CypherFragment> = {
  WHEN_ASC: f`ORDER BY ev.when IS NULL, ev.when, ev.id`,
  WHEN_DESC: f`ORDER BY coalesce(ev.when, '') DESC, ev.id`,
  COUNT_DESC: f`ORDER BY coalesce(ev.count, -1) DESC, ev.id`,
};

const eventsPage = (orderBy: CypherFragment) => cypher`
  OPTIONAL MATCH (root:Node {id: $organization})
  WITH CASE WHEN root IS NULL THEN [$organization] ELSE [root.id] + CASE WHEN $includeUnits
    THEN COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(root) RETURN DISTINCT u.id } ELSE [] END END AS orgs
  MATCH (ev:Event)
  WHERE ($kind IS NULL OR ev.kind = $kind)
    AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id IN orgs })
    AND ($asOf IS NULL OR EXISTS { (ev)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
  WITH ev, CASE WHEN ev.when IS NOT NULL OR ($from IS NULL AND $to IS NULL) THEN ev.when
    ELSE reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) END AS placed
  WHERE ($from IS NULL OR placed >= $from) AND ($to IS NULL OR placed <= $to)
  WITH ev ${orderBy}
  WITH collect(ev) AS events
  RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | ${eventProjection(ev)}] AS items`;

const EVENTS_PAGE: Record<EventOrder, string> = {
  WHEN_ASC: eventsPage(ORDER_BY.WHEN_ASC),
  WHEN_DESC: eventsPage(ORDER_BY.WHEN_DESC),
  COUNT_DESC: eventsPage(ORDER_BY.COUNT_DESC),
};

/** One page of events. Row: `{ totalCount, items: EventRecord[] }`. */
export function eventsPageQuery(filter: EventFilter, order: EventOrder, offset: number, first: number): CypherQuery {
  return {
    cypher: EVENTS_PAGE[order],
    params: {
      kind: filter.kind ?? null,
      organization: filter.organization ?? null,
      includeUnits: filter.includeUnits ?? true,
      from: filter.from ?? null,
      to: filter.to ? `${filter.to}\uffff` : null,
      asOf: filter.asOf ? `${filter.asOf}\uffff` : null,
      offset,
      first,
    },
  };
}

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
