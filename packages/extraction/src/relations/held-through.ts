import { type DocContext, type ResolvedMention, isOrg, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';

/** ", through its fund management subsidiary, " right before the name of the unit that holds what came before. */
const THROUGH_UNIT_RE =
  /,?\s+(?:through|via)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:subsidiary|unit|arm|division|affiliate|vehicle)\s*,?\s*$/u;

/**
 * "Kestrel Land has two listed trusts, A and B, through its fund subsidiary, Kestrel Capital": A and B are held by
 * the nearest owner the text gives, the subsidiary, not the sentence's subject. Every organization named between
 * the subject and the phrase belongs to the unit named after it.
 */
export function findHeldThrough(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  for (const holder of orgs) {
    const s = sentenceOf(ctx, holder.start);
    if (!s) continue;
    const before = ctx.work.slice(Math.max(s.start, holder.start - 80), holder.start);
    const phrase = THROUGH_UNIT_RE.exec(before);
    if (!phrase) continue;
    const phraseAt = holder.start - before.length + phrase.index;
    const [subject, ...held] = mentionsIn(ctx, s.start, phraseAt).filter(isOrg);
    if (!subject) continue;
    for (const m of held)
      if (m.id !== holder.id && m.id !== subject.id) out.push({ child: m.id, parent: holder.id, at: m.start });
  }
  return out;
}
