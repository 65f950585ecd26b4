import { belongsTo, distance, eventRange, type StoryEvent, type StorySummary } from './story-match.js';

/** Where a new event goes: an existing story, or a new one it starts. */
export interface StoryAssignment {
  eventId: string;
  storyId: string;
  /** True when the event starts the story (the writer creates it and links its organization). */
  isNew: boolean;
  kind: string;
  orgId: string | null;
  runningTotal: boolean;
  /** The event's own range of days; the story's range grows to include it. */
  start: string;
  end: string;
}

/** The id of the story an event starts: `event:layoff-acme-500` → `story:layoff-acme-500`. */
export function storyIdOf(eventId: string): string {
  return `story:${eventId.replace(/^event:/, '')}`;
}

/**
 * Assigns new events to stories (pure; ingestion runs it inside the write transaction, under a lock per
 * organization and kind). Events are taken in id order, each joining the closest story it belongs to (see
 * `belongsTo`, `distance`), or starting one; stories started earlier in the same call are candidates for the
 * later events, so two new reports of one round in one batch share a story.
 */
export function assignStories(events: readonly StoryEvent[], candidates: readonly StorySummary[]): StoryAssignment[] {
  const pool = candidates.map((story) => ({ ...story, vague: [...story.vague] }));
  const out: StoryAssignment[] = [];
  for (const event of [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const range = eventRange(event);
    const best = pool
      .filter((story) => belongsTo(event, story))
      .map((story) => ({ story, d: distance(event, story) }))
      .sort((a, b) => a.d[0] - b.d[0] || a.d[1] - b.d[1] || (a.story.id < b.story.id ? -1 : 1))[0]?.story;
    const story = best ?? {
      id: storyIdOf(event.id),
      kind: event.kind,
      orgId: event.orgId,
      ancestors: event.ancestors,
      runningTotal: event.runningTotal,
      start: range.start,
      end: range.end,
      minCount: null,
      maxCount: null,
      minPercent: null,
      maxPercent: null,
      vague: [],
    };
    if (!best) pool.push(story);
    grow(story, event, range);
    out.push({
      eventId: event.id,
      storyId: story.id,
      isNew: !best,
      kind: event.kind,
      orgId: story.orgId,
      runningTotal: event.runningTotal,
      start: range.start,
      end: range.end,
    });
  }
  return out;
}

/** What the story learns from a new event, so later events of the same batch see it. */
function grow(story: StorySummary, event: StoryEvent, range: { start: string; end: string }): void {
  if (range.start < story.start) story.start = range.start;
  if (range.end > story.end) story.end = range.end;
  if (event.count != null) {
    story.minCount = story.minCount == null ? event.count : Math.min(story.minCount, event.count);
    story.maxCount = story.maxCount == null ? event.count : Math.max(story.maxCount, event.count);
  } else if (event.countText && !story.vague.includes(event.countText.toLowerCase())) {
    story.vague.push(event.countText.toLowerCase());
  }
  if (event.percent != null) {
    story.minPercent = story.minPercent == null ? event.percent : Math.min(story.minPercent, event.percent);
    story.maxPercent = story.maxPercent == null ? event.percent : Math.max(story.maxPercent, event.percent);
  }
}
