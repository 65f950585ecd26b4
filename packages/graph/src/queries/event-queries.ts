import { LIST_CAPS } from '../list-caps.js';
import { cypher, type CypherQuery } from '../query.js';

/** Sort orders of the events list (constant Cypher per order, since ORDER BY cannot be a parameter). */
export type EventOrder = 'WHEN_ASC' | 'WHEN_DESC' | 'COUNT_DESC';

/** Filters of the events list; `from`/`to` compare with `when` as prefixes (`to: "2023"` includes 2023-12-31). */
export interface EventFilter {
  kind?: string | null;
  organization?: string | null;
  from?: string | null;
  to?: string | null;
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
      MATCH (ev:Event)
      WHERE ($kind IS NULL OR ev.kind = $kind)
        AND ($organization IS NULL OR EXISTS { (ev)-[:ORGANIZATION|AFFECTS]->(:Node {id: $organization}) })
        AND ($from IS NULL OR ev.when >= $from)
        AND ($to IS NULL OR ev.when <= $to)
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
      from: filter.from ?? null,
      to: filter.to ? `${filter.to}\uffff` : null,
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
 * Events linked to each id: `organization` → events whose organization is it or that affect it (time order);
 * `source` → events the article reports. Row: `{ id, items: EventRecord[] }`.
 */
export function eventsOfQuery(ids: string[], side: 'organization' | 'source'): CypherQuery {
  const pattern = side === 'organization' ? '(ev)-[:ORGANIZATION|AFFECTS]->(n)' : '(n)-[:REPORTS]->(ev)';
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (n:Node {id: id})
      RETURN id, COLLECT { MATCH PATTERN WITH DISTINCT ev ORDER BY ev.when IS NULL, ev.when, ev.id LIMIT $cap RETURN EVENT_PROJECTION AS event } AS items`
      .replace('PATTERN', pattern)
      .replace('EVENT_PROJECTION', EVENT_PROJECTION),
    params: { ids, cap: side === 'organization' ? LIST_CAPS.eventsPerOrganization : LIST_CAPS.eventsPerSource },
  };
}

/** Divisions affected by each event. Row: `{ id, items: EntityRecord[] }`. */
export function eventDivisionsQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, COLLECT { MATCH (ev)-[:AFFECTS]->(d:Entity) RETURN d {.id, .type, .name, .aliases} AS d ORDER BY d.name LIMIT $cap } AS items`,
    params: { ids, cap: LIST_CAPS.divisionsPerEvent },
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
        LIMIT $cap
      } AS items`,
    params: { ids, cap: LIST_CAPS.sourcesPerEvent },
  };
}
