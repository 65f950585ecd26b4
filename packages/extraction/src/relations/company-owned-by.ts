import { type DocContext, type ResolvedMention, orgInFocus, sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { anaphorCompany } from './anaphor-company.js';
import { createBodyTest } from './commentators.js';

/**
 * A sentence opening with the company called by its trade, then its owner, up to the owner's name: "The company,
 * which is part of Gupta's ", "The carmaker, owned by Detroit-based ", "The firm, a unit of South Africa's ".
 */
const TRADE_OWNED_BY_RE =
  /^[\s"“]*The\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|bank|lender|insurer|carmaker|automaker|airline|carrier|steelmaker|miner|retailer|operator|telco|drugmaker|brewer)\s*,\s+(?:which\s+is\s+|itself\s+|now\s+)?(?:(?:(?:majority|wholly|fully|partly)[- ])?(?:owned|controlled)\s+by|part\s+of|(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:unit|subsidiary|division|arm|affiliate)\s+of)\s+(?:(?:the|its|[\p{L}.-]+-(?:based|listed)|\p{Lu}[\p{L}.-]*['’]s?)\s+){0,2}$/u;
/** After the owner's name: a word that makes it a grouping, not an owner ("the Stoxx 600 index", "a consortium"). */
const GROUPING_AFTER_RE = /^\s+(?:index|indices|consortium|alliance|association|federation|family\s+of\s+funds)\b/u;
/** How far into its sentence the owner's name may stand. */
const MAX_OPENING = 90;

/**
 * "Norrvik Steel will idle two plants. The company, which is part of Gupta's Orsk Alliance conglomerate, said …",
 * "The carmaker, owned by Detroit-based Kestrel Motors, …": the company the sentence calls by its trade — the one the
 * sentence before opens with, else the company in focus — belongs to the owner named. An index, a consortium or an
 * association the company is part of owns nothing.
 */
export function findTradeNounOwners(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (const owner of orgs) {
    const s = sentenceOf(ctx, owner.start);
    if (!s || owner.start - s.start > MAX_OPENING) continue;
    if (!TRADE_OWNED_BY_RE.test(ctx.work.slice(s.start, owner.start))) continue;
    // "Gupta's Orsk Holdings group": a possessive before the owner's name is no owner.
    const after = ctx.work.slice(owner.end, owner.end + 30);
    if (/^['’]s?\s/u.test(after) || GROUPING_AFTER_RE.test(after) || body(owner.id)) continue;
    const unit = anaphorCompany(ctx, s.start) ?? orgInFocus(ctx, s.start);
    if (unit && unit !== owner.id) out.push({ child: unit, parent: owner.id, at: owner.start });
  }
  return out;
}
