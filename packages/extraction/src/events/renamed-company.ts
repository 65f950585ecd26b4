import type { Span } from '../types.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { createCommentatorTest } from '../relations/commentators.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';

/* A sentence opened by a described company ("The Asia-focused bank …") right after a sentence about one company. */

/** "The Asia-focused bank ", "The Swedish truckmaker ": "The", one to three words that describe, a company noun. */
const RENAMED_OPENING_RE = /^\s*The\s+((?:[\p{L}\p{N}'’-]+\s+){1,3}?)([\p{L}-]+)\b/u;
/** Words that make the phrase no description of one company: "The same bank", "The other lenders", "The rival group". */
const NOT_DESCRIBING_RE =
  /\b(?:same|other|another|rival|new|combined|merged|enlarged|former|parent|two|three|four|both|world['’]s|country['’]s|largest|biggest|smaller|larger)\b/i;
/**
 * "Kestrel Bank's new CEO said he will cut 15,000 staff. The Asia-focused bank has already cut 4,000 jobs": a
 * sentence opened by "The", words that describe and a company noun means the one company the sentence before (in the
 * same paragraph) names, even when the article is about another. Not a bare "The bank …" (the company in focus), nor
 * one after a sentence that names two companies or none. Null otherwise.
 */
export function renamedCompany(ctx: DocContext, s: Span, clause: number, region: string): string | null {
  if (clause !== s.start) return null;
  const d = RENAMED_OPENING_RE.exec(region);
  if (!d || !COMPANY_NOUNS.has(d[2]!.toLowerCase()) || NOT_DESCRIBING_RE.test(d[1]!)) return null;
  const si = findSentenceIndex(ctx.sentences, s.start);
  const prev = ctx.sentences[si - 1];
  if (!prev || ctx.work.slice(prev.end, s.start).includes('\n')) return null;
  const commentator = createCommentatorTest(ctx);
  const named = new Set(
    mentionsIn(ctx, prev.start, prev.end)
      .filter((m) => m.type === 'Company' && !commentator(m.id))
      .map((m) => m.id),
  );
  return named.size === 1 ? [...named][0]! : null;
}
