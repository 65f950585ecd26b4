import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { isPlace } from '../gazetteer/lexicon/places.js';
import { isStateBody } from '../ner/org-names.js';

/* Bodies named in a clause about a cut that are no party to it: those who vow to fight it, a forum it is before. */

/**
 * Between the last name of a clause and its cut: a vow to fight the cut ("have vowed to fight the planned", "has
 * pledged to oppose any", "threatened to challenge the proposed"). Whoever vows to fight a cut does not make it.
 */
const VOW_TO_FIGHT_RE =
  /^[^.;]{0,100}?\s(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|threaten(?:s|ed)?|resolved)\s+to\s+(?:fight|oppose|resist|challenge|contest|block)\s+(?:the\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

/**
 * "Vaksatu and its mining affiliate have vowed to fight the planned retrenchment of 240 staff at Kestrel
 * Platinum": the bodies named before the vow fight the cut; the cut is the company's named after it (or the company
 * in focus). Not "Kestrel has vowed to cut 300 jobs", a company's own pledge.
 */
export function vowsToFightCut(work: string, lastOrgEnd: number, trigger: number): boolean {
  return VOW_TO_FIGHT_RE.test(work.slice(lastOrgEnd, trigger));
}

/** Between a fought cut and its company: "of 240 staff at ", "by ", "at the ". */
const OWNER_AFTER_CUT_RE = /^[^.;,]{0,50}?\b(?:at|by|of)\s+(?:the\s+)?$/;

/**
 * The company whose cut is fought, named right after it ("the retrenchment of 240 staff at Kestrel Platinum"),
 * else null: with none named the cut's owner is not told in the clause and no round is credited (the bodies that
 * fight it are the article's focus, never its owner).
 */
export function foughtCutOwner(ctx: DocContext, trigger: number, end: number): string | null {
  const m = mentionsIn(ctx, trigger, Math.min(end, trigger + 60)).find(
    (o) => isOrg(o) && OWNER_AFTER_CUT_RE.test(ctx.work.slice(trigger, o.start)),
  );
  return m && !isPlace(ctx.entities.get(m.id)?.name ?? '') ? m.id : null;
}

/** "before the", "currently before the": a matter laid before a forum. */
const BEFORE_FORUM_RE = /\bbefore\s+the\s+$/i;
/** Courts and tribunals by the last word of their names ("Labour Court", "Norrvik Trade Tribunal"). */
const COURT_RE = /\s(?:Court|Tribunal)$/;

/**
 * "The dispute, now before the Norrvik Trade Commission, is about the dismissal of 300 members": a public body or
 * court a dispute is before judges it; it makes no cut. Not "the Norrvik Trade Commission will cut 50 jobs", where
 * the body acts.
 */
export function isForumOfMatter(ctx: DocContext, m: ResolvedMention): boolean {
  if (!BEFORE_FORUM_RE.test(ctx.work.slice(Math.max(0, m.start - 16), m.start))) return false;
  const name = ctx.entities.get(m.id)?.name ?? '';
  return isStateBody(name) || COURT_RE.test(name);
}
