import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mainOrg,
  mentionsIn,
  orgInFocus,
  sentenceOf,
} from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { previousSentenceSubject } from './sentence-subject.js';

/**
 * A verb by which an organization holds its parts: "Ollamani groups the A team, the B casinos and C", "It brings
 * together A, B and C", "the holding comprises A and B". What follows it in the clause, up to the sentence's end,
 * lists the parts.
 */
const GROUPING_VERB_RE =
  /\b(?:groups|grouped|brings\s+together|brought\s+together|comprises|comprised|houses|housed|consists\s+of|consisted\s+of|(?:is|was|are|were)\s+made\s+up\s+of)\s+[^.;:!?()"“”]{0,220}$/u;
/** "It", "The group", "The new company" opening the sentence: the subject of the sentence before. */
const PRONOUN_SUBJECT_RE =
  /^[\s"“]*(?:It|The\s+(?:new\s+|listed\s+|demerged\s+)?(?:company|group|firm|holding|conglomerate))\s+(?:now\s+|also\s+)?$/u;
/**
 * "Today the group's core consists of …", "The company's portfolio now comprises …", "Its core businesses are made up
 * of …": the parts of the organization the article is about.
 */
const FOCUS_PARTS_SUBJECT_RE =
  /^[\s"“]*(?:(?:Today|Now|Since\s+then),?\s+)?(?:[Tt]he\s+(?:group|company|conglomerate|firm)['’]s|[Ii]ts)\s+(?:(?:core|remaining|main|other)\s+)?(?:businesses|business|portfolio|operations|core)\s+(?:now\s+)?$/u;
/** What may follow the subject before the verb: nothing, an adverb, or one aside between commas or brackets. */
const AFTER_SUBJECT_RE = /^(?:\s+(?:now\s+|also\s+)?|\s*,[^,]{1,120},\s+(?:now\s+|also\s+)?|\s*\([^()]{1,60}\)\s+)$/u;

/** A relative or new clause inside the span after the verb. */
const CLAUSE_BREAK_RE = /,\s+(?:which|who|that|where|while|whose|but|and\s+(?:it|they|he|she))\b/u;
/** A name followed by a lower-case word and a business noun ("Vella trucks business"). */
const QUALIFIER_AFTER_RE = /^\s+[\p{Ll}-]+\s+(?:business|operations?|activities|unit|division|arm)\b/u;

/**
 * PART_OF stated by a grouping verb: each organization listed after it belongs to the verb's subject, the
 * organization opening the sentence, or for "It"/"The group" the one opening the sentence before ("Norrvik Truck,
 * based in Bremen, is a maker of lorries. It brings together the Kestrel and Vanta brands"). Nothing when the
 * clause names no subject ("The merger combines …"): a guess there would hand units to the wrong company.
 */
export function findGroupingVerbs(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  for (const b of orgs) {
    const s = sentenceOf(ctx, b.start);
    if (!s) continue;
    const before = ctx.work.slice(Math.max(s.start, b.start - 240), b.start);
    const verb = GROUPING_VERB_RE.exec(before);
    // "brings together the Vella trucks business": the name qualifies a business of its own, it is not the part.
    if (!verb || QUALIFIER_AFTER_RE.test(ctx.work.slice(b.end, b.end + 40))) continue;
    // "… and Norrvik Buses, which sells coaches under the Vella name": a relative clause ends the list.
    if (CLAUSE_BREAK_RE.test(verb[0])) continue;
    const verbAt = b.start - before.length + verb.index;
    const owner = verbSubject(ctx, s.start, verbAt);
    if (owner && owner !== b.id) out.push({ child: b.id, parent: owner, at: b.start });
  }
  return out;
}

/** The organization the clause ending at `verbAt` is about, when the sentence (or the one before) opens with it. */
function verbSubject(ctx: DocContext, sentenceStart: number, verbAt: number): string | null {
  const head = ctx.work.slice(sentenceStart, verbAt);
  if (PRONOUN_SUBJECT_RE.test(head)) return previousSentenceSubject(ctx, sentenceStart);
  // "The group's core": the group the article is about, wherever it was last named (not the last company named
  // before the verb); "Its portfolio": the organization in focus here.
  if (FOCUS_PARTS_SUBJECT_RE.test(head))
    return (/\b[Ii]ts\s/.test(head) ? null : mainOrg(ctx)) ?? orgInFocus(ctx, verbAt);
  const subject = mentionsIn(ctx, sentenceStart, verbAt).find(isOrg);
  if (!subject || !/^[\s"“]*$/.test(ctx.work.slice(sentenceStart, subject.start))) return null;
  return AFTER_SUBJECT_RE.test(ctx.work.slice(subject.end, verbAt)) ? subject.id : null;
}
