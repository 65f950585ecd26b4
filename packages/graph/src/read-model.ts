import type { Executor } from './executor.js';
import {
  citationsQuery,
  factsOfQuery,
  mentionsInQuery,
  sourcesByIdsQuery,
  sourceTextsQuery,
} from './queries/source-queries.js';
import {
  divisionsOfQuery,
  entitiesByIdsQuery,
  mentionCountsQuery,
  parentsOfQuery,
  rolesQuery,
  sourcesMentioningQuery,
} from './queries/entity-queries.js';
import { eventDivisionsQuery, eventsByIdsQuery, eventSourcesQuery, eventsOfQuery } from './queries/event-queries.js';
import { evidenceQueries } from './queries/evidence-queries.js';
import { clampFirst, searchQuery, type SearchArgs } from './queries/search.js';
import {
  CITING_SOURCE_FIELDS,
  sourcesCitingExactQuery,
  sourcesCitingQuery,
  type CitingRow,
  type CitingSourceField,
} from './queries/citing-query.js';
import { statsQuery } from './queries/stats-query.js';
import type {
  CitationRecord,
  CitedRecord,
  EntityRecord,
  EventRecord,
  EvidenceRecord,
  EvidenceRef,
  FactRecord,
  Grouped,
  MentionRecord,
  RoleRecord,
  SourceRecord,
} from './records.js';
import { groupRows } from './rows.js';
import { createPageReadModel, type PageReadModel } from './page-read-model.js';
import { createViewReadModel, type ViewReadModel } from './view-read-model.js';
import { createStoryReadModel, type StoryReadModel } from './story-read-model.js';
import { copyGroupsOfQuery, independentSourceCountsQuery } from './queries/copy-group-queries.js';

/**
 * Every read the API needs. Lookups by id take many ids and answer in one statement (DataLoader-friendly);
 * list fields return Maps keyed by the id asked for.
 */
export interface ReadModel extends PageReadModel, ViewReadModel, StoryReadModel {
  search(args: SearchArgs): Promise<EntityRecord[]>;
  entitiesByIds(ids: readonly string[]): Promise<EntityRecord[]>;
  sourcesByIds(ids: readonly string[]): Promise<SourceRecord[]>;
  eventsByIds(ids: readonly string[]): Promise<EventRecord[]>;
  sourceTexts(ids: readonly string[]): Promise<Map<string, string | null>>;
  mentionCounts(ids: readonly string[]): Promise<Map<string, number>>;
  sourcesMentioning(ids: readonly string[], first?: number): Promise<Grouped<SourceRecord>>;
  divisionsOf(ids: readonly string[]): Promise<Grouped<EntityRecord>>;
  parentsOf(ids: readonly string[]): Promise<Map<string, { parent: EntityRecord; key: string }>>;
  roles(ids: readonly string[], side: 'organization' | 'person'): Promise<Grouped<RoleRecord>>;
  eventsOf(ids: readonly string[], side: 'organization' | 'source'): Promise<Grouped<EventRecord>>;
  eventDivisions(ids: readonly string[]): Promise<Grouped<EntityRecord>>;
  eventSources(ids: readonly string[]): Promise<Grouped<SourceRecord>>;
  /** What each article CITES: sources and companies cited as outlets, by title or name. */
  cites(ids: readonly string[]): Promise<Grouped<CitedRecord>>;
  /** The articles citing each source or company, newest first. */
  citedBy(ids: readonly string[]): Promise<Grouped<SourceRecord>>;
  /** Each article's copy group (the original first, then its syndicated copies); absent for articles that stand alone. */
  copyGroupsOf(ids: readonly string[]): Promise<Grouped<SourceRecord>>;
  /** Sources reporting each event, the syndicated copies of one text counted once. */
  independentSourceCounts(ids: readonly string[]): Promise<Map<string, number>>;
  mentionsIn(ids: readonly string[]): Promise<Grouped<MentionRecord>>;
  factsOf(ids: readonly string[]): Promise<Grouped<FactRecord>>;
  /** Evidence per reference, keyed by `evidenceRefKey(ref)`. */
  evidence(refs: readonly EvidenceRef[]): Promise<Map<string, EvidenceRecord[]>>;
  /**
   * The sources citing the entity best matching `name`, newest first, with their quotes. `sourceFields` (default:
   * all) are the source properties to read beyond `id` and `kind`; the others come back null, the title as the id
   * (what the API shows for an untitled source).
   */
  sourcesCiting(
    name: string,
    first?: number | null,
    sourceFields?: readonly CitingSourceField[],
  ): Promise<CitationRecord[]>;
  stats(): Promise<Array<{ type: string; count: number }>>;
}

