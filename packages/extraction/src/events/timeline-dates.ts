import type { Span } from '../types.js';
import { findDates } from './dates.js';

/** How a sentence ends; a line without it is a heading. */
const SENTENCE_END_RE = /[.!?]["”’)]?$/;
/** "5 December 2019 — business rescue", "June 2019: the restatement": the date, then a dash or colon. */
const AFTER_DATE_RE = /^\s*(?:[—–:]|-\s)/;
/** "Early 2020 — …", "Late 2020 — …": a loose qualifier before the date still opens the heading with it. */
const BEFORE_DATE_RE = /^(?:(?:Early|Late|Mid|Mid-)\s*)?$/i;
/** Longest heading read as a timeline entry, and how far back a heading is sought. */
const MAX_HEADING = 90;
const MAX_BACK = 8;

/**
 * A timeline's entries ("5 December 2019 — business rescue" as a heading, then "the board placed the airline in
 * business rescue" below it): the date a heading opens with dates the undated events of the paragraphs under it.
 * Looks back from sentence `si` to the nearest heading (at most a few sentences); null when that heading does not
 * open with a date, or when no heading is near.
 */
export function timelineHeadingDate(
  work: string,
  sentences: readonly Span[],
  si: number,
  publishedAt: string | null,
): string | null {
  for (let k = si - 1; k >= 0 && k >= si - MAX_BACK; k--) {
    const h = sentences[k]!;
    const text = work.slice(h.start, h.end);
    if (SENTENCE_END_RE.test(text)) continue;
    if (text.length > MAX_HEADING) return null;
    const first = findDates(work, h.start, h.end, publishedAt, publishedAt)[0];
    if (!first || first.value === null || first.since || first.deadline) return null;
    if (!BEFORE_DATE_RE.test(work.slice(h.start, first.start).trim())) return null;
    return AFTER_DATE_RE.test(work.slice(first.end, h.end)) ? first.value : null;
  }
  return null;
}
