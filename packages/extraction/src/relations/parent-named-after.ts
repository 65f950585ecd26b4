import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';

/**
 * Right before the owned one's name: "The parent company of ", "the owner of Hong Kong-listed ", "Its parent group of
 * the ": the owner's name follows in apposition.
 */
const PARENT_OF_RE =
  /\b(?:[Tt]he|[Ii]ts)\s+(?:(?:ultimate|majority|controlling)\s+)?(?:parent(?:\s+(?:company|group|firm))?|owner)\s+of\s+(?:[\p{L}.-]+\s+){0,3}$/u;
/** Between the owned one's name and the owner's: a comma, maybe after a bracketed short form. */
const APPOSITION_GAP_RE = /^(?:\s*\([^()]{1,12}\))?,\s+$/u;
/** After the owner's name: a comma that closes the apposition, then a lower-case word (a verb), not a list's next name. */
const APPOSITION_CLOSE_RE = /^(?:\s*\([^()]{1,12}\))?,\s+(?!and\b|or\b)\p{Ll}/u;

/**
 * "The parent company of Hong Kong-listed Kestrel Energy, Norrvik Coal Group, announced …": the name in apposition
 * after "the parent company of A," owns A. A list ("The parent companies of A, B and C") or a name that runs on
 * into more names ("… of A, B and C said") is no apposition.
 */
export function findParentNamedAfter(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let i = 0; i + 1 < orgs.length; i++) {
    const owned = orgs[i]!;
    const owner = orgs[i + 1]!;
    if (owned.id === owner.id || !APPOSITION_GAP_RE.test(ctx.work.slice(owned.end, owner.start))) continue;
    if (!APPOSITION_CLOSE_RE.test(ctx.work.slice(owner.end, owner.end + 20))) continue;
    if (!PARENT_OF_RE.test(ctx.work.slice(Math.max(0, owned.start - 60), owned.start)) || body(owner.id)) continue;
    out.push({ child: owned.id, parent: owner.id, at: owned.start });
  }
  return out;
}
