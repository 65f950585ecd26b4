import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const POSSESSIVE_END_RE = /^['’]s?(?!\p{L})/u;

/** Right before the unit: "agreed to buy ", "plans to acquire the ", "a deal to take over " (the sale is not done). */
const TO_BUY_BEFORE_RE = /\bto\s+(?:buy|acquire|purchase|take\s+over)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** Between the unit and its owner: " from ", " from its owner ", " from the US media group " (the seller). */
const FROM_SELLER_RE = /^(?:\s*\([^()]{1,12}\))?\s+from\s+(?:(?:the|its)\s+)?(?:[\p{L}-]+\s+){0,3}?$/u;

/**
 * PART_OF from a sale still to come: "agreed to buy Skyreach Deutschland from Calvert", "plans to acquire the
 * broadcaster Nordtel from its owner, Ambra Group": until the deal closes the unit is the seller's. A completed
 * purchase ("bought A from B") makes A the buyer's, which ownership.ts reads; a union or outlet sells nothing.
 */
export function findPendingSales(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let i = 0; i + 1 < orgs.length; i++) {
    const unit = orgs[i]!;
    const seller = orgs[i + 1]!;
    if (unit.id === seller.id || seller.start - unit.end > 60 || body(seller.id)) continue;
    if (!FROM_SELLER_RE.test(ctx.work.slice(unit.end, seller.start))) continue;
    if (!TO_BUY_BEFORE_RE.test(ctx.work.slice(Math.max(0, unit.start - 60), unit.start))) continue;
    if (POSSESSIVE_END_RE.test(ctx.work.slice(seller.end, seller.end + 2))) continue;
    out.push({ child: unit.id, parent: seller.id, at: unit.start });
  }
  return out;
}
