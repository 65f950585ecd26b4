import type { Span } from '../types.js';
import { type DocContext, type ResolvedMention, mentionsIn } from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { createCommentatorTest } from '../relations/commentators.js';
import { REPORTING_RE } from './reported-clauses.js';
import { CHAIN_RE, LIST_RE } from './org-chains.js';
import { subjectsIn } from './focus-company.js';

/* The company a speaker stands for: an executive's, the speaker's own, and what "It said" opening a sentence means. */

/** Before an executive who opens a clause: an opening adverbial, a title. */
const EXECUTIVE_PREFIX_RE =
  /^\s*(?:(?:In|On|At|By|After|Before|Since|Earlier|Later|Last|This|Meanwhile|Separately|Also|However|Now|Then)\b[^,]{0,40}?,?\s+)?(?:(?:then|former|new)\s+)?(?:(?:[Cc]hief\s+[Ee]xecutive|CEO|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Pp]resident|[Mm]anaging\s+[Dd]irector|[Ff]ounder|[Bb]oss)(?:\s+and\s+|\s+))?(?:(?:[Cc]hief\s+[Ee]xecutive|CEO|[Cc]hairman|[Pp]resident)\s+)?$/;
/** The company of the executive (`HOLDS_ROLE`) who opens the clause at `start` and acts without a reporting verb. */
export function executiveCompany(ctx: DocContext, start: number, trigger: number): string | null {
  if (!ctx.roleOf?.size) return null;
  const person = mentionsIn(ctx, start, trigger).find((m) => m.type === 'Person');
  if (!person || !EXECUTIVE_PREFIX_RE.test(ctx.work.slice(start, person.start))) return null;
  REPORTING_RE.lastIndex = 0;
  if (REPORTING_RE.test(ctx.work.slice(person.end, trigger))) return null;
  const org = ctx.roleOf.get(person.id);
  return org && !createCommentatorTest(ctx)(org) ? org : null;
}
/** A person (an aside after the name allowed), then a reporting verb, then "the group/company/firm", "it" or "they" before the trigger. */
const SPEAKER_REPORTS_RE =
  /^\s*(?:,[^,.;:]{1,60},\s*)?(?:also\s+|later\s+|then\s+)?(?:said|says|told\s+(?:\S+\s+){0,2}?\S+(?=\s+(?:(?:on|in|last|this)\s+\S+\s+)?(?:that|the|it|they)\b)|announced|confirmed|wrote|added)(?:\s+(?:on|in|last|this)\s+\S+)?(?:\s+that)?\s+(?:the\s+(?:group|company|firm|business|bank|carmaker|airline|operator|lender|insurer)|it|they)\b/;
/** The organization of the person who reports the clause holding `trigger`, when the clause calls it "the group". */
export function speakerCompany(ctx: DocContext, s: Span, trigger: number, region: string): string | null {
  if (!ctx.roleOf?.size || !/\b(?:the|it|they)\b/.test(region)) return null;
  const people = mentionsIn(ctx, s.start, trigger).filter((m) => m.type === 'Person');
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (!SPEAKER_REPORTS_RE.test(ctx.work.slice(p.end, trigger))) continue;
    const org = ctx.roleOf.get(p.id);
    return org && !createCommentatorTest(ctx)(org) ? org : null;
  }
  return null;
}
/**
 * "The Hallberg announcement comes a day after rival Vantor said it would cut 450 jobs": the last name before the
 * figure speaks and its "it" cuts; a name earlier in the sentence ("The Hallberg announcement") is no actor of that
 * clause. Not a name after "at"/"of"/"from" ("analysts at X said it …"), nor one listed with the names before it.
 */
const SAID_IT_RE =
  /^\s*(?:,[^,;]{1,60},\s*)?(?:said|says|announced|confirmed|warned)(?:\s+(?:on|in|last|this|earlier)\s+\S+)?(?:\s+that)?\s+it\s+(?:would|will|was|is|had|has|plans|planned|intends|expects|could|may|might)\b/;
const SPEAKER_OF_BEFORE_RE = /\b(?:at|of|from|by|with)\s+(?:the\s+)?$/;
export function itsSpeaker(
  ctx: DocContext,
  orgs: ResolvedMention[],
  clauseStart: number,
  trigger: number,
): string | null {
  const last = orgs[orgs.length - 1]!;
  if (last.type !== 'Company') return null;
  if (!SAID_IT_RE.test(ctx.work.slice(last.end, Math.min(trigger, last.end + 120)))) return null;
  const prev = orgs[orgs.length - 2]!;
  if (LIST_RE.test(ctx.work.slice(prev.end, last.start)) || CHAIN_RE.test(ctx.work.slice(prev.end, last.start)))
    return null;
  if (SPEAKER_OF_BEFORE_RE.test(ctx.work.slice(Math.max(clauseStart, last.start - 12), last.start))) return null;
  return last.id;
}
/** A sentence opened by "It" and its verb: "It said about 300 employees …", "It also plans to …". */
const IT_OPENS_RE =
  /^It\s+(?:also\s+)?(?:said|says|added|announced|expects|plans|planned|intends|will|would|is|was|has|had)\b/;
/**
 * "Hallberg Mining is laying off 500 workers. … Kestrel Gold also unveiled cuts at its Orm mine. It said about 300
 * jobs would go by June.": a sentence opened by "It" means the company that opened the sentence right before
 * it in the same paragraph, even when the article is about another (see focusCompany). Null when that sentence
 * opens with no company ("The union said … It said").
 */
export function itAntecedent(ctx: DocContext, s: Span): string | null {
  if (!IT_OPENS_RE.test(ctx.work.slice(s.start, s.start + 40))) return null;
  const si = findSentenceIndex(ctx.sentences, s.start);
  const prev = ctx.sentences[si - 1];
  if (!prev || ctx.work.slice(prev.end, s.start).includes('\n')) return null;
  const r = subjectsIn(ctx, si - 1, Infinity, createCommentatorTest(ctx));
  return r.primary ?? r.last;
}
