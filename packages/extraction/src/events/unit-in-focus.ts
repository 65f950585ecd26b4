import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import type { Span } from '../types.js';
import { findSentenceIndex } from '../text/sentences.js';

/** What may stand before a sentence's subject: a dateline ("COLOGNE —"), an opening adverbial, "the". */
const SUBJECT_OPENING_RE =
  /^(?:\p{Lu}[\p{Lu} ./]{1,30}\s*(?:,[^,—–\n]{1,30})?\s*[—–-]\s*)?(?:(?:In|On|At|By|After|Before|Since|Earlier|Later|Last|This|Meanwhile|Separately|Also|However|Now)\b[^,]{0,40},\s*)?(?:[Tt]he\s+)?$/u;

/**
 * The unit of `company` that the article is about, or null: when the headline (or, without an organization in
 * it, the first sentence) opens with a division of that company ("Kora Deutschland to cut about 600 jobs"), a
 * figure told later without its organization ("Since last autumn a hiring freeze has removed 300 more
 * positions") is the unit's, not its parent's — unless one of the last sentences (this one or the three before)
 * opened with a company: then the text has moved on.
 */
export function unitInFocus(ctx: DocContext, pos: number, company: string): string | null {
  const parentOf = ctx.parentOf;
  if (!parentOf || parentOf.size === 0) return null;
  const unit = leadUnit(ctx);
  if (!unit || !descendsFrom(parentOf, unit, company)) return null;
  const si = findSentenceIndex(ctx.sentences, pos);
  for (let k = si; k >= 0 && k >= si - 3; k--)
    if (openingOrg(ctx, ctx.sentences[k]!, pos)?.type === 'Company') return null;
  return unit;
}

/**
 * The unit in focus (as `unitInFocus`) for "it"/"the company", only while no company has been named since the
 * sentence that last named the unit: "Kora Steel South Africa, a unit of Kora Steel SA, said it would wind down its
 * mills. … It is envisaged that 3,500 jobs will go" is the unit's; "… the first plant Kora has shut this year. In
 * January it closed …" the company's.
 */
export function unitStillInFocus(ctx: DocContext, pos: number, company: string): string | null {
  const unit = unitInFocus(ctx, pos, company);
  if (!unit) return null;
  const ms = mentionsIn(ctx, 0, pos);
  let unitSentence = -1;
  for (let i = ms.length - 1; i >= 0; i--)
    if (ms[i]!.id === unit) {
      unitSentence = findSentenceIndex(ctx.sentences, ms[i]!.start);
      break;
    }
  if (unitSentence < 0) return null;
  const after = ctx.sentences[unitSentence]!.end;
  return ms.some((m) => m.start >= after && m.type === 'Company') ? null : unit;
}

const LEAD_UNIT = new WeakMap<DocContext, string | null>();

/** The division opening the headline or, when the headline opens with no organization, the first sentence. */
export function leadUnit(ctx: DocContext): string | null {
  let unit = LEAD_UNIT.get(ctx);
  if (unit !== undefined) return unit;
  unit = null;
  for (let k = 0; k < 2 && k < ctx.sentences.length; k++) {
    const opening = openingOrg(ctx, ctx.sentences[k]!, Infinity);
    if (!opening) continue;
    if (opening.type === 'Division') unit = opening.id;
    break;
  }
  LEAD_UNIT.set(ctx, unit);
  return unit;
}

/** The organization a sentence opens with (before `pos`), if any. */
export function openingOrg(ctx: DocContext, s: Span, pos: number) {
  return mentionsIn(ctx, s.start, Math.min(s.end, pos, s.start + 80)).find(
    (m) => (m.type === 'Company' || m.type === 'Division') && SUBJECT_OPENING_RE.test(ctx.work.slice(s.start, m.start)),
  );
}

/** True when `unit` is part of `company`, directly or further up (at most five steps: the chain may loop). */
export function descendsFrom(parentOf: ReadonlyMap<string, string>, unit: string, company: string): boolean {
  let at: string | undefined = unit;
  for (let step = 0; step < 5 && at !== undefined; step++) {
    at = parentOf.get(at);
    if (at === company) return true;
  }
  return false;
}
