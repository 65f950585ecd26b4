import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import type { Draft } from './draft.js';
import type { QuantityHit } from './quantity-hits.js';

/* Figures of cuts that are no round of one company: a pace of cuts, a trade's vague toll, an economy's tally. */

/**
 * After a figure, within its clause: the unit of time it is counted per ("every week", "each month", "per day", "a
 * week between March and August"), not a point in time ("a week later", "a month ago", "a day before the vote").
 */
const RATE_AFTER_RE =
  /^[^.;,]{0,80}?\s(?:every|each|per|a)\s+(?:single\s+)?(?:day|week|month|hour|working\s+day)\b(?!\s+(?:later|earlier|ago|before|after|since|into|or\s+two)\b)/i;

/**
 * "on average 250 staff were dismissed each week between March and August": a pace of cuts over a span, told
 * beside the span's total; no round of its own. Not "cut 360 jobs in a week", nor "a week after it cut 360 jobs".
 */
export function isRateFigure(work: string, h: QuantityHit, next: number): boolean {
  return h.count !== null && RATE_AFTER_RE.test(work.slice(h.start, Math.min(next, h.end + 60)));
}

/**
 * "Several Danish firms say they will shed staff this year, which could leave hundreds of
 * people without work": a trade's cuts told with neither a count nor a share name no round; a trade's total with a
 * figure ("banks shed 8,663 jobs") is kept as the trade's.
 */
export const isTradesVagueFigure = (generic: boolean, h: QuantityHit) =>
  generic && h.count === null && h.percent === null;

/**
 * "Some 2.3 million posts have vanished across Norland since the floods, a labour office estimated": a figure of a
 * million jobs or more is a country's or an industry's tally, never one employer's round unless its clause names the
 * employer. It stays an event of no organization rather than going to the company the article is about.
 */
export const isEconomyTally = (explicit: boolean, h: QuantityHit) =>
  !explicit && h.count !== null && h.count >= 1_000_000;

/** How many sentences after a tally of no organization a figure naming no employer may go on with it. */
const TALLY_REACH = 2;

/**
 * "Firms notified the labour office of 9,300 planned dismissals this quarter, official data show. … In March by
 * itself, 4,100 staff were let go.": a figure whose clause names no employer, told within two sentences after a
 * trade's or a country's tally (the last round drafted, of no organization) with no organization named since, goes
 * on with that tally; it is no round of the company the article is about. Not after a company's round, nor once a
 * company is named between them ("… Kestrel said 300 of its staff would go").
 */
export function continuesTally(
  ctx: DocContext,
  drafts: readonly Draft[],
  si: number,
  sentenceEnd: number,
  explicit: boolean,
): boolean {
  if (explicit) return false;
  const last = drafts[drafts.length - 1];
  if (!last || !last.generic || last.org !== null || si - last.si > TALLY_REACH || si === last.si) return false;
  // Once per tally and sentence: a sentence's figures all look back at the same stretch of text.
  let bySentence = NAMED_SINCE.get(last);
  if (!bySentence) NAMED_SINCE.set(last, (bySentence = new Map<number, boolean>()));
  const known = bySentence.get(si);
  if (known !== undefined) return known;
  const from = last.figure?.end ?? last.evidence[0]?.end;
  const goesOn = from !== undefined && !mentionsIn(ctx, from, sentenceEnd).some(isOrg);
  bySentence.set(si, goesOn);
  return goesOn;
}
/** Whether no organization is named between a tally and the end of a later sentence, by tally and sentence. */
const NAMED_SINCE = new WeakMap<Draft, Map<number, boolean>>();
