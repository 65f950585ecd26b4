import DataLoader from 'dataloader';
import {
  evidenceRefKey,
  type EntityRecord,
  type EventRecord,
  type EvidenceRecord,
  type EvidenceRef,
  type Graph,
  type Grouped,
  type KeysetPage,
  type NodeKind,
  type PageWindow,
  type SourceRecord,
} from '@newsgraph/graph';
import { lazyMembers } from './lazy-members.js';
import { storyLoaderFactories } from './story-loaders.js';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function lists<T>(load: (ids: readonly string[]) => Promise<Grouped<T>>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const grouped = await load(ids);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** Per page window (first, cursor): a loader of that page of each parent's list, batched across parents. */
function pages<T>(load: (ids: readonly string[], window: PageWindow) => Promise<Map<string, KeysetPage<T>>>) {
  const byWindow = new Map<string, DataLoader<string, KeysetPage<T>>>();
  const empty: KeysetPage<T> = { items: [], keys: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  return (window: PageWindow) => {
    const key = JSON.stringify(window);
    let loader = byWindow.get(key);
    if (!loader) {
      loader = new DataLoader<string, KeysetPage<T>>(async (ids) => {
        const found = await load(ids, window);
        return ids.map((id) => found.get(id) ?? empty);
      });
      byWindow.set(key, loader);
    }
    return loader;
  };
}

function values<T>(load: (ids: readonly string[]) => Promise<Map<string, T>>, fallback: T) {
  return new DataLoader<string, T>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/**
 * One DataLoader per field that fans out over a list, per request: however many parents a list has, each field
 * costs one Cypher statement per level of the query (the graph's batch lookups). Each is made on the request's
 * first use of it (lazy-members.ts), so a request pays only for the loaders its fields use.
 */
const loaderFactories = {
  ...storyLoaderFactories,
  entity: (graph: Graph) => byId<EntityRecord>((ids) => graph.entitiesByIds(ids)),
  source: (graph: Graph) => byId<SourceRecord>((ids) => graph.sourcesByIds(ids)),
  event: (graph: Graph) => byId<EventRecord>((ids) => graph.eventsByIds(ids)),
  nodeKind: (graph: Graph) => values((ids) => graph.nodeKinds(ids), null as NodeKind | null),
  citationsPage: (graph: Graph) => pages((ids, window) => graph.citationsPage(ids, window)),
  sourcesPage: (graph: Graph) => pages((ids, window) => graph.mentioningSourcesPage(ids, window)),
  eventsPage: (graph: Graph) => pages((ids, window) => graph.organizationEventsPage(ids, window)),
  sourceText: (graph: Graph) => values((ids) => graph.sourceTexts(ids), null as string | null),
  mentionCount: (graph: Graph) => values((ids) => graph.mentionCounts(ids), 0),
  /** Loader per page size, so `sources(first: 5)` and `sources(first: 50)` in one request batch separately. */
  sourcesMentioning: (graph: Graph) => {
    const byFirst = new Map<number, DataLoader<string, SourceRecord[]>>();
    return (first: number) => {
      let loader = byFirst.get(first);
      if (!loader) byFirst.set(first, (loader = lists((ids) => graph.sourcesMentioning(ids, first))));
      return loader;
    };
  },
  divisionsOf: (graph: Graph) => lists((ids) => graph.divisionsOf(ids)),
  parentOf: (graph: Graph) =>
    values((ids) => graph.parentsOf(ids), null as { parent: EntityRecord; key: string } | null),
  rolesAt: (graph: Graph) => lists((ids) => graph.roles(ids, 'organization')),
  rolesOf: (graph: Graph) => lists((ids) => graph.roles(ids, 'person')),
  eventsOfOrganization: (graph: Graph) => lists((ids) => graph.eventsOf(ids, 'organization')),
  eventsOfSource: (graph: Graph) => lists((ids) => graph.eventsOf(ids, 'source')),
  eventDivisions: (graph: Graph) => lists((ids) => graph.eventDivisions(ids)),
  eventSources: (graph: Graph) => lists((ids) => graph.eventSources(ids)),
  cites: (graph: Graph) => lists((ids) => graph.cites(ids)),
  citedBy: (graph: Graph) => lists((ids) => graph.citedBy(ids)),
  copyGroupOf: (graph: Graph) => lists((ids) => graph.copyGroupsOf(ids)),
  independentSourceCount: (graph: Graph) => values((ids) => graph.independentSourceCounts(ids), 0),
  mentionsIn: (graph: Graph) => lists((ids) => graph.mentionsIn(ids)),
  factsOf: (graph: Graph) => lists((ids) => graph.factsOf(ids)),
  evidence: (graph: Graph) =>
    new DataLoader<EvidenceRef, EvidenceRecord[], string>(
      async (refs) => {
        const found = await graph.evidence(refs);
        return refs.map((ref) => found.get(evidenceRefKey(ref)) ?? []);
      },
      { cacheKeyFn: evidenceRefKey },
    ),
};

/** Fresh per-request loaders over `graph` (the request's budgeted graph): nothing is cached across requests. */
export const createLoaders: (graph: Graph) => Loaders = lazyMembers(loaderFactories);

/** The per-request loaders. */
export type Loaders = { readonly [K in keyof typeof loaderFactories]: ReturnType<(typeof loaderFactories)[K]> };
