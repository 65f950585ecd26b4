import { type DocContext, type ResolvedMention, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import { matchTitleAt, type TitleMatch } from '../ner/titles.js';
import { findSentenceIndex } from '../text/sentences.js';
import type { PhraseRole } from './role-phrases.js';

/**
 * The opening of the next sentence when it names the person again by their post: "The national president of
 * Kestrel Workers, who …", "The former mayor, now general secretary of the Kora Union, said" (the post now held).
 */
const OPENING_RE = /\s*The\s+(?:former\s+[^,.;:()\n]{1,60},\s+now\s+(?:the\s+)?)?/y;
/** What may follow such a post: an aside or the verb of speaking. */
const AFTER_POST_RE = /^\s*(?:,|said\b|says\b|told\b|added\b)/;

/**
 * "Jane Roe did not call it a victory. The national president of the Kora Union, who led the rallies, said …": a
 * sentence that opens with the person's name, followed by one that opens with "The <title of an organization>" —
 * the journalist's way of giving the post without repeating the name. Only a title that names its organization
 * (`orgOfTitle`) counts, and only when no other person is named in between or right after the title.
 */
export function titleInNextSentence(
  ctx: DocContext,
  p: ResolvedMention,
  orgOfTitle: (t: TitleMatch) => string | null,
): PhraseRole | null {
  const s = sentenceOf(ctx, p.start);
  // The name opens its sentence (or its line, after a heading the sentence splitter joined to it).
  if (!s || !/(?:^|\n)\s*$/.test(ctx.work.slice(s.start, p.start))) return null;
  const next = ctx.sentences[findSentenceIndex(ctx.sentences, p.start) + 1];
  if (!next) return null;
  OPENING_RE.lastIndex = next.start;
  const lead = OPENING_RE.exec(ctx.work);
  if (!lead) return null;
  const t = matchTitleAt(ctx.work, next.start + lead[0].length);
  if (!t || t.end > next.end || !AFTER_POST_RE.test(ctx.work.slice(t.end, t.end + 8))) return null;
  const other = (m: ResolvedMention) => m.type === 'Person' && m.id !== p.id;
  if (mentionsIn(ctx, p.end, t.start).some(other) || mentionsIn(ctx, t.end, t.end + 4).some(other)) return null;
  const org = orgOfTitle(t);
  return org ? { title: t.title, org, start: t.start, end: t.end } : null;
}
