import type { Span } from '@newsgraph/extraction';

/** A sentence up to this many characters is quoted whole. */
export const QUOTE_MAX_CHARS = 600;
/** Past QUOTE_MAX_CHARS, the quote is this many characters on each side of the mention (cut at a space). */
export const QUOTE_WINDOW_CHARS = 200;
/** Quotes kept per relationship (a source's MENTIONS of an entity, a Claim, a REPORTS), first in text order. */
export const MAX_QUOTES_PER_LINK = 25;
/** How far a window's edge moves to land on a space instead of inside a word. */
const SNAP_CHARS = 40;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * A span of `text` around `anchor` within `[lo, hi)`: the whole range when it is at most QUOTE_MAX_CHARS, else
 * QUOTE_WINDOW_CHARS either side of the anchor, edges moved (at most 40 characters, never past the anchor) to a
 * space, then trimmed. Always an exact slice: `text.slice(start, end) === result.text`.
 */
export function windowAround(text: string, lo: number, hi: number, anchor: { start: number; end: number }): Span {
  let start = lo;
  let end = hi;
  if (hi - lo > QUOTE_MAX_CHARS) {
    const aStart = Math.max(lo, Math.min(anchor.start, hi));
    const aEnd = Math.min(hi, Math.max(anchor.end, aStart));
    start = Math.max(lo, aStart - QUOTE_WINDOW_CHARS);
    end = Math.min(hi, aEnd + QUOTE_WINDOW_CHARS);
    for (let i = 0; start > lo && i < SNAP_CHARS && start < aStart && !isSpace(text[start - 1]); i++) start++;
    for (let i = 0; end < hi && i < SNAP_CHARS && end > aEnd && !isSpace(text[end]); i++) end--;
  }
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Index of the sentence (sorted `[start, end)` pairs) containing `pos`, or -1. Binary search. */
export function sentenceContaining(sentences: ReadonlyArray<readonly [number, number]>, pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid]!;
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The quote for a name mention: its sentence (from extraction's `sentences`; the graph never splits text itself)
 * when that is at most QUOTE_MAX_CHARS, else a window around the mention inside it; without a sentence, a window
 * around the mention in the text. So a 4 MB "sentence" naming 2,000 organisations stores 2,000 short quotes.
 */
export function mentionQuote(text: string, sentences: ReadonlyArray<readonly [number, number]>, mention: Span): Span {
  const i = sentenceContaining(sentences, mention.start);
  const sentence = i >= 0 ? sentences[i]! : null;
  if (sentence && sentence[1] >= mention.end) return windowAround(text, sentence[0], sentence[1], mention);
  return windowAround(
    text,
    Math.max(0, mention.start - QUOTE_WINDOW_CHARS),
    Math.min(text.length, mention.end + QUOTE_WINDOW_CHARS),
    mention,
  );
}

/**
 * An evidence span (a relation's or event's sentence) bounded like a quote: whole when short, else a window around
 * the first anchor inside it (a mention of an entity the fact names), else around its start.
 */
export function boundedEvidence(text: string, span: Span, anchors: readonly number[]): Span {
  if (span.end - span.start <= QUOTE_MAX_CHARS) return span;
  const at = anchors.find((a) => a >= span.start && a < span.end) ?? span.start;
  return windowAround(text, span.start, span.end, { start: at, end: at });
}
