import { addDays, type DayRange, gapDays, overlaps, rangeOf } from './story-dates.js';

/** Largest ratio between two counts of the same round (14,000 vs "as many as 30,000" is 2.1). */
export const MAX_COUNT_RATIO = 2.5;
/** Running totals of one campaign agree closely ("over 27,000" vs "27,000"). */
export const MAX_TOTAL_RATIO = 1.1;
/** An undated report speaks of something within this many days of its report time. */
export const UNDATED_WINDOW_DAYS = 45;

/** A new event as the story logic sees it (one figure, as its first report states it). */
export interface StoryEvent {
  id: string;
  kind: string;
  orgId: string | null;
  /** PART_OF ancestors of the organization, nearest first. */
  ancestors: string[];
  count: number | null;
  countText: string | null;
  percent: number | null;
  when: string | null;
  /** A running total ("27,000 since early 2023") or an aggregate over a period. */
  runningTotal: boolean;
  /** Report day of its first source. */
  reportedAt: string;
  /** The date of an earlier round it explicitly refers to ("the cuts announced in January"). */
  referenceWhen: string | null;
}

/** A story as stored (or as created earlier in the same batch): what a new event is matched against. */
export interface StorySummary {
  id: string;
  kind: string;
  orgId: string | null;
  ancestors: string[];
  runningTotal: boolean;
  /** Days the story's claims cover (see `eventRange`). */
  start: string;
  end: string;
  minCount: number | null;
  maxCount: number | null;
  minPercent: number | null;
  maxPercent: number | null;
  /** Vague figures its claims give, lower-cased ("hundreds", "thousands more"). */
  vague: string[];
}

/**
 * The days an event may refer to: its dated period; for a running total its whole span up to the report; for an
 * undated event a window of UNDATED_WINDOW_DAYS around its report time.
 */
export function eventRange(event: Pick<StoryEvent, 'when' | 'reportedAt' | 'runningTotal'>): DayRange {
  const dated = event.when ? rangeOf(event.when) : null;
  if (event.runningTotal) {
    const start = dated?.start ?? addDays(event.reportedAt, -UNDATED_WINDOW_DAYS);
    return { start, end: dated && dated.end > event.reportedAt ? dated.end : event.reportedAt };
  }
  // No slack around a dated period: rounds a month apart are different rounds (January's and March's).
  if (dated) return dated;
  return {
    start: addDays(event.reportedAt, -UNDATED_WINDOW_DAYS),
    end: addDays(event.reportedAt, UNDATED_WINDOW_DAYS),
  };
}

/** True when the two organizations are the same, or one is a unit (PART_OF, transitively) of the other. */
export function relatedOrganizations(event: StoryEvent, story: StorySummary): boolean {
  if (event.orgId === story.orgId) return true;
  if (!event.orgId || !story.orgId) return false;
  return event.ancestors.includes(story.orgId) || story.ancestors.includes(event.orgId);
}

function withinRatio(values: number[], ratio: number): boolean {
  const positive = values.filter((v) => v > 0);
  if (positive.length < values.length) return values.every((v) => v === 0);
  return Math.max(...positive) / Math.min(...positive) <= ratio;
}

/**
 * Whether the event's figure fits the story's: counts within MAX_COUNT_RATIO of every count already there
 * (MAX_TOTAL_RATIO for running totals); percents alike when neither side counts; a vague figure only when the
 * story gives the same vague figure ("hundreds" = "hundreds"), never by magnitude.
 */
export function compatibleFigures(event: StoryEvent, story: StorySummary): boolean {
  const ratio = event.runningTotal ? MAX_TOTAL_RATIO : MAX_COUNT_RATIO;
  if (event.count != null) {
    if (story.minCount == null) return false;
    return withinRatio([event.count, story.minCount, story.maxCount ?? story.minCount], ratio);
  }
  if (event.countText) return story.vague.includes(event.countText.toLowerCase());
  if (event.percent != null) {
    if (story.minPercent == null) return false;
    return withinRatio([event.percent, story.minPercent, story.maxPercent ?? story.minPercent], ratio);
  }
  return false;
}

/**
 * Whether a new event belongs to a story: same kind, both rounds or both running totals, related organizations,
 * and either an explicit reference to the story's time or overlapping times with compatible figures.
 */
export function belongsTo(event: StoryEvent, story: StorySummary): boolean {
  if (event.kind !== story.kind || event.runningTotal !== story.runningTotal) return false;
  if (!relatedOrganizations(event, story)) return false;
  const storyRange = { start: story.start, end: story.end };
  const referred = event.referenceWhen ? rangeOf(event.referenceWhen) : null;
  if (referred) return overlaps(referred, storyRange);
  return overlaps(eventRange(event), storyRange) && compatibleFigures(event, story);
}

/** How far a story is from an event: figure distance first (log ratio), then days apart. Smaller is closer. */
export function distance(event: StoryEvent, story: StorySummary): [number, number] {
  const mid =
    story.minCount != null
      ? Math.sqrt(story.minCount * (story.maxCount ?? story.minCount) || 1)
      : (story.minPercent ?? 0);
  const value = event.count ?? event.percent ?? mid;
  const figure = value > 0 && mid > 0 ? Math.abs(Math.log(value / mid)) : 0;
  return [figure, gapDays(eventRange(event), { start: story.start, end: story.end })];
}
