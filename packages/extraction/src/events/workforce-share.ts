import type { Span } from '../types.js';
import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';
import { FRACTION, parsePercent } from './numbers.js';

/**
 * "The group employs about 130,000 people, so the upper end of the plan is close to 42% of its workforce": a share
 * worked out by the writer from a stated headcount. It belongs to the round whose count gives that share of the
 * headcount (55,000 of 130,000), which is not always the round reported last ("roughly 5,800 positions would go …
 * A further 1,200 jobs … about 13%" is the share of the 7,000 in the lede).
 */
const STAFF_RE =
  /\b(?:employ(?:s|ed|ing)?|ha[sd]|have|with|of|counts?)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|close to|more than|over|just over|just under|a little over|fewer than|less than)\s+)?(\d{1,3}(?:,\d{3})+|\d{4,})(?:\s+(?:people|employees|staff|workers))?\b/gi;
/**
 * "trim its 48,000 workforce by 9%", "reduce its 30,000-strong staff in Asia by about a quarter", "7% of the group's
 * staff of roughly 28,000": the headcount told as the size of the workforce, in the same clause as the share.
 */
const SIZED_WORKFORCE_RE =
  /\b(?:its|their|the|an?)\s+(\d{1,3}(?:,\d{3})+|\d{4,})(?:-strong)?\s+(?:[\p{L}-]+\s+){0,2}?(?:workforce|staff|headcount|payroll)\b|\b(?:workforce|staff|headcount)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,])/giu;
const SHARE_RE = new RegExp(`(\\d{1,2}(?:\\.\\d+)?)\\s*(?:%|per\\s?cent\\b|percent\\b|pc\\b)|${FRACTION}`, 'gi');
/** A headcount is stated with "employs" or followed by the people it counts ("had about 91,000 employees"). */
const STAFF_WORD_RE = /^employ|\s(?:people|employees|staff|workers)$/i;

/** How far back (in sentences) the round may have been reported, and one sentence ahead for a lede told after. */
const LOOK_BACK = 8;

interface Share {
  sentence: Span;
  index: number;
  staff: number;
  percent: number;
}

/** The shares in `sentences` told beside a headcount (the only sentences this rule reads). */
function statedShares(work: string, sentences: readonly Span[]): Share[] {
  const shares: Share[] = [];
  sentences.forEach((s, index) => {
    const text = work.slice(s.start, s.end);
    // The headcount's digits first: a case-sensitive digit scan rejects most sentences faster than the share words.
    if (!/\d{1,3},\d{3}|\d{4}/.test(text)) return;
    if (!/%|per\s?cent|percent|\dpc\b|third|quarter|fifth|tenth|10th|\b(?:one|1) in\b/i.test(text)) return;
    let staff: number | null = null;
    for (const m of text.matchAll(STAFF_RE))
      if (STAFF_WORD_RE.test(m[0])) {
        staff = Number(m[1]!.replace(/,/g, ''));
        break;
      }
    if (staff === null)
      for (const m of text.matchAll(SIZED_WORKFORCE_RE)) staff ??= Number((m[1] ?? m[2])!.replace(/,/g, ''));
    if (staff === null || staff < 100) return;
    const percents = [...text.matchAll(SHARE_RE)];
    if (percents.length !== 1) return;
    const percent = percents[0]![1] !== undefined ? Number(percents[0]![1]) : parsePercent(percents[0]![0]);
    if (percent === null) return;
    shares.push({ sentence: s, index, staff, percent });
  });
  return shares;
}

/** True when `count` of `staff` is `percent` as a writer rounds it ("a little over 5%", "close to 42%"). */
function fits(count: number, staff: number, percent: number): boolean {
  const actual = (count / staff) * 100;
  return Math.abs(actual - percent) <= Math.max(1, percent * 0.12);
}

/**
 * Gives each share told beside a headcount to the round it measures: the nearest round before it (or in the
 * sentence just after) whose count fits, and takes it from a round of the same sentence's reading that does not fit.
 */
export function attachWorkforceShares(work: string, sentences: readonly Span[], rounds: Draft[]): Draft[] {
  if (rounds.length === 0) return rounds;
  const dropped = new Set<Draft>();
  for (const share of statedShares(work, sentences)) {
    let best: Draft | undefined;
    for (const d of rounds) {
      if (cutClass(d.kind) !== 'cut' || d.count === null || d.cumulative || d.transaction) continue;
      if (d.si > share.index + 1 || share.index - d.si > LOOK_BACK) continue;
      if (!fits(d.count, share.staff, share.percent)) continue;
      if (!best || Math.abs(d.si - share.index) < Math.abs(best.si - share.index)) best = d;
    }
    if (!best || (best.percent !== null && best.percent !== share.percent)) continue;
    const told = (d: Draft) => d.evidence.some((e) => e.start === share.sentence.start);
    for (const d of rounds) {
      if (d === best || d.percent !== share.percent || !told(d)) continue;
      if (d.count !== null && fits(d.count, share.staff, share.percent)) continue;
      d.percent = null;
      // A round read from the share alone is no round once the share has found its own.
      if (d.count === null && !d.countText && d.evidence.length === 1) dropped.add(d);
    }
    best.percent = share.percent;
    addEvidence(best.evidence, share.sentence);
  }
  return dropped.size === 0 ? rounds : rounds.filter((d) => !dropped.has(d));
}
