import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mentionsIn,
  orgInFocus,
  sentenceOf,
} from '../resolve/doc-context.js';
import { isCountryOrRegion } from '../gazetteer/lexicon/places.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';
import { isSpaceAt } from '../text/char-class.js';

/** Whether "through" and blanks end `work[from, at)`: what both expressions below need last, tested first. */
function throughBefore(work: string, from: number, at: number): boolean {
  let k = at;
  while (k > from && isSpaceAt(work, k - 1)) k--;
  return k < at && k - 7 >= from && work.endsWith('through', k);
}
/** Right before a name: "a significant presence in Mexico through ", "operates in the United States through ". */
const IN_PLACE_THROUGH_RE = /\bin\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+through\s+$/u;
/** A sentence opening with the place, up to the name: "The United States, through ", "In Brazil, through ". */
const OPENING_PLACE_THROUGH_RE =
  /^["“]?(?:In\s+)?(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*),\s+through\s+$/u;
/** After the name, an apposition that makes it someone else's: ", a local partner", ", its distributor". */
const NOT_OWN_AFTER_RE =
  /^,\s+(?:a|an|its|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:partner|distributor|agent|dealer|franchisee|licensee|joint\s+venture|customer|supplier)\b/u;

/**
 * "Kestrel will keep a presence in Mexico through Vella México", "The United States, through Vella Life, is the other
 * big earner": the company works in a country through a unit of its own. The owner is the company the sentence opens
 * with, else the company in focus. Only a country or region counts as the place ("holds its stake through
 * Orsk Holding" names a vehicle, read elsewhere); a partner or a distributor named so is no unit.
 */
export function findPresenceThrough(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (const unit of orgs) {
    const s = sentenceOf(ctx, unit.start);
    if (!s) continue;
    const place = throughBefore(ctx.work, s.start, unit.start)
      ? (IN_PLACE_THROUGH_RE.exec(ctx.work.slice(Math.max(s.start, unit.start - 80), unit.start))?.[1] ??
        (unit.start - s.start <= 60
          ? OPENING_PLACE_THROUGH_RE.exec(ctx.work.slice(s.start, unit.start))?.[1]
          : undefined))
      : undefined;
    if (!place || !isCountryOrRegion(place)) continue;
    if (NOT_OWN_AFTER_RE.test(ctx.work.slice(unit.end, unit.end + 60))) continue;
    // "Kestrel will keep consolidating Orsk, and will keep a presence in Mexico through A": the sentence's subject.
    const subject = mentionsIn(ctx, s.start, unit.start).find((o) => isOrg(o) && o.type === 'Company');
    const owner = subject ? subject.id : orgInFocus(ctx, s.start);
    if (owner && owner !== unit.id && !body(owner)) out.push({ child: unit.id, parent: owner, at: unit.start });
  }
  return out;
}
