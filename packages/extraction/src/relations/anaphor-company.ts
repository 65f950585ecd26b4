import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { subjectAfterBacker } from '../resolve/backer-before-subject.js';

/**
 * "Earlier this week, Norrvik Mobile said it would cut 1,100 jobs. The company also unveiled a turnaround plan under
 * new CEO Jane Roe.": a sentence that opens with "The company" or "It" goes on about the company that opened the
 * sentence before (after at most a short time phrase: "Earlier this week,", "On Tuesday,"), so a title it names with
 * no organization is that company's — not the article's main company. Not when the sentence before opens with
 * anything else ("Demand from Norrvik Mobile fell. The company …": whose company is left to the article).
 */
const ANAPHOR_OPENING_RE =
  /^[\s"“]*(?:The\s+(?:company|group|firm|operator|telco|bank|lender|insurer|drugmaker|carrier|airline|carmaker|automaker)|It)\s/;
/** Before the subject of the sentence before: nothing, a word or two of description, or a short time phrase. */
const SUBJECT_LEAD_RE =
  /^\s*(?:(?:Earlier|Later)\s+this\s+(?:week|month|year),\s+|(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+|Last\s+(?:week|month|year),\s+)?(?:(?:Rival|Rivals|Peer|Local|State-owned|State-run)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** The company that opened the sentence before `pos`, when the sentence of `pos` opens with "The company" or "It". */
export function anaphorCompany(ctx: DocContext, pos: number): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const s = ctx.sentences[si];
  const prev = ctx.sentences[si - 1];
  if (!s || !prev || !ANAPHOR_OPENING_RE.test(ctx.work.slice(s.start, s.start + 40))) return null;
  // Bounded: only the opening of the sentence before is read.
  const [opening, after] = mentionsIn(ctx, prev.start, Math.min(prev.end, prev.start + 120));
  if (!opening || !SUBJECT_LEAD_RE.test(ctx.work.slice(prev.start, opening.start))) return null;
  // "Kestrel-backed payments start-up Norrvik is …": the backer describes the subject named after it.
  const first = subjectAfterBacker(ctx.work, opening, after && isOrg(after) ? after : undefined);
  return isOrg(first) && ctx.entities.get(first.id)?.type === 'Company' ? first.id : null;
}
