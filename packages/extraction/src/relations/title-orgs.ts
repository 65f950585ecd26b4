import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import type { TitleMatch } from '../ner/titles.js';

/** A title ending in a unit's description: "… at Kestrel's Indian arm", "head of its truck unit". */
export const UNIT_WORD_END_RE = /\b(?:arm|unit|division|subsidiary|business|operations?)$/i;
/** After an organization set off by a comma after a title: the clause goes on or ends. */
const ORG_CLOSES_RE = /^\s*(?:[,.;:)—–]|$|\n|\s(?:said|says|told|added|noted|wrote)\b)/;

/** The organization named right after a title and a comma, closing the phrase ("…, CEO, Kestrel Capital, said"). */
export function orgAfterTitle(ctx: DocContext, t: TitleMatch): string | null {
  const comma = /^\s*,\s+(?:the\s+)?/.exec(ctx.work.slice(t.end, t.end + 8));
  if (!comma) return null;
  const at = t.end + comma[0].length;
  const m = mentionsIn(ctx, at, at + 1).find(isOrg);
  if (!m || m.start !== at) return null;
  return ORG_CLOSES_RE.test(ctx.work.slice(m.end, m.end + 8)) ? m.id : null;
}

/**
 * "chief executive of Kestrel's truck unit Kestrel Trucks", "head of Kestrel's Saltvik arm": a title naming a
 * company in the possessive and then another organization is a post at the second, the company's unit.
 */
export function unitAfterOwner(ctx: DocContext, t: TitleMatch): string | null {
  const orgs = mentionsIn(ctx, t.start, t.end).filter((m) => isOrg(m));
  if (orgs.length < 2) return null;
  const [owner, unit] = [orgs[0]!, orgs[1]!];
  if (unit.id === owner.id || !/^['’]s?\s/.test(ctx.work.slice(owner.end, owner.end + 3))) return null;
  // "head of Kestrel's venture with Saltvik": a partner named after a preposition is not the unit.
  return /\b(?:with|and|from|to|against|for|than|or)\b/i.test(ctx.work.slice(owner.end, unit.start)) ? null : unit.id;
}
