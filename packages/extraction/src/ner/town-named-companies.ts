/**
 * Companies named like towns ("Orsk" is both): the place check blocks such a name unless a cue says "company", and
 * list, deal and possessive cues are shared with towns. This file recognises three shapes only a company fills:
 * - the subject of a sell/merge/close verb whose object is its own business ("Orsk will sell its truck unit",
 *   "Orsk, which is merging its local arm with …");
 * - the one a business is sold or handed to ("handed its brewery to Orsk");
 * - a pair of names a plural company noun describes ("Orsk and Vessla Motors, the two carmakers, …").
 * A town that loses jobs ("Orsk will lose 300 jobs") or whose plant closes fills none of them.
 */
import type { OrgCue } from './org-cues.js';
import type { NameRun } from './name-runs.js';

const DEAL_VERBS =
  'sell|sells|sold|selling|merge|merges|merged|merging|divest|divests|divested|divesting|spin off|spins off|spun off|spinning off|offload|offloads|offloaded|offloading|close|closes|closed|closing|shut|shuts|shutting|list|lists|listed|listing';
const OWN_BUSINESS =
  'unit|units|business|businesses|division|divisions|subsidiary|subsidiaries|arm|arms|stake|stakes|plant|plants|factory|factories|brewery|breweries|stores|shops|branches|operations|brand|brands';

/** ", which is merging its … unit", " will sell its … stake": the name's own clause, right after it. */
const SELLS_OWN_AFTER_RE = new RegExp(
  `(?:,\\s+which)?(?:\\s+(?:will|would|is|was|has|had|plans\\s+to|is\\s+to|agreed\\s+to|to|also|now|then|be))*\\s+(?:${DEAL_VERBS})\\s+its\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OWN_BUSINESS})\\b`,
  'uy',
);
/** "sold its brewery to ", "handed its Norrvik unit to ": the buyer comes next. */
const SOLD_TO_BEFORE_RE = new RegExp(
  `\\b(?:sold|sell|sells|selling|hand|hands|handed|handing|transfer|transfers|transferred|transferring)\\s+(?:its|their|a|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${OWN_BUSINESS})\\s+to\\s+$`,
  'u',
);

const COMPANY_PLURALS =
  '(?:companies|firms|groups|conglomerates|carmakers|automakers|lenders|banks|airlines|carriers|insurers|miners|retailers|brewers|operators|manufacturers|makers|producers|rivals|competitors|(?:market|industry|sector)\\s+leaders)';
const NAME = '\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2}';
/** " and Vessla Motors, the two carmakers": the first of a described pair. */
const FIRST_OF_PAIR_AFTER_RE = new RegExp(
  `\\s+and\\s+${NAME},\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?${COMPANY_PLURALS}\\b`,
  'uy',
);
/** ", the two carmakers" after "Vessla Motors and ": the second of a described pair. */
const SECOND_OF_PAIR_AFTER_RE = new RegExp(`,\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?${COMPANY_PLURALS}\\b`, 'uy');
const AND_AFTER_NAME_BEFORE_RE = /\p{Lu}[\p{L}&.-]*\s+and\s+$/u;

/** A strong company cue for a run in one of the shapes above, else null (callers ask only for place names). */
export function companyOnlyCue(text: string, run: NameRun): OrgCue | null {
  const cue: OrgCue = { strength: 'strong', kind: 'company', why: 'company-only' };
  SELLS_OWN_AFTER_RE.lastIndex = run.end;
  if (SELLS_OWN_AFTER_RE.test(text)) return cue;
  if (SOLD_TO_BEFORE_RE.test(text.slice(Math.max(0, run.start - 80), run.start))) return cue;
  FIRST_OF_PAIR_AFTER_RE.lastIndex = run.end;
  if (FIRST_OF_PAIR_AFTER_RE.test(text)) return cue;
  SECOND_OF_PAIR_AFTER_RE.lastIndex = run.end;
  if (
    AND_AFTER_NAME_BEFORE_RE.test(text.slice(Math.max(0, run.start - 40), run.start)) &&
    SECOND_OF_PAIR_AFTER_RE.test(text)
  )
    return cue;
  return null;
}
