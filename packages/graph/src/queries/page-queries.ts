import { LIST_CAPS } from '../list-caps.js';
import type { CursorKey } from '../keyset-cursor.js';
import { cypherFragment as f, type CypherQuery } from '../query.js';
import { keysetOrder, keysetPageStatement, type KeysetList, type KeysetOrder } from './keyset.js';
import { mentionPageStatements, type MentionPageStatements } from './mention-pages.js';
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
 * Filters of the events list; `from`/`to` compare with the event's time as prefixes (`to: "2023"` includes
 * 2023-12-31), an undated event's time being the day it was first reported. `organization` takes its units'
 * events too unless `includeUnits` is false; `asOf` keeps events some source had reported by that day;
 * `cumulative` false leaves out running totals, true keeps only them.
 */
export interface EventFilter {
  kind?: string | null;
  organization?: string | null;
  includeUnits?: boolean | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  cumulative?: boolean | null;
}

/** Where an event sits in time for a date filter: its time, else the day a source first reported it. */
const PLACED = f`coalesce(item.when, reduce(m = null, day IN [(item)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END))`;

/** The events filter on `item` (params: see `eventFilterParams`). */
export const EVENT_FILTER = f`($kind IS NULL OR item.kind = $kind)
    AND ($organization IS NULL OR EXISTS { (item)-[:ORGANIZATION|AFFECTS]->(o:Node) WHERE o.id = $organization
      OR ($includeUnits AND EXISTS { (o)-[:PART_OF*1..3]->(:Node {id: $organization}) }) })
    AND ($asOf IS NULL OR EXISTS { (item)<-[r:REPORTS]-() WHERE r.reportedAt <= $asOf })
    AND ($from IS NULL OR ${PLACED} >= $from)
    AND ($to IS NULL OR ${PLACED} <= $to)
    AND ($cumulative IS NULL OR coalesce(item.cumulative, false) = $cumulative)`;

/** The params of EVENT_FILTER (`to` and `asOf` as inclusive prefixes). */
export function eventFilterParams(filter: EventFilter) {
  return {
    kind: filter.kind ?? null,
    organization: filter.organization ?? null,
    includeUnits: filter.includeUnits ?? true,
    from: filter.from ?? null,
    to: filter.to ? `${filter.to}\uffff` : null,
    asOf: filter.asOf ? `${filter.asOf}\uffff` : null,
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

/** The first page, or the page after `window.cursor`, of a mention list (forwards only). */
function mentionPage(statements: MentionPageStatements, ids: string[], window: PageWindow): CypherQuery {
  return window.cursor === null
    ? { cypher: statements.first, params: { ids, first: window.first } }
    : { cypher: statements.next, params: { ids, cursor: window.cursor, first: window.first } };
}

const CITATIONS = mentionPageStatements(
  f`{source: ${sourceProjection(item)}, entity: ${entityProjection(f`n`)}, quotes: ${mentionQuoteSpans(f`m`, f`item.id`)}[0..$quotes]}`,
);

/**
 * A page of the sources mentioning each entity, newest first, each with the sentences that do.
 * Row per id: `{ id, totalCount, rows: [[{ source, entity, quotes }, key]], beyond }`.
 */
export function citationsPageQuery(ids: string[], window: PageWindow): CypherQuery {
  const page = mentionPage(CITATIONS, ids, window);
  return { ...page, params: { ...page.params, quotes: LIST_CAPS.quotesPerEvidence } };
}

const MENTIONING_SOURCES = mentionPageStatements(sourceProjection(item));

/** A page of the sources mentioning each entity, newest first. Row per id: `{ id, totalCount, rows, beyond }`. */
export function mentioningSourcesPageQuery(ids: string[], window: PageWindow): CypherQuery {
  return mentionPage(MENTIONING_SOURCES, ids, window);
}

/** Time order, undated last: the order of an organization's events. */
export const ORGANIZATION_EVENTS_ORDER = EVENT_ORDERS.WHEN_ASC;

const ORGANIZATION_EVENTS = keysetPageStatement(
  {
    match: f`MATCH (item:Event)-[:ORGANIZATION|AFFECTS]->(:Node)-[:PART_OF*0..3]->(n)`,
    where: f`true`,
    projection: eventProjection(item),
    perParent: true,
  },
  ORGANIZATION_EVENTS_ORDER.order,
  false,
);

/**
 * A page of the events of each organization (as organization or division affected) and of its units (they roll
 * up, as in `Company.events`), in time order.
 */
export function organizationEventsPageQuery(ids: string[], window: PageWindow): CypherQuery {
  return { cypher: ORGANIZATION_EVENTS, params: { ids, cursor: window.cursor, first: window.first } };
}
