import { type DocContext, type ResolvedMention, isOrg, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import { matchTitleAt } from '../ner/titles.js';
import { findSentenceIndex } from '../text/sentences.js';
import type { PhraseRole } from './role-phrases.js';

/** "She has been general counsel since 2015", "He is": a pronoun and a verb of being, then the post. */
const PRONOUN_BE_RE =
  /\s*(?:He|She)\s+(?:(?:has|had)\s+been|is|was|became|(?:serves|served)\s+as)\s+(?:(?:the|its|their|a|an)\s+)?/y;
/** "The 52-year-old chief executive said": the post as the next sentence's subject. */
const THE_POST_RE = /\s*The\s+(?:\d{1,3}-year-old\s+)?/y;
/** What may follow such a subject: an aside or a verb of speaking or acting. */
const AFTER_SUBJECT_RE = /^\s*(?:,|said\b|says\b|told\b|added\b|warned\b|wrote\b|has\b|had\b|is\b|was\b|will\b)/;
/**
 * "The former banker joined Kestrel in 2019 as …", "She joined the group in 2021 as …": a subject standing for the
 * person, then how they came to the post; what stands before "as" may name the organization.
 */
const JOINED_AS_RE =
  /\s*(?:He|She|The\s+(?:(?:former|\d{1,3}-year-old)\s+)?[a-z-]+(?:\s+[a-z-]+)?)\s+(?:joined|was\s+hired\s+by|came\s+to|moved\s+to)\b([^.;:()\n]{0,60}?)\s+as\s+(?:(?:the|its|their|a|an)\s+)?/y;

/**
 * The post a journalist gives in the sentence after the one naming the person, without repeating the name: "The
 * plan was drawn up by Jane Roe. The former banker joined Kestrel in 2019 as chief financial officer." / "Jane Roe
 * will leave. She has been general counsel since 2015." / "… said Jane Roe. The 52-year-old chief executive
 * added …". Only when the person is the one person named in that sentence and nobody is named in the next before
 * the post; the organization is the one named on the way to "as", else the caller's to decide (null).
 */
export function postInNextSentence(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  const s = sentenceOf(ctx, p.start);
  if (!s) return null;
  const next = ctx.sentences[findSentenceIndex(ctx.sentences, p.start) + 1];
  if (!next || next.start - s.end > 4) return null;
  const person = (m: ResolvedMention) => m.type === 'Person';
  if (mentionsIn(ctx, s.start, s.end).some((m) => person(m) && m.id !== p.id)) return null;
  for (const re of [JOINED_AS_RE, PRONOUN_BE_RE, THE_POST_RE]) {
    re.lastIndex = next.start;
    const m = re.exec(ctx.work);
    if (!m) continue;
    const at = next.start + m[0].length;
    const t = matchTitleAt(ctx.work, at);
    if (!t || t.end > next.end) continue;
    if (re === THE_POST_RE && !AFTER_SUBJECT_RE.test(ctx.work.slice(t.end, t.end + 8))) continue;
    if (mentionsIn(ctx, next.start, t.end).some(person)) return null;
    // "joined Kestrel in 2019 as": the organization on the way; a title naming its own wins ("head of Vantor").
    const inTitle = mentionsIn(ctx, t.start, t.end).find(isOrg);
    const onTheWay = re === JOINED_AS_RE ? mentionsIn(ctx, next.start, at).filter(isOrg).pop() : undefined;
    return { title: t.title, org: (inTitle ?? onTheWay)?.id ?? null, start: t.start, end: t.end };
  }
  return null;
}
