import type { WriteTransaction } from '../executor.js';
import { assignStories } from '../stories/assign-stories.js';
import { rangeOf } from '../stories/story-dates.js';
import { eventRange, type StoryEvent, type StorySummary } from '../stories/story-match.js';
import type { PreparedDocument } from './prepare-document.js';
import {
  addClaimsQuery,
  type CandidateLookup,
  lockAndCandidatesQuery,
  recomputeStoriesQuery,
  storyInputsQuery,
  writeStoriesQuery,
} from './story-statements.js';

/** Events that get stories: every kind with a figure (leadership changes are events of their own). */
const isStoryKind = (kind: unknown) => kind !== 'leadership';

/**
 * Keeps stories current inside a write transaction, after the documents' events are written: new events join a
 * story or start one (under a lock per root organization and kind), every new claim folds into its story's
 * summary, and stories that lost claims (`touched`: a replaced or deleted source's) are recomputed or deleted.
 * Four statements per batch at most, whatever its size.
 */
export async function updateStories(
  tx: WriteTransaction,
  docs: readonly PreparedDocument[],
  touched: readonly string[],
): Promise<void> {
  const rows = docs.flatMap((doc) => doc.events.filter((ev) => isStoryKind(ev.props.kind)).map((ev) => ({ doc, ev })));
  if (rows.length > 0) {
    const inputs = await tx.run<{
      id: string;
      hasStory: boolean;
      orgId: string | null;
      ancestors: string[];
      units: string[];
    }>(storyInputsQuery([...new Set(rows.map((row) => row.ev.id))]));
    const fresh = new Map(
      inputs
        .filter((input) => !input.hasStory)
        .map((input) => [input.id, { ...input, ancestors: [...new Set(input.ancestors)] }]),
    );
    if (fresh.size > 0) {
      const events = new Map<string, StoryEvent>();
      for (const { doc, ev } of rows) {
        const input = fresh.get(ev.id);
        if (!input) continue;
        const reportedAt = doc.source.reportedAt!;
        const known = events.get(ev.id);
        if (known && known.reportedAt <= reportedAt) continue;
        events.set(ev.id, {
          id: ev.id,
          kind: String(ev.props.kind),
          orgId: input.orgId,
          ancestors: input.ancestors,
          count: ev.claim.count,
          countText: ev.claim.countText,
          percent: ev.claim.percent,
          when: ev.claim.when,
          runningTotal: ev.claim.runningTotal,
          reportedAt,
          referenceWhen: ev.claim.referenceWhen,
        });
      }
      const lookups: CandidateLookup[] = [...events.values()].map((event) => {
        const range = eventRange(event);
        const referred = event.referenceWhen ? rangeOf(event.referenceWhen) : null;
        const input = fresh.get(event.id)!;
        return {
          eventId: event.id,
          kind: event.kind,
          runningTotal: event.runningTotal,
          orgs: [input.orgId ?? '', ...input.ancestors, ...input.units],
          lo: referred && referred.start < range.start ? referred.start : range.start,
          hi: referred && referred.end > range.end ? referred.end : range.end,
        };
      });
      const roots = new Map(
        [...events.values()].map((e) => {
          const org = e.ancestors.at(-1) ?? e.orgId ?? '';
          return [`${org}|${e.kind}`, org];
        }),
      );
      const locks = [...roots].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, org]) => ({ id, org }));
      const found = await tx.run<{ eventId: string; candidates: StorySummary[] }>(
        lockAndCandidatesQuery(locks, lookups),
      );
      const candidates = new Map(
        found.flatMap((row) => row.candidates).map((story) => [story.id, { ...story, orgId: story.orgId || null }]),
      );
      const assignments = assignStories([...events.values()], [...candidates.values()]);
      await tx.run(writeStoriesQuery(assignments));
    }
    await tx.run(addClaimsQuery(rows.map(({ doc, ev }) => ({ sourceId: doc.source.id, eventId: ev.id }))));
  }
  if (touched.length > 0) await tx.run(recomputeStoriesQuery([...new Set(touched)]));
}
