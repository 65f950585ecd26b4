import type { Executor } from './executor.js';
import type { CursorKey } from './keyset-cursor.js';
import type { PageWindow } from './queries/page-queries.js';
import type { Grouped, KeysetPage } from './records.js';
import { groupRows } from './rows.js';
import type {
  LeadershipRecord,
  ReportTimeRecord,
  RunningTotalRecord,
  StatementRecord,
  StoryClaimRecord,
  StoryRecord,
  SupportRecord,
  TotalsRecord,
} from './story-records.js';
import {
  coversQuery,
  eventReportTimesQuery,
  leadershipQuery,
  reportTimesQuery,
  storiesByIdsQuery,
  storiesPageQuery,
  storyClaimsQuery,
  storyOfEventsQuery,
  type StoryFilter,
} from './queries/story-queries.js';
import { totalsQuery, type TotalsGroupBy } from './queries/totals-query.js';
import {
  statementsByIdsQuery,
  statementsByQuery,
  statementsInQuery,
  supportsOfQuery,
} from './queries/statement-queries.js';

/** A story map as the queries return it (before the fields computed here). */
type RawStory = Omit<StoryRecord, 'placedBy' | 'fromUnitId' | 'asOf'>;

type RawClaim = Omit<StoryClaimRecord, 'preferred' | 'quotes'> & { starts: number[]; ends: number[]; quotes: string[] };

/** Reads of stories, totals, statements and supports; each one Cypher statement (see queries/). */
export interface StoryReadModel {
  /**
   * One page of stories in time order (keyset: `window.cursor` is the `[placedStart, id]` of the story the page
   * starts after, or ends before when `backward`); `organization` with its units unless `includeUnits` is false.
   */
  storiesPage(args: { filter: StoryFilter; window: PageWindow }): Promise<KeysetPage<StoryRecord>>;
  storiesByIds(ids: readonly string[], asOf?: string | null): Promise<StoryRecord[]>;
  /** Each story's claims, preferred first; the first one is the preferred claim. */
  storyClaims(ids: readonly string[], first: number, asOf?: string | null): Promise<Grouped<StoryClaimRecord>>;
  /** The story id of each event. */
  storyOfEvents(eventIds: readonly string[]): Promise<Map<string, string>>;
  /** The rounds each running total covers. */
  covers(ids: readonly string[], asOf?: string | null): Promise<Grouped<StoryRecord>>;
  totals(args: { filter: StoryFilter & { organization: string }; groupBy: TotalsGroupBy }): Promise<TotalsRecord>;
  statementsBy(ids: readonly string[], first: number, asOf?: string | null): Promise<Grouped<StatementRecord>>;
  statementsIn(ids: readonly string[]): Promise<Grouped<StatementRecord>>;
  statementsByIds(ids: readonly string[]): Promise<StatementRecord[]>;
  supportsOf(ids: readonly string[], first: number): Promise<Grouped<SupportRecord>>;
  /** Report time of each article (the second clock). */
  reportTimes(ids: readonly string[]): Promise<Map<string, ReportTimeRecord>>;
  /** What changed in each leadership event. */
  leadershipOf(ids: readonly string[]): Promise<Map<string, LeadershipRecord>>;
  /** The day each event was first reported: where an undated event sits in time. */
  eventReportTimes(ids: readonly string[]): Promise<Map<string, string | null>>;
}

/** A story map from Cypher → StoryRecord, marked with where it sits in time and whether it came from a unit. */
export function toStoryRecord(raw: RawStory, organization: string | null, asOf: string | null): StoryRecord {
  const orgId = raw.orgId || null;
  return {
    ...raw,
    orgId,
    runningTotal: Boolean(raw.runningTotal),
    openEnded: Boolean(raw.openEnded),
    placedBy: raw.when ? 'EVENT_TIME' : 'REPORT_TIME',
    fromUnitId: organization && orgId && orgId !== organization ? orgId : null,
    asOf,
  };
}

