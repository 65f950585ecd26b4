import type { Executor } from './executor.js';
import type { CursorKey } from './keyset-cursor.js';
import {
  citationsPageQuery,
  eventsPageQuery,
  mentioningSourcesPageQuery,
  organizationEventsPageQuery,
  sourcesPageQuery,
  type EventFilter,
  type EventOrder,
  type PageWindow,
  type SourceOrder,
} from './queries/page-queries.js';
import { eventPeriodsQuery, type Period } from './queries/event-periods-query.js';
import { hasEventTerms, parseEventSearchTerms } from './queries/event-search-terms.js';
import { eventSearchQuery, nodeKindsQuery, sourceSearchQuery } from './queries/node-search-queries.js';
import { clampFirst, searchQuery } from './queries/search.js';
import type { CypherQuery } from './query.js';
import type {
  CitationRecord,
  EventPeriodRecord,
  EntityRecord,
  EventRecord,
  KeysetPage,
  NodeKind,
  NodeRecord,
  SourceRecord,
} from './records.js';

/** Entity types a node search may ask for, besides Event and Source. */
const ENTITY_TYPES = ['Company', 'Division', 'Person', 'Product'];

/** Lists read page by page with keyset cursors, and the search over every kind of node. */
export interface PageReadModel {
  /** Sources of `kind` (default articles) in `order` (default newest first). */
  sourcesPage(args: {
    kind?: string | null;
    order?: SourceOrder | null;
    window: PageWindow;
  }): Promise<KeysetPage<SourceRecord>>;
  eventsPage(args: {
    filter: EventFilter;
    order?: EventOrder | null;
    window: PageWindow;
  }): Promise<KeysetPage<EventRecord>>;
  /** The dated events of `filter` counted per period and kind (queries/event-periods-query.ts). */
  eventPeriods(filter: EventFilter, by: Period): Promise<EventPeriodRecord[]>;
  /** Per entity id: a page of the sources mentioning it with their quotes, newest first (forward only). */
  citationsPage(ids: readonly string[], window: PageWindow): Promise<Map<string, KeysetPage<CitationRecord>>>;
  /** Per entity id: a page of the sources mentioning it, newest first (forward only). */
  mentioningSourcesPage(ids: readonly string[], window: PageWindow): Promise<Map<string, KeysetPage<SourceRecord>>>;
  /** Per organization id: a page of its events (as organization or division affected), in time order. */
  organizationEventsPage(ids: readonly string[], window: PageWindow): Promise<Map<string, KeysetPage<EventRecord>>>;
  /** Whether each id is an entity, an event or a source (unknown ids are absent). */
  nodeKinds(ids: readonly string[]): Promise<Map<string, NodeKind>>;
  /**
   * Entities by name, events by what the words say of them (figure, kind, year, organization: "Amazon 14,000"),
   * sources by title: at most `first` (1..100, default 20) of each, in that order. `types` narrows to entity
   * types, `Event` and `Source`.
   */
  searchNodes(args: { query: string; types?: readonly string[] | null; first?: number | null }): Promise<NodeRecord[]>;
}

type PageRow<T> = { totalCount: number; rows: Array<[T, CursorKey]>; beyond: boolean };

/** Shapes a page statement's row: `first` items, whether more follow, whether some precede. */
function toPage<T>(row: PageRow<T> | undefined, window: PageWindow): KeysetPage<T> {
  if (!row) return { items: [], keys: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  const more = row.rows.length > window.first;
  const rows = row.rows.slice(0, window.first);
  if (window.backward) rows.reverse();
  return {
    items: rows.map(([item]) => item),
    keys: rows.map(([, key]) => key),
    totalCount: row.totalCount,
    hasNextPage: window.backward ? row.beyond : more,
    hasPreviousPage: window.backward ? more : row.beyond,
  };
}

/** The page reads and the node search over an executor. */
export function createPageReadModel(executor: Executor): PageReadModel {
  const perParent = async <T>(ids: readonly string[], query: CypherQuery, window: PageWindow) => {
    const pages = new Map<string, KeysetPage<T>>();
    if (ids.length === 0) return pages;
    for (const row of await executor.read<PageRow<T> & { id: string }>(query)) pages.set(row.id, toPage(row, window));
    return pages;
  };
  const one = async <T>(query: CypherQuery, window: PageWindow) =>
    toPage((await executor.read<PageRow<T>>(query))[0], window);

  return {
    sourcesPage: ({ kind, order, window }) =>
      one(sourcesPageQuery(kind ?? 'article', order ?? 'NEWEST', window), window),
    eventsPage: ({ filter, order, window }) => one(eventsPageQuery(filter, order ?? 'WHEN_ASC', window), window),
    eventPeriods: (filter, by) => executor.read<EventPeriodRecord>(eventPeriodsQuery(filter, by)),
    citationsPage: (ids, window) => perParent(ids, citationsPageQuery([...ids], window), window),
    mentioningSourcesPage: (ids, window) => perParent(ids, mentioningSourcesPageQuery([...ids], window), window),
    organizationEventsPage: (ids, window) => perParent(ids, organizationEventsPageQuery([...ids], window), window),

    async nodeKinds(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; kind: NodeKind }>(nodeKindsQuery([...ids]));
      return new Map(rows.map((row) => [row.id, row.kind]));
    },

    async searchNodes({ query, types, first }) {
      const size = clampFirst(first);
      const wants = (type: string) => !types || types.length === 0 || types.includes(type);
      const entityTypes = ENTITY_TYPES.filter(wants);
      const found: NodeRecord[] = [];
      const terms = parseEventSearchTerms(query);
      // "Amazon 14,000": the figure is the event's, the name the entity's.
      const names = hasEventTerms(terms) ? terms.organization : query;
      if (entityTypes.length > 0) {
        const search = searchQuery({ query: names, types: entityTypes, first: size });
        if (search) found.push(...(await executor.read<{ entity: EntityRecord }>(search)).map((row) => row.entity));
      }
      if (wants('Event') && hasEventTerms(terms)) {
        let organizations: string[] | null = null;
        const organizationSearch = terms.organization
          ? searchQuery({ query: terms.organization, types: ['Company', 'Division'], first: 5 })
          : null;
        if (organizationSearch) {
          organizations = (await executor.read<{ entity: EntityRecord }>(organizationSearch)).map((r) => r.entity.id);
        }
        if (!organizations || organizations.length > 0) {
          const rows = await executor.read<{ event: EventRecord }>(eventSearchQuery(terms, organizations, size));
          found.push(...rows.map((row) => row.event));
        }
      }
      const sources = wants('Source') ? sourceSearchQuery(query, size) : null;
      if (sources) found.push(...(await executor.read<{ source: SourceRecord }>(sources)).map((row) => row.source));
      return found;
    },
  };
}