/** The read side of the graph over an executor. */
export function createReadModel(executor: Executor): ReadModel {
  const many = async <T>(
    ids: readonly string[],
    build: (ids: string[]) => { cypher: string; params: Record<string, unknown> },
  ) =>
    ids.length === 0
      ? new Map<string, T[]>()
      : groupRows(await executor.read<{ id: string; items: T[] }>(build([...ids])));

  return {
    ...createPageReadModel(executor),
    ...createViewReadModel(executor),
    ...createStoryReadModel(executor),
    async search(args) {
      const query = searchQuery(args);
      if (!query) return [];
      const found = (await executor.read<{ entity: EntityRecord }>(query)).map((row) => row.entity);
      if (found.length > 0) return found;
      // Nothing by phrase, words or prefix: allow a typo (a slower query, so only as a fallback).
      return (await executor.read<{ entity: EntityRecord }>(searchQuery(args, 'fuzzy')!)).map((row) => row.entity);
    },
    async entitiesByIds(ids) {
      if (ids.length === 0) return [];
      return (await executor.read<{ entity: EntityRecord }>(entitiesByIdsQuery([...ids]))).map((row) => row.entity);
    },
    async sourcesByIds(ids) {
      if (ids.length === 0) return [];
      return (await executor.read<{ source: SourceRecord }>(sourcesByIdsQuery([...ids]))).map((row) => row.source);
    },
    async eventsByIds(ids) {
      if (ids.length === 0) return [];
      return (await executor.read<{ event: EventRecord }>(eventsByIdsQuery([...ids]))).map((row) => row.event);
    },
    async sourceTexts(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; text: string | null }>(sourceTextsQuery([...ids]));
      return new Map(rows.map((row) => [row.id, row.text]));
    },
    async mentionCounts(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; sizes: number[] }>(mentionCountsQuery([...ids]));
      return new Map(rows.map((row) => [row.id, row.sizes.reduce((sum, n) => sum + n, 0)]));
    },
    sourcesMentioning: (ids, first = 100) => many(ids, (list) => sourcesMentioningQuery(list, clampFirst(first, 100))),
    divisionsOf: (ids) => many(ids, divisionsOfQuery),
    async parentsOf(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; parent: EntityRecord; key: string }>(parentsOfQuery([...ids]));
      const parents = new Map<string, { parent: EntityRecord; key: string }>();
      for (const row of rows) if (!parents.has(row.id)) parents.set(row.id, { parent: row.parent, key: row.key });
      return parents;
    },
    roles: (ids, side) => many(ids, (list) => rolesQuery(list, side)),
    eventsOf: (ids, side) => many(ids, (list) => eventsOfQuery(list, side)),
    eventDivisions: (ids) => many(ids, eventDivisionsQuery),
    eventSources: (ids) => many(ids, eventSourcesQuery),
    cites: (ids) => many(ids, (list) => citationsQuery(list, 'out')),
    citedBy: (ids) => many(ids, (list) => citationsQuery(list, 'in')),
    copyGroupsOf: (ids) => many(ids, copyGroupsOfQuery),
    async independentSourceCounts(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; count: number }>(independentSourceCountsQuery([...ids]));
      return new Map(rows.map((row) => [row.id, row.count]));
    },
    mentionsIn: (ids) => many(ids, mentionsInQuery),
    factsOf: (ids) => many(ids, factsOfQuery),
    async evidence(refs) {
      const result = new Map<string, EvidenceRecord[]>();
      for (const query of evidenceQueries([...refs])) {
        for (const row of await executor.read<{ ref: string; items: EvidenceRecord[] }>(query)) {
          result.set(row.ref, [...(result.get(row.ref) ?? []), ...row.items]);
        }
      }
      return result;
    },
    async sourcesCiting(name, first, sourceFields = CITING_SOURCE_FIELDS) {
      if (!name.trim()) return [];
      const limit = clampFirst(first, 100);
      // An exact name through its index first (the common case, and the cheapest); then the full-text index by
      // words; then allowing a typo. At most three statements, each a single row.
      let [row] = await executor.read<CitingRow>(sourcesCitingExactQuery(name, limit, sourceFields));
      for (const match of ['words', 'fuzzy'] as const) {
        if (row) break;
        const query = sourcesCitingQuery(name, limit, sourceFields, match);
        if (!query) return [];
        [row] = await executor.read<CitingRow>(query);
      }
      if (!row) return [];
      const { entity } = row;
      return row.citations.map(([id, kind, values, starts, ends, quotes]) => {
        const source = citedSource(id, kind, sourceFields, values);
        return {
          source,
          entity,
          quotes: quotes.map((text, i) => ({ sourceId: id, start: starts[i]!, end: ends[i]!, text, source })),
        };
      });
    },
    async stats() {
      const [row] = await executor.read<{ counts: Array<{ type: string; count: number }> }>(statsQuery());
      return row?.counts ?? [];
    },
  };
}

/** A source of a citing row: the fields asked for from `values` (in `fields` order), null for the rest. */
function citedSource(
  id: string,
  kind: string,
  fields: readonly CitingSourceField[],
  values: Array<string | null>,
): SourceRecord {
  const value = (field: CitingSourceField) => {
    const i = fields.indexOf(field);
    return i < 0 ? null : (values[i] ?? null);
  };
  return {
    id,
    kind,
    title: value('title') ?? id,
    uri: value('uri'),
    publisher: value('publisher'),
    publishedAt: value('publishedAt'),
    contentHash: value('contentHash'),
  };
}
