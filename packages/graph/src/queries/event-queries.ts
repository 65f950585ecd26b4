import { cypher, type CypherQuery } from '../query.js';

/** Sort orders of the events list (constant Cypher per order, since ORDER BY cannot be a parameter). */
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

/** Cypher map projection of an Event node `ev` into an EventRecord. */
export const EVENT_PROJECTION =
  'ev {.id, .kind, .count, .countText, .percent, .when, .status, cumulative: coalesce(ev.cumulative, false), organizationId: head([(ev)-[:ORGANIZATION]->(o) | o.id])}';

const ORDER_BY: Record<EventOrder, string> = {
  WHEN_ASC: 'ORDER BY ev.when IS NULL, ev.when, ev.id',
  WHEN_DESC: "ORDER BY coalesce(ev.when, '') DESC, ev.id",
  COUNT_DESC: 'ORDER BY coalesce(ev.count, -1) DESC, ev.id',
};

const PAGE_QUERIES = Object.fromEntries(
  (Object.keys(ORDER_BY) as EventOrder[]).map((order) => [
    order,
    cypher`
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
      WITH ev ORDER_BY_CLAUSE
      WITH collect(ev) AS events
      RETURN size(events) AS totalCount, [ev IN events[$offset..($offset + $first)] | EVENT_PROJECTION] AS items`
      .replace('ORDER_BY_CLAUSE', ORDER_BY[order])
      .replace('EVENT_PROJECTION', EVENT_PROJECTION),
  ]),
) as Record<EventOrder, string>;

/** One page of events. Row: `{ totalCount, items: EventRecord[] }`. */
export function eventsPageQuery(filter: EventFilter, order: EventOrder, offset: number, first: number): CypherQuery {
  return {
    cypher: PAGE_QUERIES[order],
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

/** Events by id. Row: `{ event }`. */
export function eventsByIdsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN EVENT_PROJECTION AS event`.replace('EVENT_PROJECTION', EVENT_PROJECTION),
    params: { ids },
  };
}

/**
 * Events linked to each id: `organization` → events whose organization is it or one of its units, or that affect
 * them (time order);
 * `source` → events the article reports. Row: `{ id, items: EventRecord[] }`.
 */
export function eventsOfQuery(ids: string[], side: 'organization' | 'source'): CypherQuery {
  // An organization's events include its units' (a division's events count for its parent).
  const pattern =
    side === 'organization' ? '(ev)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n)' : '(n)-[:REPORTS]->(ev)';
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, COLLECT { MATCH PATTERN WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id RETURN EVENT_PROJECTION AS event } AS items`
      .replace('PATTERN', pattern)
      .replace('EVENT_PROJECTION', EVENT_PROJECTION),
    params: { ids },
  };
}

/** Divisions affected by each event. Row: `{ id, items: EntityRecord[] }`. */
export function eventDivisionsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COLLECT { MATCH (ev)-[:AFFECTS]->(d:Entity) RETURN d {.id, .type, .name, .aliases} AS d ORDER BY d.name } AS items`,
    params: { ids },
  };
}

/** Sources reporting each event, newest first. Row: `{ id, items: SourceRecord[] }`. */
export function eventSourcesQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COLLECT {
        MATCH (ev)<-[:REPORTS]-(s:Source)
        RETURN s {.id, .kind, .title, .uri, .publisher, .publishedAt, .contentHash} AS s ORDER BY coalesce(s.publishedAt, '') DESC, s.id
      } AS items`,
    params: { ids },
  };
}
