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
