import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';

/** Part nouns after the owner's name: "an Orsk Group company", "one of Orsk's brands". */
const PARTS = '(?:compan(?:y|ies)|brands?|units?|subsidiar(?:y|ies)|business(?:es)?|divisions?|labels?|studios?|arms?)';
/** Between the unit and the owner: ", an ", ", one of ", ", a member of the ", ", both owned by ". */
const BEFORE_OWNER_RE =
  /^,\s+(?:(an?)|(one\s+of)|(?:a|an)\s+(member)\s+of|(?:both|all)\s+(owned|controlled)\s+by)\s+(?:the\s+)?$/u;
/** After the owner, by the form before it: " company", "'s brands", " group" or nothing; never an alliance. */
const AN_OWNER_PART_RE = new RegExp(`^\\s+(?:group\\s+)?${PARTS}\\b`, 'u');
const ONE_OF_PART_RE = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${PARTS}\\b`, 'u');
const MEMBER_AFTER_RE = /^(?:\s+group)?\s*(?:[,.;)]|\s+(?!alliance|consortium|association|federation|club)\p{Ll})/u;
/** "A and B, both owned by C": the first of the pair. */
const PAIR_GAP_RE = /^,?\s+and\s+$/u;

/**
 * PART_OF stated in an apposition that names the owner inside it: "Vellmark, an Orsk Group company", "Vellmark, one
 * of Orsk's brands", "Vellmark, a member of the Orsk group", "Vellmark and Tarn, both owned by Orsk". A union, an
 * association or an outlet owns nothing; an alliance or a consortium is no owner.
 */
export function findMemberAppositions(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let i = 0; i + 1 < orgs.length; i++) {
    const unit = orgs[i]!;
    const owner = orgs[i + 1]!;
    if (unit.id === owner.id || owner.start - unit.end > 40 || body(owner.id)) continue;
    const m = BEFORE_OWNER_RE.exec(ctx.work.slice(unit.end, owner.start));
    if (!m) continue;
    const after = ctx.work.slice(owner.end, owner.end + 40);
    const ok = m[1]
      ? AN_OWNER_PART_RE.test(after)
      : m[2]
        ? ONE_OF_PART_RE.test(after)
        : m[3]
          ? MEMBER_AFTER_RE.test(after)
          : !/^['’]/u.test(after);
    if (!ok) continue;
    out.push({ child: unit.id, parent: owner.id, at: unit.start });
    const first = orgs[i - 1];
    if (m[4] && first && first.id !== owner.id && PAIR_GAP_RE.test(ctx.work.slice(first.end, unit.start)))
      out.push({ child: first.id, parent: owner.id, at: first.start });
  }
  return out;
}
