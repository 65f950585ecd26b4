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
import { createStoryLoaders } from './story-loaders.js';

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
 * One DataLoader per field that fans out over a list, created per request: however many parents a list has,
 * each field costs one Cypher statement per level of the query (the graph's batch lookups).
 */
export function createLoaders(graph: Graph) {
  const sourcesMentioning = new Map<number, DataLoader<string, SourceRecord[]>>();
  return {
    ...createStoryLoaders(graph),
    entity: byId<EntityRecord>((ids) => graph.entitiesByIds(ids)),
    source: byId<SourceRecord>((ids) => graph.sourcesByIds(ids)),
    event: byId<EventRecord>((ids) => graph.eventsByIds(ids)),
    nodeKind: values((ids) => graph.nodeKinds(ids), null as NodeKind | null),
    citationsPage: pages((ids, window) => graph.citationsPage(ids, window)),
    sourcesPage: pages((ids, window) => graph.mentioningSourcesPage(ids, window)),
    eventsPage: pages((ids, window) => graph.organizationEventsPage(ids, window)),
    sourceText: values((ids) => graph.sourceTexts(ids), null as string | null),
    mentionCount: values((ids) => graph.mentionCounts(ids), 0),
    /** Loader per page size, so `sources(first: 5)` and `sources(first: 50)` in one request batch separately. */
    sourcesMentioning(first: number) {
      let loader = sourcesMentioning.get(first);
      if (!loader) sourcesMentioning.set(first, (loader = lists((ids) => graph.sourcesMentioning(ids, first))));
      return loader;
    },
    divisionsOf: lists((ids) => graph.divisionsOf(ids)),
    parentOf: values((ids) => graph.parentsOf(ids), null as { parent: EntityRecord; key: string } | null),
    rolesAt: lists((ids) => graph.roles(ids, 'organization')),
    rolesOf: lists((ids) => graph.roles(ids, 'person')),
    eventsOfOrganization: lists((ids) => graph.eventsOf(ids, 'organization')),
    eventsOfSource: lists((ids) => graph.eventsOf(ids, 'source')),
    eventDivisions: lists((ids) => graph.eventDivisions(ids)),
    eventSources: lists((ids) => graph.eventSources(ids)),
    cites: lists((ids) => graph.cites(ids)),
    citedBy: lists((ids) => graph.citedBy(ids)),
    copyGroupOf: lists((ids) => graph.copyGroupsOf(ids)),
    independentSourceCount: values((ids) => graph.independentSourceCounts(ids), 0),
    mentionsIn: lists((ids) => graph.mentionsIn(ids)),
    factsOf: lists((ids) => graph.factsOf(ids)),
    evidence: new DataLoader<EvidenceRef, EvidenceRecord[], string>(
      async (refs) => {
        const found = await graph.evidence(refs);
        return refs.map((ref) => found.get(evidenceRefKey(ref)) ?? []);
      },
      { cacheKeyFn: evidenceRefKey },
    ),
  };
}

/** The per-request loaders. */
export type Loaders = ReturnType<typeof createLoaders>;
