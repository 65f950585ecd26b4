import type { Span } from '../types.js';
import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';

/* Clauses a speaker reports ("… said the union had blocked the plan"): whose act they tell. */

export const PRONOUN_RE =
  /\b(?:the company|the firm|it|its|the tech giant|the retailer|the giant|the e-commerce giant|the search giant|the social media giant|the chipmaker|the software maker|the iphone maker|the cloud giant|the group|the board|its board)\b/i;
/**
 * "X's negotiator said the union had blocked the plan to close plants": what follows a reporting verb is a clause
 * of its own. Returns where it starts (after the last reporting verb between `clause` and `trigger`), else null.
 */
export function reportedClauseStart(ctx: DocContext, s: Span, trigger: number, clause: number): number | null {
  const head = ctx.work.slice(clause, trigger);
  REPORTING_RE.lastIndex = 0;
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = REPORTING_RE.exec(head)) !== null) at = m.index + m[0].length;
  return at >= 0 && /\s\S+\s/.test(head.slice(at)) ? clause + at : null;
}
/**
 * True when `trigger` lies in a clause reported by a speaker ("… said the union had blocked the plan to close
 * plants") whose own subject is neither an organization nor "it"/"the company": the speaker did not do it.
 */
export function isReportedOfOthers(ctx: DocContext, s: Span, trigger: number, clause: number): boolean {
  const at = reportedClauseStart(ctx, s, trigger, clause);
  if (at === null) return false;
  const region = ctx.work.slice(at, trigger);
  if (PRONOUN_RE.test(region)) return false;
  return !mentionsIn(ctx, at, trigger).some(isOrg);
}
/**
 * A reporting verb and what it opens ("said that …", a digest's present "reports that …", "Norrland Central Bank figures
 * show local banks have …"); not "announced plans to close …", where the company acts. A filing
 * "informed the market on Monday that …" (up to five words, then "that") reports as "said that" does, and so does
 * "told reporters that …", "told the Kora Times it …" (one to three words for whom, a day allowed, then the clause).
 */
export const REPORTING_RE =
  /\b(?:said|says|saying|adding|noting|warning|calculated|estimated|estimates|reckoned|reckons|told\s+(?:\S+\s+){0,2}?\S+(?=\s+(?:(?:on|in|last|this)\s+\S+\s+)?(?:that|it|the|its)\b)|inform(?:ed|s)\s+(?:\S+\s+){0,4}?\S+(?=\s+that\b)|added|warned|stated|wrote|reported|(?:reports|writes)(?=\s+that\b)|noted|confirmed|announced|argued|insisted|believes|believed|(?<=\b(?:data|figures|statistics)\s)(?:shows?|showed))(?:\s+(?:on|in|last|this)\s+\S+)?(?:\s+that)?\s+(?!(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:plans?|decision|intention|proposals?|move|strategy|programme|program|scheme|agreement)\s+to\b)/g;
/**
 * A listed company's word to its exchange: "told the stock exchange that", "informed the market on Monday that",
 * "notified the Orsk bourse", "notified Orsk Stock Exchange" (words before the noun only after "the" or capitalised:
 * not "told stock market analysts", who are people the company speaks to).
 */
const EXCHANGE_DISCLOSURE_RE =
  /\b(?:told|informed|notified)\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?|(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,2}?)(?:stock\s+exchange|exchange|bourse|market)\b/iu;
/**
 * "Kora Group told the stock exchange that Kora Vessla Motors, its assembly venture, would stop building cars": a
 * unit (a division, no company of its own) that the disclosing company owns is only told of in the owner's disclosure
 * between `clause` and the reported clause at `at`, so the round stays the owner's (after "said" a unit still acts).
 */
export function isDisclosedUnit(ctx: DocContext, clause: number, at: number, unit: ResolvedMention): boolean {
  if (unit.type !== 'Division' || !EXCHANGE_DISCLOSURE_RE.test(ctx.work.slice(clause, at))) return false;
  const owner = ctx.parentOf?.get(unit.id);
  return owner !== undefined && mentionsIn(ctx, clause, at).some((m) => m.id === owner);
}
