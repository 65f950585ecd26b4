import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';

/**
 * A round told as a noun with its doer after "by": "a federation went to court to block the proposed layoffs of 450
 * miners at Orsk pit by Norrvik Metals", "the ministry commented on the dismissal of 90 clerks by Kestrel Telecom".
 * The company after "by" carries the round out, whoever the sentence opens with (a union, a ministry or a court that
 * acts on the round is no employer). Only a round noun directly followed by "of" and its count, then at most one
 * place or site ("at Orsk pit", "in Vessla") before "by".
 */

/** The figure's words open with a round noun and "of": "layoffs of 450 miners", "dismissal of 90 clerks". */
const ROUND_NOUN_OF_RE =
  /^(?:loss(?:es)?|eliminations?|removal|terminations?|redundanc(?:y|ies)|firings?|sackings?|lay-?offs?|dismissals?|retrenchments?)\s+of\s/i;
/** Between the figure and a place or site named after it: "at", "in", "from", "across" and up to five words. */
const PLACE_BETWEEN_RE = /^\s+(?:at|in|from|across)\s+(?:[^\s,;.]+\s+){0,5}?$/i;
/** Between the figure (or its place) and the doer: "by", "by the", after an optional place of up to seven words. */
const BY_BETWEEN_RE = /^(?:\s+(?:at|in|from|across)\s+(?:[^\s,;.]+\s+){0,6}?[^\s,;.]+)?\s+by\s+(?:the\s+)?$/i;

/**
 * The organization after "by" that does the round whose words run from `start` to `end` (the hit of a round noun
 * with "of" and its count), within 90 characters of the same sentence; null when there is none.
 */
export function nominalAgent(ctx: DocContext, start: number, end: number, sentenceEnd: number): string | null {
  if (!ROUND_NOUN_OF_RE.test(ctx.work.slice(start, Math.min(end, start + 40)))) return null;
  const limit = Math.min(sentenceEnd, end + 90);
  for (const m of mentionsIn(ctx, end, limit)) {
    const between = ctx.work.slice(end, m.start);
    if (isOrg(m) && BY_BETWEEN_RE.test(between)) return m.id;
    if (!PLACE_BETWEEN_RE.test(between)) return null;
  }
  return null;
}
