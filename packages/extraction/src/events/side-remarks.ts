import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';

/** "Rival Kestrel Air", "its rivals Corvo and Brenner", "competitor Marlow": a name told as the company's rival. */
const RIVAL_BEFORE_RE = /\b(?:rival|rivals|competitor|competitors)\s+$/i;

/**
 * "Rival Kestrel Air has also reduced its headcount", "Swedish rivals Corvo and Brenner have closed branches": a
 * rival's move told without a figure is background to the story, not a round the article reports. True when an
 * organization of the clause before `at` stands right after "rival(s)"/"competitor(s)".
 */
export function isRivalAside(ctx: DocContext, clauseStart: number, at: number): boolean {
  for (const m of mentionsIn(ctx, clauseStart, at))
    if (isOrg(m) && RIVAL_BEFORE_RE.test(ctx.work.slice(Math.max(clauseStart, m.start - 24), m.start))) return true;
  return false;
}

/** "has already sold", "had earlier sold", "is also spinning off", "also said it would sell". */
const SIDE_DEAL_RE = /\b(?:already|also|earlier|previously)\b/i;

/**
 * "had already split into two", "previously split its retail arm into three": a split told as past. Not "will also
 * split its mobile and network divisions into separate businesses", a further move of the news (a company splits
 * itself once: "also" adds it to the day's cuts, it does not recall an earlier deal).
 */
const PAST_SPLIT_RE = /\b(?:already|earlier|previously)\b/i;

/**
 * A sale or spin-off told with "already", "also", "earlier" or "previously" ("The group has already sold its
 * logistics arm to Vessel") is a side remark on the company's other deals, not news of its own: the caller folds it
 * into the company's main event. `clause` is the text from the clause's start to the deal's trigger word; `split`
 * when the deal is a split or break-up (see PAST_SPLIT_RE).
 */
export function isSideDeal(clause: string, split = false): boolean {
  return (split ? PAST_SPLIT_RE : SIDE_DEAL_RE).test(clause);
}
