import { LIST_CAPS } from '../list-caps.js';
import { cypher, cypherFragment as f, type CypherQuery } from '../query.js';
import { lastDayOf, rangeOf } from '../stories/story-dates.js';
import { keysetOrder, type KeysetOrder } from './keyset.js';
import type { PageWindow } from './page-queries.js';
import { COVER_END, ORGANIZATION_FAMILY, STORIES_OF_ANY, STORIES_OF_ORGS, variants } from './story-selection.js';

/** Event kinds that have stories (leadership changes are events of their own). */
export const STORY_KINDS = ['layoff', 'restructuring', 'hiring', 'investment', 'earnings'];

/** Filters of the stories list. `from`/`to` are partial dates; a story counts when its time overlaps them. */
export interface StoryFilter {
  organization?: string | null;
  /** With `organization`: its units' stories too (default true). */
  includeUnits?: boolean | null;
  kind?: string | null;
  /** True: running totals only; false: rounds only; null: both. */
  runningTotal?: boolean | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}

/**
 * The params a story selection takes, from a filter (dates widened to whole days): the organization's only when
 * there is one, `asOf` only for the asOf variant (each statement gets exactly the $names its text uses).
 */
export function storyParams(filter: StoryFilter): Record<string, unknown> {
  return {
    ...(filter.organization ? { organization: filter.organization, includeUnits: filter.includeUnits ?? true } : {}),
    kinds: filter.kind ? [filter.kind] : STORY_KINDS,
    from: filter.from ? (rangeOf(filter.from)?.start ?? filter.from) : null,
    to: lastDayOf(filter.to),
    ...asOfParam(filter.asOf),
  };
}

/** `{ asOf }` (its last day) when reading as of a day, else nothing (the "now" statements take no $asOf). */
export function asOfParam(asOf: string | null | undefined): { asOf?: string } {
  return asOf ? { asOf: lastDayOf(asOf)! } : {};
}

/** Time order of the stories list (placed time, then id): what a stories cursor encodes, `[placedStart, id]`. */
export const STORY_ORDER: { order: KeysetOrder; shape: string } = {
  order: keysetOrder([{ expr: f`story.placedStart` }, { expr: f`story.id` }]),
  shape: 'ss',
};

/**
 * The keyset tail of a stories page: the filtered stories sorted once (forwards, or reversed to read backwards),
 * then those strictly past `$cursor`, at most `$first + 1` (so the caller knows whether more follow), with
 * `beyond` true when some lie on the other side of the cursor. No SKIP: a page starts at its cursor's key, so
 * stories added or removed before it shift nothing.
 */
function pageTail(backward: boolean) {
  const { order } = STORY_ORDER;
  const past = backward ? order.before : order.after;
  return f`
  WITH story
  WHERE ($runningTotal IS NULL OR story.runningTotal = $runningTotal)
    AND ($from IS NULL OR ${COVER_END} >= $from) AND ($to IS NULL OR story.placedStart <= $to)
  WITH story ${backward ? order.reversedOrderBy : order.orderBy}
  WITH collect(story) AS stories
  RETURN size(stories) AS totalCount,
    [story IN stories WHERE $cursor IS NULL OR ${past} | [story, ${order.key}]][0..($first + 1)] AS rows,
    $cursor IS NOT NULL AND any(story IN stories WHERE NOT ${past}) AS beyond`;
}

const pages = (backward: boolean) => ({
  ofOrg: variants((select) => cypher`${ORGANIZATION_FAMILY} ${STORIES_OF_ORGS} ${select} ${pageTail(backward)}`),
  ofAny: variants((select) => cypher`${STORIES_OF_ANY} ${select} ${pageTail(backward)}`),
});
const PAGES = { forward: pages(false), backward: pages(true) };

/**
 * One page of stories in time order (placed time, then id), as known now or on `asOf`: `window.first` after the
 * story whose key is `window.cursor` (or before it, `backward`). Row: `{ totalCount, rows: [[story map, key]],
 * beyond }` (see `toStoryRecord`).
 */
export function storiesPageQuery(filter: StoryFilter, window: PageWindow): CypherQuery {
  const direction = PAGES[window.backward ? 'backward' : 'forward'];
  const variant = filter.organization ? direction.ofOrg : direction.ofAny;
  return {
    cypher: filter.asOf ? variant.asOf : variant.now,
    params: {
      ...storyParams(filter),
      runningTotal: filter.runningTotal ?? null,
      cursor: window.cursor,
      first: window.first,
    },
  };
}

const BY_IDS = variants(
  (select) => cypher`
    UNWIND $ids AS id
    MATCH (st:Node:Story {id: id})
    ${select}
    RETURN story`,
);

/** Stories by id, as known now or on `asOf` (a story nobody had reported by then is absent). Row: `{ story }`. */
export function storiesByIdsQuery(ids: string[], asOf: string | null): CypherQuery {
  return {
    cypher: asOf ? BY_IDS.asOf : BY_IDS.now,
    params: { ids, ...asOfParam(asOf) },
  };
}

