import { type DocContext, type ResolvedMention, orgInFocus, sentenceOf } from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { createBodyTest } from './commentators.js';
import { namesListedWith } from './name-lists.js';

/**
 * Right after the last name of a list, up to the owner's name: ", which are all owned by ", ", all wholly owned by
 * Denmark's ", ", which are both subsidiaries of the ". "all"/"both" says the clause is about every name listed.
 */
const ALL_OWNED_BY_RE =
  /^\)?,\s+(?:(?:which|that)\s+are\s+)?(?:all|both)\s+(?:(?:(?:majority|wholly|fully)[- ])?(?:owned|controlled)\s+by|(?:subsidiaries|units|divisions|part)\s+of)\s+(?:(?:the|[\p{Ll}-]+|[\p{L}.-]+-(?:based|listed)|\p{Lu}[\p{L}.-]*['’]s)\s+){0,3}$/u;
/** What joins two names of one list: ", ", " and ", ", and ", " or ". */
const LIST_JOIN_RE = /^(?:\s*\([^()]{1,12}\))?(?:,\s+|,?\s+(?:and|or)\s+)$/u;
/**
 * Right before the first name of a list: "other airlines within the group, such as ", "brands in the group, including
 * ", "the carriers of the group, like ": the names are the group's members.
 */
const WITHIN_GROUP_RE =
  /\b(?:airlines|carriers|banks|lenders|insurers|brands|units|subsidiaries|companies|businesses|studios|labels|chains)\s+(?:within|in|of)\s+the\s+group\s*,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?$/u;
/** "The group has …" opening the sentence: the group is the company in focus. */
const THE_GROUP_OPENS_RE = /^["“]?The\s+(?:group|company)\s/u;
/** How far back before a name the lead phrase is read. */
const LEAD_WINDOW = 90;

/**
 * "Vella Inc., Tovik Apparel Corporation and Lunde Wear Inc., which are all owned by Taiwan's Orsk Holdings": every
 * name of the list belongs to the owner named after "all owned by". A clause without "all"/"both" ("…, which is owned
 * by") speaks of the last name only and is read elsewhere.
 */
export function findListOwnedBy(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let k = 1; k + 1 < orgs.length; k++) {
    const last = orgs[k]!;
    const owner = orgs[k + 1]!;
    if (owner.start - last.end > 80 || !ALL_OWNED_BY_RE.test(ctx.work.slice(last.end, owner.start))) continue;
    if (body(owner.id)) continue;
    const items = listEndingAt(ctx, orgs, k);
    if (items.length < 2) continue;
    for (const m of items) if (m.id !== owner.id) out.push({ child: m.id, parent: owner.id, at: m.start });
  }
  return out;
}

/**
 * "Kora has made no such announcement for other airlines within the group, such as Brisa, Tallvik Air or Vessla":
 * the names listed belong to the group, the organization that opens the sentence ("The group has …": the company in
 * focus). Without an organization or "The group" before the phrase in its sentence nothing is read ("other airlines in the region, such as …" names rivals).
 */
export function findWithinGroupLists(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  for (let i = 0; i < orgs.length; i++) {
    const first = orgs[i]!;
    const before = ctx.work.slice(Math.max(0, first.start - LEAD_WINDOW), first.start);
    if (!WITHIN_GROUP_RE.test(before)) continue;
    const s = sentenceOf(ctx, first.start);
    if (!s) continue;
    const group =
      orgs.find((m) => m.start >= s.start && m.end <= first.start - 20)?.id ??
      (THE_GROUP_OPENS_RE.test(ctx.work.slice(s.start, s.start + 20)) ? orgInFocus(ctx, s.start) : null);
    if (!group || body(group)) continue;
    for (const m of listStartingAt(ctx, orgs, i))
      if (m.id !== group) out.push({ child: m.id, parent: group, at: m.start });
  }
  return out;
}

/** The names of the list whose last name is `orgs[k]`, walking back over list joins. */
function listEndingAt(ctx: DocContext, orgs: readonly ResolvedMention[], k: number): ResolvedMention[] {
  return namesListedWith(ctx, orgs, k, -1, (gap) => LIST_JOIN_RE.test(gap));
}

/** The names of the list whose first name is `orgs[i]`, walking on over list joins. */
function listStartingAt(ctx: DocContext, orgs: readonly ResolvedMention[], i: number): ResolvedMention[] {
  return namesListedWith(ctx, orgs, i, 1, (gap) => LIST_JOIN_RE.test(gap));
}
