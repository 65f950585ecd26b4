import { LIST_CAPS } from '../list-caps.js';
import type { CursorKey } from '../keyset-cursor.js';
import { cypherFragment as f, type CypherQuery } from '../query.js';
import { keysetOrder, keysetPageStatement, type KeysetList, type KeysetOrder } from './keyset.js';
import { entityProjection, eventProjection, mentionQuoteSpans, sourceProjection } from './projections.js';

/** A page request: at most `first` items after (or, `backward`, before) the item whose key is `cursor`. */
export interface PageWindow {
  first: number;
  cursor: CursorKey | null;
  backward?: boolean;
}

const item = f`item`;

/** Sort orders of the article list. */
export type SourceOrder = 'NEWEST' | 'OLDEST' | 'TITLE';

/** The orders, with the shape of their keys ('s' string, 'n' number): a cursor must fit its order. */
export const SOURCE_ORDERS: Record<SourceOrder, { order: KeysetOrder; shape: string }> = {
  NEWEST: {
    order: keysetOrder([{ expr: f`coalesce(item.publishedAt, '')`, desc: true }, { expr: f`item.id` }]),
    shape: 'ss',
  },
  OLDEST: {
    order: keysetOrder([
      { expr: f`CASE WHEN item.publishedAt IS NULL THEN 1 ELSE 0 END` },
      { expr: f`coalesce(item.publishedAt, '')` },
      { expr: f`item.id` },
    ]),
    shape: 'nss',
  },
  TITLE: {
    order: keysetOrder([{ expr: f`toLower(coalesce(item.title, item.id))` }, { expr: f`item.id` }]),
    shape: 'ss',
  },
};

const SOURCES: KeysetList = {
  match: f`MATCH (item:Source {kind: $kind})`,
  where: f`true`,
  projection: sourceProjection(item),
};

/** Both directions of every order, built once. */
function statements<O extends string>(list: KeysetList, orders: Record<O, { order: KeysetOrder }>) {
  const built = {} as Record<O, { forward: string; backward: string }>;
  for (const name of Object.keys(orders) as O[]) {
    const { order } = orders[name];
    built[name] = {
      forward: keysetPageStatement(list, order, false),
      backward: keysetPageStatement(list, order, true),
    };
  }
  return built;
}

const SOURCE_PAGES = statements(SOURCES, SOURCE_ORDERS);

/** One page of the sources of `kind` in `order`. Row: `{ totalCount, rows: [[SourceRecord, key]], beyond }`. */
export function sourcesPageQuery(kind: string, order: SourceOrder, window: PageWindow): CypherQuery {
  const statement = SOURCE_PAGES[order][window.backward ? 'backward' : 'forward'];
  return { cypher: statement, params: { kind, cursor: window.cursor, first: window.first } };
}

/** Sort orders of the events list. */
export type EventOrder = 'WHEN_ASC' | 'WHEN_DESC' | 'COUNT_DESC';

export const EVENT_ORDERS: Record<EventOrder, { order: KeysetOrder; shape: string }> = {
  WHEN_ASC: {
    order: keysetOrder([
      { expr: f`CASE WHEN item.when IS NULL THEN 1 ELSE 0 END` },
      { expr: f`coalesce(item.when, '')` },
      { expr: f`item.id` },
    ]),
    shape: 'nss',
  },
  WHEN_DESC: {
    order: keysetOrder([{ expr: f`coalesce(item.when, '')`, desc: true }, { expr: f`item.id` }]),
    shape: 'ss',
  },
  COUNT_DESC: {
    order: keysetOrder([{ expr: f`coalesce(item.count, -1)`, desc: true }, { expr: f`item.id` }]),
    shape: 'ns',
  },
};

/**
 * Filters of the events list; `from`/`to` compare with `when` as prefixes (`to: "2023"` includes 2023-12-31);
 * `cumulative` false leaves out running totals, true keeps only them.
 */
export interface EventFilter {
  kind?: string | null;
  organization?: string | null;
  from?: string | null;
  to?: string | null;
  cumulative?: boolean | null;
}

