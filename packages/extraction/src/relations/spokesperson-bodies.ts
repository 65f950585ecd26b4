import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { COMMENTATOR_NAME_RE } from './commentators.js';
import { bodyNameAt } from './voices.js';
import { BLOC_RE, LEADING_RE } from './union-names.js';

/* Whose spokesperson a generic "spokesperson" is: a body named right after or before, or the one that spoke before. */

/** "for the council", "for the union", "for the carmaker's works council" right after a spokesperson. */
export const FOR_BODY_RE =
  /^\s+(?:for|of|at)\s+the\s+(?:(?:company|group|carmaker|bank|airline|firm|lender|insurer|miner|steelmaker)['’]s\s+)?((?:works\s+)?council|union)\b/iu;
/** " for the labour ministry", " of the state regulator": a public body named in lower case after a spokesperson. */
export const FOR_PUBLIC_BODY_RE =
  /^\s+(?:for|of|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|regulator|government|commission|authority|police|court|municipality)\b/u;
/** "(for the bank) declined to comment", "did not respond to a request for comment" right after a spokesperson. */
export const DECLINED_AFTER_RE =
  /^(?:\s+(?:for|of|at)\s+(?:the\s+)?[\p{L}\p{N}&'’.-]+(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})?\s+(?:(?:has|had|also)\s+)?(?:declined|refused|did\s+not\s+(?:respond|reply|return|immediately\s+respond)|could\s+not\s+be\s+reached|was\s+not\s+(?:immediately\s+)?available)\b/u;
/** "… for the Kora Pilots Association" after a spokesperson: a commenting body named there that no step took. */
export function bodyAfter(ctx: DocContext, end: number): { name: string; start: number; end: number } | null {
  const lead = FOR_THE_RE.exec(ctx.work.slice(end, end + 12));
  if (!lead) return null;
  const start = end + lead[0].length;
  if (mentionsIn(ctx, start, start + 1).some(isOrg)) return null;
  const name = bodyNameAt(ctx.work.slice(start, start + 100));
  return name && COMMENTATOR_NAME_RE.test(name) ? { name, start, end: start + name.length } : null;
}
const FOR_THE_RE = /^\s+(?:for|of|at)\s+(?:the\s+)?(?=\p{Lu})/u;
/** "National Union of Kora Miners spokesperson Jane Roe": a commenting body named right before a spokesperson. */
export function bodyBefore(ctx: DocContext, start: number): { name: string; start: number; end: number } | null {
  const from = Math.max(0, start - 100);
  const m = NAME_BEFORE_RE.exec(ctx.work.slice(from, start));
  if (!m) return null;
  const name = m[0].replace(LEADING_RE, '').trimEnd();
  if (!COMMENTATOR_NAME_RE.test(name) || BLOC_RE.test(name)) return null;
  const at = start - m[0].length + (m[0].length - m[0].replace(LEADING_RE, '').length);
  if (mentionsIn(ctx, at, at + 1).some(isOrg)) return null;
  return { name, start: at, end: at + name.length };
}
/** Capitalised words (with "of", "for", "and" inside) ending right before a spokesperson. */
const NAME_BEFORE_RE =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*){0,7}\s+$/u;
/**
 * "Its spokesperson" opening a sentence right after one where a commenting body (a union, an association) spoke:
 * that body's id, or null (no organization the article reports on may be named between).
 */
export function itsBodyBefore(
  ctx: DocContext,
  start: number,
  focal: ReadonlySet<string>,
  voices: ReadonlyArray<{ id: string; end: number }>,
): string | null {
  if (!ITS_OPENS_RE.test(ctx.work.slice(Math.max(0, start - 8), start))) return null;
  const voice = voices.filter((v) => v.end <= start && start - v.end < 300).pop();
  if (!voice || focal.has(voice.id)) return null;
  const between = mentionsIn(ctx, voice.end, start);
  return between.some((x) => x.id !== voice.id && isOrg(x)) ? null : voice.id;
}
/** "Its " opening a sentence. */
const ITS_OPENS_RE = /(?:^|[.!?]["”’]?\s+)Its\s+$/u;
/** Where an organization mention stands right before or after a generic phrase ("NUMSA spokesperson", "a spokesperson for NUMSA"). */
export function adjacentOrg(ctx: DocContext, start: number, end: number): string | null {
  const before = mentionsIn(ctx, Math.max(0, start - 40), start)
    .filter(isOrg)
    .pop();
  // "NUMSA spokesperson", "a Kora union spokesperson": the union's word may stand between.
  if (
    before &&
    /^(?:['’]s)?\s*(?:(?:trade\s+|labou?r\s+)?union\s+|works\s+council\s+)?$/i.test(ctx.work.slice(before.end, start))
  )
    return before.id;
  const after = mentionsIn(ctx, end, end + 40).find(isOrg);
  if (after && /^\s+(?:for|of|at)\s+(?:the\s+)?$/.test(ctx.work.slice(end, after.start))) return after.id;
  return null;
}
