import { type DocContext, type ResolvedMention, isOrg, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';

/** ", through its fund management subsidiary, " right before the name of the unit that holds what came before. */
const THROUGH_UNIT_RE =
  /,?\s+(?:through|via)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:subsidiary|unit|arm|division|affiliate|vehicle|holding\s+company)\s*,?\s*$/u;
/** ", which " between a unit and its ultimate owner, and " controls" after that owner: "A, which B controls through". */
const WHICH_RE = /^,\s+(?:which|that)\s+$/;
const HOLDS_VERB_RE = /^\s+(?:controls|owns|holds|runs)$/;

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
    // "Brussels Air, which Kestrel controls through its Belgian holding company Norhold": Brussels Air belongs to
    // Norhold, Norhold to Kestrel.
    const owner = held.length === 1 ? held[0]! : null;
    if (
      owner &&
      WHICH_RE.test(ctx.work.slice(subject.end, owner.start)) &&
      HOLDS_VERB_RE.test(ctx.work.slice(owner.end, phraseAt))
    ) {
      if (subject.id !== holder.id) out.push({ child: subject.id, parent: holder.id, at: subject.start });
      if (owner.id !== holder.id) out.push({ child: holder.id, parent: owner.id, at: holder.start });
      continue;
    }
    for (const m of held)
      if (m.id !== holder.id && m.id !== subject.id) out.push({ child: m.id, parent: holder.id, at: m.start });
  }
  return out;
}
