import type { ResolvedMention } from '../resolve/doc-context.js';

/*
 * The company whose plan a clause names with "by" or as its own: "turned down threats by Kestrel Mines to shed 3,100
 * jobs", "unhappy with Norrfields' decision to retrench 1,500 workers".
 */

/** A plan noun and "by" right before a name: "a decision by", "threats by the", "plans by". */
const PLAN_BY_BEFORE_RE =
  /\b(?:plans?|decision|proposals?|moves?|threats?|intentions?|bids?|attempts?|announcement|notice)\s+by\s+(?:the\s+)?$/i;
/** From the name to the cut: "to ", " (KFT) to ", " to further ", " to immediately ". */
const TO_CUT_AFTER_RE = /^(?:\s*\([^()]{1,40}\))?\s+to\s+(?:\p{Ll}+ly\s+|further\s+)?$/u;

/**
 * From the name to the cut, the plan written as the name's own: "'s decision to ", "’ plan to ", "'s proposed move to ".
 */
const OWN_PLAN_AFTER_RE =
  /^['’]s?\s+(?:\p{Ll}+\s+)?(?:plans?|decision|proposals?|moves?|threats?|intentions?|bids?|attempts?|announcement|notice)\s+to\s+(?:\p{Ll}+ly\s+|further\s+)?$/u;

/**
 * "The federation called a decision by Kestrel Tobacco Corp. (KTC) to cut 410 jobs a betrayal", "the union has
 * turned down threats by Kestrel Mines to shed 3,100 jobs": the company named after "<plan> by" cuts; those who
 * describe or reject its plan do not. Not "threats by Kestrel to cut jobs were not new, and Norrvik said it would
 * cut 40", where the plan is told apart from the cut. Null when no such name opens the cut.
 */
export function planByOwner(work: string, orgs: ResolvedMention[], trigger: number): ResolvedMention | null {
  for (const m of orgs)
    if (
      PLAN_BY_BEFORE_RE.test(work.slice(Math.max(0, m.start - 30), m.start)) &&
      TO_CUT_AFTER_RE.test(work.slice(m.end, trigger))
    )
      return m;
  // "The Kora Miners Union (KMU) objected to Norrfields’ decision to retrench 1,500 workers": the
  // company whose decision it is cuts, not the body that speaks of it.
  for (const m of orgs) if (trigger - m.end <= 60 && OWN_PLAN_AFTER_RE.test(work.slice(m.end, trigger))) return m;
  return null;
}