/** The events filter on `item` (params: kind, organization, from, to, cumulative; see `eventFilterParams`). */
export const EVENT_FILTER = f`($kind IS NULL OR item.kind = $kind)
    AND ($organization IS NULL OR EXISTS { (item)-[:ORGANIZATION|AFFECTS]->(:Node {id: $organization}) })
    AND ($from IS NULL OR item.when >= $from)
    AND ($to IS NULL OR item.when <= $to)
    AND ($cumulative IS NULL OR coalesce(item.cumulative, false) = $cumulative)`;

/** The params of EVENT_FILTER (`to` as an inclusive prefix). */
export function eventFilterParams(filter: EventFilter) {
  return {
    kind: filter.kind ?? null,
    organization: filter.organization ?? null,
    from: filter.from ?? null,
    to: filter.to ? `${filter.to}\uffff` : null,
    cumulative: filter.cumulative ?? null,
  };
}

const EVENTS: KeysetList = { match: f`MATCH (item:Event)`, where: EVENT_FILTER, projection: eventProjection(item) };

const EVENT_PAGES = statements(EVENTS, EVENT_ORDERS);

/** One page of events. Row: `{ totalCount, rows: [[EventRecord, key]], beyond }`. */
export function eventsPageQuery(filter: EventFilter, order: EventOrder, window: PageWindow): CypherQuery {
  return {
    cypher: EVENT_PAGES[order][window.backward ? 'backward' : 'forward'],
    params: {
      ...eventFilterParams(filter),
      cursor: window.cursor,
      first: window.first,
    },
  };
}

/** Newest first, the order of an entity's sources and citations. */
export const NEWEST_SOURCES = SOURCE_ORDERS.NEWEST;

const CITATIONS = keysetPageStatement(
  {
    match: f`MATCH (n)<-[m:MENTIONS]-(item:Source)`,
    where: f`true`,
    carry: f`item, m`,
    projection: f`{source: ${sourceProjection(item)}, entity: ${entityProjection(f`n`)}, quotes: ${mentionQuoteSpans(f`m`, f`item.id`)}[0..$quotes]}`,
    perParent: true,
  },
  NEWEST_SOURCES.order,
  false,
);

/**
 * A page of the sources mentioning each entity, newest first, each with the sentences that do.
 * Row per id: `{ id, totalCount, rows: [[{ source, entity, quotes }, key]], beyond }`.
 */
export function citationsPageQuery(ids: string[], window: PageWindow): CypherQuery {
  return {
    cypher: CITATIONS,
    params: { ids, cursor: window.cursor, first: window.first, quotes: LIST_CAPS.quotesPerEvidence },
  };
}

const MENTIONING_SOURCES = keysetPageStatement(
  {
    match: f`MATCH (n)<-[:MENTIONS]-(item:Source)`,
    where: f`true`,
    projection: sourceProjection(item),
    perParent: true,
  },
  NEWEST_SOURCES.order,
  false,
);

/** A page of the sources mentioning each entity, newest first. Row per id: `{ id, totalCount, rows, beyond }`. */
export function mentioningSourcesPageQuery(ids: string[], window: PageWindow): CypherQuery {
  return { cypher: MENTIONING_SOURCES, params: { ids, cursor: window.cursor, first: window.first } };
}

/** Time order, undated last: the order of an organization's events. */
export const ORGANIZATION_EVENTS_ORDER = EVENT_ORDERS.WHEN_ASC;

const ORGANIZATION_EVENTS = keysetPageStatement(
  {
    match: f`MATCH (item:Event)-[:ORGANIZATION|AFFECTS]->(n)`,
    where: f`true`,
    projection: eventProjection(item),
    perParent: true,
  },
  ORGANIZATION_EVENTS_ORDER.order,
  false,
);

/** A page of the events of each organization (as organization or division affected), in time order. */
export function organizationEventsPageQuery(ids: string[], window: PageWindow): CypherQuery {
  return { cypher: ORGANIZATION_EVENTS, params: { ids, cursor: window.cursor, first: window.first } };
}