/** The story read side over an executor. */
export function createStoryReadModel(executor: Executor): StoryReadModel {
  return {
    async storiesPage({ filter, window }) {
      const [row] = await executor.read<{ totalCount: number; rows: Array<[RawStory, CursorKey]>; beyond: boolean }>(
        storiesPageQuery(filter, window),
      );
      const asOf = filter.asOf ?? null;
      const more = (row?.rows.length ?? 0) > window.first;
      const rows = (row?.rows ?? []).slice(0, window.first);
      if (window.backward) rows.reverse();
      return {
        items: rows.map(([raw]) => toStoryRecord(raw, filter.organization ?? null, asOf)),
        keys: rows.map(([, key]) => key),
        totalCount: row?.totalCount ?? 0,
        hasNextPage: window.backward ? Boolean(row?.beyond) : more,
        hasPreviousPage: window.backward ? more : Boolean(row?.beyond),
      };
    },
    async storiesByIds(ids, asOf = null) {
      if (ids.length === 0) return [];
      const rows = await executor.read<{ story: RawStory }>(storiesByIdsQuery([...ids], asOf));
      return rows.map((row) => toStoryRecord(row.story, null, asOf));
    },
    async storyClaims(ids, first, asOf = null) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; items: RawClaim[] }>(storyClaimsQuery([...ids], first, asOf));
      return groupRows(
        rows.map((row) => ({
          id: row.id,
          items: row.items.map(({ starts, ends, quotes, ...claim }, i) => ({
            ...claim,
            preferred: i === 0,
            quotes: quotes.map((text, j) => ({ start: starts[j]!, end: ends[j]!, text })),
          })),
        })),
      );
    },
    async storyOfEvents(eventIds) {
      if (eventIds.length === 0) return new Map();
      const rows = await executor.read<{ id: string; storyId: string }>(storyOfEventsQuery([...eventIds]));
      return new Map(rows.map((row) => [row.id, row.storyId]));
    },
    async covers(ids, asOf = null) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; items: RawStory[] }>(coversQuery([...ids], asOf));
      return groupRows(
        rows.map((row) => ({ id: row.id, items: row.items.map((raw) => toStoryRecord(raw, null, asOf)) })),
      );
    },
    async totals({ filter, groupBy }) {
      const asOf = filter.asOf ?? null;
      const [row] = await executor.read<{
        periods: Array<{ period: string; count: number; rounds: RawStory[] }>;
        runningTotals: Array<Omit<RunningTotalRecord, 'story' | 'covers'> & { story: RawStory; covers: RawStory[] }>;
        rounds: number;
        unquantified: number;
        total: number;
      }>(totalsQuery(filter, groupBy));
      const story = (raw: RawStory) => toStoryRecord(raw, filter.organization, asOf);
      return {
        organizationId: filter.organization,
        total: row?.total ?? 0,
        rounds: row?.rounds ?? 0,
        unquantified: row?.unquantified ?? 0,
        periods: (row?.periods ?? []).map((p) => ({ ...p, rounds: p.rounds.map(story) })),
        runningTotals: (row?.runningTotals ?? []).map((t) => ({
          ...t,
          story: story(t.story),
          covers: t.covers.map(story),
        })),
      };
    },
    async statementsBy(ids, first, asOf = null) {
      if (ids.length === 0) return new Map();
      return groupRows(
        await executor.read<{ id: string; items: StatementRecord[] }>(statementsByQuery([...ids], first, asOf)),
      );
    },
    async statementsIn(ids) {
      if (ids.length === 0) return new Map();
      return groupRows(await executor.read<{ id: string; items: StatementRecord[] }>(statementsInQuery([...ids])));
    },
    async statementsByIds(ids) {
      if (ids.length === 0) return [];
      return (await executor.read<{ statement: StatementRecord }>(statementsByIdsQuery([...ids]))).map(
        (row) => row.statement,
      );
    },
    async supportsOf(ids, first) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{
        id: string;
        items: Array<Omit<SupportRecord, 'quotes'> & { starts: number[]; ends: number[]; quotes: string[] }>;
      }>(supportsOfQuery([...ids], first));
      return groupRows(
        rows.map((row) => ({
          id: row.id,
          items: row.items.map(({ starts, ends, quotes, ...support }) => ({
            ...support,
            quotes: quotes.map((text, j) => ({ start: starts[j]!, end: ends[j]!, text })),
          })),
        })),
      );
    },
    async reportTimes(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<ReportTimeRecord & { id: string }>(reportTimesQuery([...ids]));
      return new Map(rows.map(({ id, ...time }) => [id, time]));
    },
    async leadershipOf(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<LeadershipRecord & { id: string }>(leadershipQuery([...ids]));
      return new Map(rows.map(({ id, ...change }) => [id, change]));
    },
    async eventReportTimes(ids) {
      if (ids.length === 0) return new Map();
      const rows = await executor.read<{ id: string; reportedAt: string | null }>(eventReportTimesQuery([...ids]));
      return new Map(rows.map((row) => [row.id, row.reportedAt]));
    },
  };
}
