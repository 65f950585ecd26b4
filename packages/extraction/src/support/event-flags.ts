import type { ExtractedEvent, Span } from '../types.js';
import { findDates } from '../events/dates.js';
import type { AttributionContext } from './attribution-context.js';
import { figureOffset } from './clauses.js';

const PLURAL_ROUNDS_RE = /\b(?:layoffs|job\s+cuts|cuts|reductions|rounds|waves|redundancies|dismissals)\b/i;
const AGGREGATE_CUE_RE =
  /\b(?:widespread|across|company-?wide|in\s+total|totall?ing|combined|altogether|cumulative(?:ly)?|so\s+far|to\s+date|in\s+all|overall|a\s+series\s+of|waves\s+of|rounds\s+of|multiple|several|successive)\b/i;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "the cuts announced in January", "the layoffs it unveiled last March", "the round of cuts disclosed on May 2". */
const REFERENCE_RE = new RegExp(
  `\\b(?:the|those|these|its|their|earlier|previous|prior|last\\s+year['’]s)\\s+(?:job\\s+|staff\\s+|workforce\\s+)?(?:cuts|layoffs|reductions|redundancies|round(?:\\s+of\\s+(?:job\\s+)?(?:layoffs|cuts))?)\\s+(?:(?:it|that|which|the\\s+company)\\s+)?(?:had\\s+|has\\s+|was\\s+|were\\s+)?(?:announced|unveiled|disclosed|revealed|reported|made|began|started|detailed|outlined|confirmed)\\s+(?<date>(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTHS})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?|in\\s+(?:19|20)\\d{2}|last\\s+(?:year|month|week|${MONTHS})|(?:earlier\\s+)?this\\s+(?:year|month))`,
  'gi',
);
/** "the January layoffs", "January's cuts", "the cuts of March 2023". */
const MONTH_REFERENCE_RE = new RegExp(
  `\\b(?:the\\s+)?(?<mon>${MONTHS})(?:\\s+(?<year>(?:19|20)\\d{2}))?(?:['’]s)?\\s+(?:job\\s+)?(?:cuts|layoffs|reductions|round)\\b|\\b(?:cuts|layoffs|reductions)\\s+of\\s+(?<mon2>${MONTHS})(?:\\s+(?<year2>(?:19|20)\\d{2}))?`,
  'g',
);

/**
 * Adds the flags the story logic needs to the events: `aggregate` for a figure that sums several rounds over a
 * period (a year-dated figure of plural rounds with a word of aggregation: "widespread layoffs across X in 2023
 * that impacted over 27,000"), and `reference` for an explicit pointer to an earlier round ("the cuts announced in
 * January"). Returns new event objects; ids are unchanged.
 */
export function flagEvents(ac: AttributionContext, events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const { ctx } = ac;
  return events.map((event) => {
    let flagged: ExtractedEvent = event;
    const sentences = event.evidence;
    if (!event.cumulative && event.when && /^\d{4}$/.test(event.when) && sentences.some(isAggregateSentence))
      flagged = { ...flagged, aggregate: true };
    // The sentence that writes the figure speaks for it first.
    const writes = new Map(sentences.map((s) => [s, figureOffset(ctx.work, s, event) !== null ? 1 : 0]));
    const ordered = [...sentences].sort((a, b) => writes.get(b)! - writes.get(a)!);
    for (const s of ordered) {
      const reference = findReference(ctx.work, s, ctx.publishedAt, ctx.text);
      if (reference) {
        flagged = { ...flagged, reference };
        break;
      }
    }
    return flagged;
  });
}

function isAggregateSentence(s: Span): boolean {
  return PLURAL_ROUNDS_RE.test(s.text) && AGGREGATE_CUE_RE.test(s.text);
}

/** The first explicit reference to a dated round in sentence `s`, with the date it resolves to (or null). */
export function findReference(
  work: string,
  s: Span,
  publishedAt: string | null,
  text: string = work,
): { when: string | null; span: Span } | null {
  const body = work.slice(s.start, s.end);
  REFERENCE_RE.lastIndex = 0;
  const m = REFERENCE_RE.exec(body);
  if (m) {
    const phrase = m.groups!.date!.replace(/^last\s+(?=[A-Z])/, 'in ');
    const when = findDates(phrase, 0, phrase.length, publishedAt).find((d) => d.value);
    const start = s.start + m.index;
    const end = s.start + m.index + m[0].length;
    return { when: when?.value ?? null, span: { start, end, text: text.slice(start, end) } };
  }
  MONTH_REFERENCE_RE.lastIndex = 0;
  const n = MONTH_REFERENCE_RE.exec(body);
  if (!n) return null;
  const month = n.groups!.mon ?? n.groups!.mon2!;
  const year = n.groups!.year ?? n.groups!.year2;
  const phrase = `in ${month}${year ? ` ${year}` : ''}`;
  const when = findDates(phrase, 0, phrase.length, publishedAt).find((d) => d.value)?.value ?? null;
  const start = s.start + n.index;
  const end = start + n[0].length;
  return { when, span: { start, end, text: text.slice(start, end) } };
}