/** The story of each event. Row: `{ id, storyId }`. */
export function storyOfEventsQuery(eventIds: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $eventIds AS id
      MATCH (:Node:Event {id: id})-[:IN_STORY]->(st:Story)
      RETURN id, st.id AS storyId`,
    params: { eventIds },
  };
}

/**
 * Each story's claims, preferred first (greatest preference key), at most `first`, only those reported by
 * `asOf`. Row: `{ id, items: claim maps }`.
 */
export function storyClaimsQuery(ids: string[], first: number, asOf: string | null): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (st:Node:Story {id: id})
      RETURN id, COLLECT {
        MATCH (st)<-[:IN_STORY]-(ev:Event)<-[r:REPORTS]-(s:Source)
        WHERE $asOf IS NULL OR r.reportedAt <= $asOf
        RETURN {storyId: st.id, sourceId: s.id, eventId: ev.id, count: r.count, countText: r.countText, percent: r.percent,
                when: r.when, status: r.status, runningTotal: coalesce(r.runningTotal, false), basis: coalesce(r.basis, [])[0..$basisCap],
                basisKind: coalesce(r.basisKind, 'news'), reportedAt: r.reportedAt,
                reportedAtFrom: coalesce(s.reportedAtFrom, 'ingested'), starts: r.starts, ends: r.ends, quotes: r.quotes} AS claim
        ORDER BY r.preferKey DESC
        LIMIT $first
      } AS items`,
    params: { ids, first, asOf: lastDayOf(asOf), basisCap: LIST_CAPS.basisPerClaim },
  };
}

const COVERS = variants(
  (select) => cypher`
    UNWIND $ids AS id
    MATCH (total:Node:Story {id: id})
    WITH id, total, CASE WHEN coalesce(total.openEnded, false) OR total.when IS NULL THEN total.firstReportedAt
      WHEN size(total.when) = 4 THEN total.when + '-12-31' WHEN size(total.when) = 7 THEN total.when + '-31' ELSE total.when END AS coversEnd,
      CASE WHEN total.when IS NULL THEN total.firstReportedAt WHEN size(total.when) = 4 THEN total.when + '-01-01'
      WHEN size(total.when) = 7 THEN total.when + '-01' ELSE total.when END AS coversStart
    OPTIONAL MATCH (total)-[:ABOUT]->(org:Node)
    WITH id, total, coversStart, coversEnd, coalesce(org.id, '') AS orgId,
         CASE WHEN org IS NULL THEN [] ELSE COLLECT { MATCH (u:Node)-[:PART_OF*1..3]->(org) RETURN DISTINCT u.id } END AS units
    CALL (total, coversStart, coversEnd, orgId, units) {
      MATCH (st:Story)
      WHERE st.orgId IN [orgId] + units AND st.kind = total.kind AND NOT st.runningTotal
      ${select}
      WITH story WHERE CASE WHEN story.when IS NOT NULL
        THEN story.placedStart >= coversStart AND story.placedEnd <= coversEnd
        ELSE story.firstReportedAt >= coversStart AND story.firstReportedAt < total.firstReportedAt END
      WITH story ORDER BY story.placedStart, story.id
      RETURN collect(story)[0..$coversCap] AS items
    }
    RETURN id, items`,
  f`total, coversStart, coversEnd, `,
);

/**
 * The rounds each running total covers: rounds of its organization and units in its span — dated ones inside it,
 * undated ones first reported before the total was. Row: `{ id, items: story maps }`.
 */
export function coversQuery(ids: string[], asOf: string | null): CypherQuery {
  return {
    cypher: asOf ? COVERS.asOf : COVERS.now,
    params: { ids, ...asOfParam(asOf), coversCap: LIST_CAPS.coversPerRunningTotal },
  };
}

/** Report time of each article. Row: `{ id, reportedAt, reportedAtFrom }`. */
export function reportTimesQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (s:Node:Source {id: id})
      RETURN id, s.reportedAt AS reportedAt, s.reportedAtFrom AS reportedAtFrom`,
    params: { ids },
  };
}

/** The day each event was first reported (any source). Row: `{ id, reportedAt }`. */
export function eventReportTimesQuery(ids: string[]): CypherQuery {
  return { cypher: EVENT_REPORT_TIMES, params: { ids } };
}

const EVENT_REPORT_TIMES = cypher`
  UNWIND $ids AS id
  MATCH (ev:Node:Event {id: id})
  RETURN id, reduce(m = null, day IN [(ev)<-[r:REPORTS]-() | r.reportedAt] | CASE WHEN m IS NULL OR day < m THEN day ELSE m END) AS reportedAt`;

/** What changed in each leadership event: the change, the title, the person. Row: `{ id, change, title, personId }`. */
export function leadershipQuery(ids: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (ev:Node:Event {id: id})
      RETURN id, ev.change AS change, ev.title AS title, head([(ev)-[:PERSON]->(p) | p.id]) AS personId`,
    params: { ids },
  };
}
