import { findSentenceIndex } from '../text/sentences.js';
import { type DocContext, isOrg, mainOrg, mentionsIn } from '../resolve/doc-context.js';

/**
 * "It", "The group", "The Tokyo-based group" opening a clause, with the auxiliaries and adverbs news puts
 * before the verb ("It has since bought", "The group had already sold"): a subject that names no organization.
 */
const PRONOUN_SUBJECT_RE =
  /^[\s"“]*(?:It|The\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?:company|group|firm|holding|conglomerate))\s+(?:(?:has|had|have|also|then|later|already|since|recently|now|once|first)\s+)*$/u;

/** Whether `head` (a sentence's start up to its verb) is a pronoun subject ("It has since bought"). */
export function isPronounSubject(head: string): boolean {
  return PRONOUN_SUBJECT_RE.test(head);
}

/** The organization named first in [start, end) when nothing but quotes or spaces stands before it. */
export function openingOrg(ctx: DocContext, start: number, end: number): string | null {
  const first = mentionsIn(ctx, start, end).find(isOrg);
  return first && /^[\s"“]*$/.test(ctx.work.slice(start, first.start)) ? first.id : null;
}

/** The organization opening the sentence before the one starting at `sentenceStart`, or null. */
export function previousSentenceSubject(ctx: DocContext, sentenceStart: number): string | null {
  const si = findSentenceIndex(ctx.sentences, sentenceStart);
  const prev = si > 0 ? ctx.sentences[si - 1] : undefined;
  return prev ? openingOrg(ctx, prev.start, sentenceStart) : null;
}

/**
 * Who "It"/"The group" opening a sentence is: the organization opening the sentence before, else the one the
 * article names most ("The group has sold A. Instead, it bought B": the article's company, not the last buyer of A).
 */
export function pronounReferent(ctx: DocContext, sentenceStart: number): string | null {
  return previousSentenceSubject(ctx, sentenceStart) ?? mainOrg(ctx);
}
