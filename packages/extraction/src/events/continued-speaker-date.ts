import type { Span } from '../types.js';
import { findDates } from './dates.js';

/** A sentence opening with its date and a comma: "In March 2019, …", "On 3 May, …". */
const DATE_OPENING_RE = /^\s*(?:In|On)\s+$/;
/** What the speaker said in the sentence before: a reporting verb there. */
const SAID_RE = /\b(?:said|told|announced)\b/;
/** A sentence that goes on with the same speaker: "He said that …", "She added …". */
const SAME_SPEAKER_RE = /^\s*(?:He|She|They)\s+(?:said|added|told)\b/;

/**
 * "In March 2019, the group's chairman, Jane Roe, said the group was acting to reduce its borrowing. She said that
 * the group expected to be shedding more than 2,300 jobs.": a sentence that goes on with the speaker of the sentence before
 * ("She said …") tells what was said on the day or in the month that sentence opens with. Returns that date (a month
 * or a day), else null.
 */
export function continuedSpeakerDate(work: string, prev: Span, own: Span, publishedAt: string | null): string | null {
  if (!SAME_SPEAKER_RE.test(work.slice(own.start, own.start + 40))) return null;
  const first = findDates(work, prev.start, prev.end, publishedAt, publishedAt)[0];
  if (!first || first.value === null || first.value.length < 7 || first.since || first.deadline) return null;
  if (!DATE_OPENING_RE.test(work.slice(prev.start, first.start))) return null;
  return /^,/.test(work.slice(first.end, first.end + 1)) && SAID_RE.test(work.slice(first.end, prev.end))
    ? first.value
    : null;
}
