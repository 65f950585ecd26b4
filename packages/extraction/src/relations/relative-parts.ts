import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';

/**
 * Right after an organization's name: ", which includes the food-delivery app ", ", which runs ", ", that now houses ":
 * a relative clause saying what the named organization holds. Up to four lower-case words describe the first part.
 */
const WHICH_HOLDS_RE =
  /^,\s+(?:which|that)\s+(?:now\s+|also\s+)?(?:includes|included|comprises|comprised|contains|houses|housed|runs|operates)\s+(?:(?:the|a|an|its)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
/** What joins two parts of one list: ", ", " and ", ", and the maps service ". */
const LIST_GAP_RE = /^(?:,\s+|,?\s+and\s+)(?:(?:the|its|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** How far the relative clause may run from the owner's name to its first part. */
const MAX_GAP = 80;

/**
 * PART_OF stated in a relative clause after the owner: "the Private Bank, which includes Postbank", "Local Services
 * Group, which includes the food-delivery app Elemo and the maps service Mapco". Each part listed right after the verb
 * belongs to the organization named before the comma. A union or outlet owns nothing; a possessive after the verb
 * ("which runs Kestrel's stores") names someone else's.
 */
export function findRelativeParts(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let i = 0; i + 1 < orgs.length; i++) {
    const owner = orgs[i]!;
    const first = orgs[i + 1]!;
    if (first.start - owner.end > MAX_GAP || ctx.work.charCodeAt(owner.end) !== 44) continue;
    if (!WHICH_HOLDS_RE.test(ctx.work.slice(owner.end, first.start)) || body(owner.id)) continue;
    const s = sentenceOf(ctx, owner.start);
    if (!s || first.end > s.end || /^['’](?:s\b|\s)/.test(ctx.work.slice(first.end, first.end + 3))) continue;
    let prev = first;
    for (let k = i + 1; k < orgs.length; k++) {
      const part = orgs[k]!;
      if (k > i + 1 && (part.end > s.end || !LIST_GAP_RE.test(ctx.work.slice(prev.end, part.start)))) break;
      if (part.id !== owner.id) out.push({ child: part.id, parent: owner.id, at: part.start });
      prev = part;
    }
  }
  return out;
}
