import type { CypherQuery } from '../query.js';
import { assignStories } from '../stories/assign-stories.js';
import { rangeOf } from '../stories/story-dates.js';
import { eventRange, type StoryEvent, type StorySummary } from '../stories/story-match.js';
import type { PreparedDocument } from './prepare-document.js';
import {
  addClaimsQuery,
  recomputeStoriesQuery,
  storyCandidatesQuery,
  writeStoriesQuery,
  type CandidateLookup,
  type StoryClaimRow,
} from './story-statements.js';

/** Events that get stories: every kind with a figure (leadership changes are events of their own). */
const isStoryKind = (kind: unknown) => kind !== 'leadership';

/** The REPORTS properties a story summary folds in (addClaimsQuery); the spans stay behind. */
const STORY_FIGURES = [
  'count',
  'countText',
  'percent',
  'when',
  'status',
  'basisKind',
  'cumulative',
  'reportedAt',
  'preferKey',
] as const;

/** The story figures of one REPORTS edge's properties. */
export function storyFigures(report: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(STORY_FIGURES.map((name) => [name, report[name] ?? null]));
}

/** A batch's events as the story logic sees them, before the graph says which are new and whose units they are. */
export interface StoryPlan {
  /** The lookup statement, or null when the batch has no story events. */
  candidates: CypherQuery | null;
  events: Map<string, Omit<StoryEvent, 'orgId' | 'ancestors'>>;
  claims: StoryClaimRow[];
}

/** One row of `storyCandidatesQuery`. */
export interface CandidateRow {
  eventId: string;
  orgId: string | null;
  ancestors: string[];
  candidates: StorySummary[];
}

/**
 * The first half of keeping stories current in a write transaction (sent right behind the documents' write
 * statement, pipelined): every story event of the batch with its days, each taken as its earliest report states
 * it, and the lookup that takes the story locks and returns, for the events new to the graph, the stories they
 * could join.
 */
export function planStories(docs: readonly PreparedDocument[]): StoryPlan {
  const events = new Map<string, Omit<StoryEvent, 'orgId' | 'ancestors'>>();
  const claims: StoryPlan['claims'] = [];
  for (const doc of docs) {
    const reportedAt = doc.source.reportedAt!;
    for (const ev of doc.events) {
      if (!isStoryKind(ev.props.kind)) continue;
      claims.push({ sourceId: doc.source.id, eventId: ev.id, report: storyFigures(ev.report ?? {}) });
      const known = events.get(ev.id);
      if (known && known.reportedAt <= reportedAt) continue;
      events.set(ev.id, {
        id: ev.id,
        kind: String(ev.props.kind),
        count: ev.claim.count,
        countText: ev.claim.countText,
        percent: ev.claim.percent,
        when: ev.claim.when,
        runningTotal: ev.claim.runningTotal,
        reportedAt,
        referenceWhen: ev.claim.referenceWhen,
      });
    }
  }
  const lookups: CandidateLookup[] = [...events.values()].map((event) => {
    const range = eventRange(event);
    const referred = event.referenceWhen ? rangeOf(event.referenceWhen) : null;
    return {
      id: event.id,
      kind: event.kind,
      runningTotal: event.runningTotal,
      lo: referred && referred.start < range.start ? referred.start : range.start,
      hi: referred && referred.end > range.end ? referred.end : range.end,
    };
  });
  return { candidates: lookups.length > 0 ? storyCandidatesQuery(lookups) : null, events, claims };
}

/**
 * The second half: assigns the new events to stories (pure, `stories/assign-stories.ts`) and returns the
 * statements to send (pipelined, in order): write the assignments, fold every new claim into its story, recompute
 * the stories that lost claims (`touched`: a replaced or deleted source's).
 */
export function storyWrites(plan: StoryPlan, rows: readonly CandidateRow[], touched: readonly string[]): CypherQuery[] {
  const statements: CypherQuery[] = [];
  const fresh: StoryEvent[] = rows.map((row) => ({
    ...plan.events.get(row.eventId)!,
    orgId: row.orgId,
    ancestors: [...new Set(row.ancestors)],
  }));
  if (fresh.length > 0) {
    const candidates = new Map(
      rows.flatMap((row) => row.candidates).map((story) => [story.id, { ...story, orgId: story.orgId || null }]),
    );
    statements.push(writeStoriesQuery(assignStories(fresh, [...candidates.values()])));
  }
  if (plan.claims.length > 0) statements.push(addClaimsQuery(plan.claims));
  if (touched.length > 0) statements.push(recomputeStoriesQuery([...new Set(touched)]));
  return statements;
}
