import type { ExtractedEvent, Span } from '../types.js';
import { allMatches } from '../text/all-matches.js';
import { isSpaceCode } from '../text/char-class.js';

/** A stretch of a sentence between commas, dashes or semicolons; `attributive` when it names who says so. */
export interface Segment {
  start: number;
  end: number;
  attributive: boolean;
}

const BREAK_RE = /,\s+|\s+[—–-]\s+|—|;\s+/g;
const ATTRIBUTION_LEAD_RE = /^\W*(?:according\s+to|citing|per|as\s+reported\s+by|reported\s+by)\b/i;
const REPORT_VERB_RE =
  /\b(?:said|says|say|reported|reports|report|told|tells|wrote|writes|noted|estimates?|estimated|indicates?|indicated|showed|shows|found|revealed|confirmed|disclosed|filed)\b/i;

/**
 * The clauses of `sentence` (split at commas, dashes and semicolons). A clause is attributive when it opens with
 * "according to"/"citing" or is a short report ("Reuters reported", "sources said"): such a clause lends its
 * source to the clause it is attached to.
 */
export function segmentsOf(work: string, sentence: Span): Segment[] {
  const out: Segment[] = [];
  let start = sentence.start;
  const body = work.slice(sentence.start, sentence.end);
  for (const m of allMatches(BREAK_RE, body)) {
    const end = sentence.start + m.index;
    if (end > start) out.push(segment(work, start, end));
    start = end + m[0].length;
  }
  if (sentence.end > start) out.push(segment(work, start, sentence.end));
  return out;
}

function segment(work: string, start: number, end: number): Segment {
  const text = work.slice(start, end);
  const attributive =
    ATTRIBUTION_LEAD_RE.test(text) || (wordCount(work, start, end, 13) <= 12 && REPORT_VERB_RE.test(text));
  return { start, end, attributive };
}

/** Runs of non-space characters in `work[start, end)` (what `split(/\s+/).filter(Boolean)` counts), counted up to `cap`. */
function wordCount(work: string, start: number, end: number, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let k = start; k < end && n < cap; k++) {
    const space = isSpaceCode(work.charCodeAt(k));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Where the event's figure is written in `sentence` (its count text, count or percent), or null. */
export function figureOffset(work: string, sentence: Span, event: ExtractedEvent): number | null {
  const body = work.slice(sentence.start, sentence.end);
  let lower: string | undefined;
  const find = (c: string, anyCase: boolean) => (anyCase ? (lower ??= body.toLowerCase()) : body).indexOf(c);
  const candidates: Array<[string, boolean]> = [];
  if (event.countText) candidates.push([event.countText.toLowerCase(), true]);
  // Digits have no case; toLocaleString is slow, so the thousands are grouped by hand ("14,000").
  if (event.count != null) candidates.push([grouped(event.count), false], [String(event.count), false]);
  if (event.percent != null)
    candidates.push(
      [`${event.percent}%`, false],
      [`${event.percent} percent`, true],
      [`${event.percent} per cent`, true],
    );
  for (const [c, anyCase] of candidates) {
    const i = find(c, anyCase);
    if (i >= 0) return sentence.start + i;
  }
  return null;
}

/** 14000 → "14,000" (en-US grouping, as toLocaleString writes it). */
function grouped(n: number): string {
  const s = String(n);
  // A whole count (what callers give; String() writes it as digits only): commas by hand, no regex call.
  if (!Number.isSafeInteger(n) || n < 0) return s.replace(/\B(?=(?:\d{3})+(?!\d))/g, ',');
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += ',' + s.slice(i, i + 3);
  return out;
}
