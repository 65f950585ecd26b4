import type { ExtractedEvent, Span } from '../types.js';

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
  for (const m of body.matchAll(BREAK_RE)) {
    const end = sentence.start + m.index;
    if (end > start) out.push(segment(work, start, end));
    start = end + m[0].length;
  }
  if (sentence.end > start) out.push(segment(work, start, sentence.end));
  return out;
}

function segment(work: string, start: number, end: number): Segment {
  const text = work.slice(start, end);
  const words = text.split(/\s+/).filter(Boolean).length;
  const attributive = ATTRIBUTION_LEAD_RE.test(text) || (words <= 12 && REPORT_VERB_RE.test(text));
  return { start, end, attributive };
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
  return String(n).replace(/\B(?=(?:\d{3})+(?!\d))/g, ',');
}
