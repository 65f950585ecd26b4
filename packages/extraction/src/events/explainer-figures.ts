import type { Span } from '../types.js';
import { QUANTITY, QUANTITY_OF_JOBS, parseCount } from './numbers.js';
import type { QuantityHit } from './quantity-hits.js';

/** A heading that asks or tells what is cut: "## What is being cut?", "How many jobs will go?", "The job losses:". */
const CUT_HEADING_RE =
  /\b(?:cut|cuts|cutting|go|going|gone|lost|lose|losing|ax(?:e|ed|es)|axing|eliminat\w*|redundan\w*|lay-?offs?|laid off|shed|shedding|slash\w*|job losses|reductions?)\b/i;
/** A line of its own: only spaces and bullet marks between the line break and the text. */
const OWN_LINE_RE = /(?:^|\n)[ \t•▪·*>\-–—]*$/;
/** The first figure of the line is a count of jobs: "2,389 positions in total", "About 2,400 jobs, out of …". */
const LEADING_COUNT_RE = new RegExp(`^${QUANTITY_OF_JOBS}`, 'iu');
/** A labelled figure: "Job cuts: 2,400", "Jobs to go – about 1,100", "Headcount reduction: 900". */
const LABELLED_COUNT_RE = new RegExp(
  `^(?:job\\s+cuts|jobs?\\s+(?:to\\s+go|cut|lost|axed)|job\\s+losses|lay-?offs|redundancies|(?:positions|roles|posts)\\s+(?:cut|to\\s+go|axed)|(?:headcount|workforce|staff)\\s+reductions?)\\s*[:–—-]\\s*${QUANTITY}(?!\\s*(?:%|per\\s?cent|percent|billion|million|bn))`,
  'iu',
);

/** True when sentence `s` stands on a line of its own (a bullet, a heading's answer, a labelled figure). */
function ownLine(work: string, s: Span): boolean {
  return OWN_LINE_RE.test(work.slice(Math.max(0, s.start - 8), s.start));
}

/** True when `prev` is a heading about the cuts ("## What is being cut?", "Jobs that go:") on a line of its own. */
export function isCutHeading(work: string, prev: Span | undefined, s: Span): boolean {
  if (!prev || prev.end - prev.start > 120 || !work.slice(prev.end, s.start).includes('\n')) return false;
  const text = work.slice(prev.start, prev.end);
  return (text.startsWith('#') || /[?:]$/.test(text)) && CUT_HEADING_RE.test(text) && ownLine(work, prev);
}

/**
 * Explainers with headings and bullets tell the size of the round without a verb: the first line under "What is
 * being cut?" ("- 2,389 positions in total, out of 54,000 employees"), or a labelled figure ("Job cuts: 2,400").
 * The round is the company in focus's; only the first line under the heading counts (later bullets break it down).
 */
export function explainerFigure(work: string, s: Span, prev: Span | undefined): QuantityHit | null {
  if (!ownLine(work, s)) return null;
  const body = work.slice(s.start, s.end);
  const m = LABELLED_COUNT_RE.exec(body) ?? (isCutHeading(work, prev, s) ? LEADING_COUNT_RE.exec(body) : null);
  const q = m?.groups?.q;
  if (!m || !q) return null;
  const { count } = parseCount(q);
  if (count === null) return null;
  return {
    kind: 'layoff',
    start: s.start,
    end: s.start + m[0].length,
    trigger: s.start,
    count,
    percent: null,
    definite: false,
  };
}
