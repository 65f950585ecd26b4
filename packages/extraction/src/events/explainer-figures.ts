import type { Span } from '../types.js';
import { QUANTITY, QUANTITY_OF_JOBS, parseCount } from './numbers.js';
import type { QuantityHit } from './quantity-hits.js';

/**
 * A heading that asks or tells what is cut: "## What is being cut?", "How many jobs will go?", "The job losses:",
 * "How many jobs are affected?" (jobs or staff hit, at risk or on the line).
 */
const CUT_HEADING_RE =
  /\b(?:cut|cuts|cutting|go|going|gone|lost|lose|losing|ax(?:e|ed|es)|axing|eliminat\w*|redundan\w*|lay-?offs?|laid off|shed|shedding|slash\w*|job losses|reductions?)\b|\b(?:jobs|roles|positions|posts|staff|employees|workers|people)\s+(?:are\s+|will\s+be\s+|would\s+be\s+)?(?:affected|impacted|hit|at\s+risk|at\s+stake|on\s+the\s+line)\b/i;
/** The first figure of the line is a count of jobs: "2,389 positions in total", "About 2,400 jobs, out of …". */
const LEADING_COUNT_RE = new RegExp(`^${QUANTITY_OF_JOBS}`, 'iu');
/** A Q&A answer that opens with the figure alone: "About 1,500, the company said." (not a year). */
const BARE_ANSWER_RE = new RegExp(`^(?!(?:19|20)\\d{2}\\b)${QUANTITY}(?=\\s*[,.;]|\\s*$)`, 'iu');
/** A labelled figure: "Job cuts: 2,400", "Jobs to go – about 1,100", "Headcount reduction: 900". */
const LABELLED_COUNT_RE = new RegExp(
  `^(?:job\\s+cuts|jobs?\\s+(?:to\\s+go|cut|lost|axed)|job\\s+losses|lay-?offs|redundancies|(?:positions|roles|posts)\\s+(?:cut|to\\s+go|axed)|(?:headcount|workforce|staff)\\s+reductions?)\\s*[:–—-]\\s*${QUANTITY}(?!\\s*(?:%|per\\s?cent|percent|billion|million|bn))`,
  'iu',
);

/** True when sentence `s` stands on a line of its own (a bullet, a heading's answer, a labelled figure). */
function ownLine(work: string, s: Span): boolean {
  // A line of its own: only spaces and bullet marks between the line break and the text (`(?:^|\n)[ \t•▪·*>\-–—]*$`
  // over the 8 characters before the sentence, tested by char code).
  const from = Math.max(0, s.start - 8);
  let k = s.start;
  while (k > from && BULLET_MARKS.has(work.charCodeAt(k - 1))) k--;
  return k === from || work.charCodeAt(k - 1) === 10;
}
/** The bullet marks and spaces of `ownLine`: `[ \t•▪·*>\-–—]`. */
const BULLET_MARKS: ReadonlySet<number> = new Set([...' \t•▪·*>-–—'].map((c) => c.charCodeAt(0)));

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
  const m =
    LABELLED_COUNT_RE.exec(body) ??
    (isCutHeading(work, prev, s) ? (LEADING_COUNT_RE.exec(body) ?? BARE_ANSWER_RE.exec(body)) : null);
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

/** A figure standing alone on its line, as in a numbers box: "4,000", "About 1,200". */
const BARE_FIGURE_RE = new RegExp(`^${QUANTITY}$`, 'iu');
/** The caption under a numbers-box figure that says the jobs go: "Jobs to go across Europe", "Posts to disappear". */
const CUT_CAPTION_RE =
  /^(?:jobs?|posts?|positions?|roles?|workers|employees|staff|people)\s+(?:(?:to|will|would)\s+(?:go|be\s+(?:cut|lost|axed|shed|eliminated|removed)|disappear|vanish)|(?:being\s+)?(?:cut|lost|axed|shed|eliminated|going)\b)/i;

/**
 * A numbers box ("4,000" on a line of its own, then "Jobs to go across Europe by the end of 2027, …"): the bare
 * figure above a caption that says jobs go is a count of jobs cut. The caption's sentence is the evidence; the
 * figure's line gives the count. Captions that only place jobs ("Roles in the United Kingdom") are breakdowns and
 * are not read.
 */
export function boxFigure(work: string, s: Span, prev: Span | undefined): QuantityHit | null {
  if (!prev || !ownLine(work, s) || !ownLine(work, prev)) return null;
  if (!CUT_CAPTION_RE.test(work.slice(s.start, s.end))) return null;
  const q = BARE_FIGURE_RE.exec(work.slice(prev.start, prev.end).trim())?.groups?.q;
  const count = q ? parseCount(q).count : null;
  if (count === null) return null;
  return { kind: 'layoff', start: s.start, end: s.start, trigger: s.start, count, percent: null, definite: false };
}
