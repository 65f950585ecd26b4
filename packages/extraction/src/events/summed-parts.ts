import type { Span } from '../types.js';
import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';

/**
 * A count told beside a share, a sum of money or a year is no addend ("15%", "$1.9 billion", "2019"): the figures
 * that may add up to a round are the bare counts of people or jobs.
 */
const ADDEND_RE = /(?<![\d.,$€£¥])(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]*\d)(?!\s*(?:%|per\s?cent|percent|pc\b))/g;
const MONEY_AFTER_RE = /^\s*(?:million|billion|trillion|bn\b|mn\b|m\b|crore|lakh|yen|euros?|dollars?|pounds?|won)/i;
/**
 * The words that tell a figure as the sum of the parts just told: "for a total of 16,750", "That would mean a
 * reduction of 1,130", "1,130 in total" is told before the figure as "a total of"; not "bringing the total to"
 * (a running total, whose parts are rounds of their own).
 */
const SUM_FIGURE_RE =
  /(?:\ba\s+total\s+of|\bwould\s+mean\s+a\s+(?:total\s+)?(?:reduction|cut|loss)\s+of|\ball\s+told,?)\s+(?:(?:about|around|roughly|some|nearly)\s+)?(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,])/gi;
/**
 * A part told as a round of its own time: "on top of 1,600 who left", "The first stage, announced in April, removed
 * 300", "earlier", "last year" — such figures add up to a running total, they are not parts of one plan.
 */
const OWN_TIME_RE =
  /\b(?:on\s+top\s+of|earlier|previous(?:ly)?|first\s+(?:round|stage|phase|wave)|last\s+(?:year|month|week)|since|ago|already|(?:in|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:19|20)\d\d)\b/i;
/** How many sentences apart a part may stand from the total it sums to. */
const NEAR = 3;
/** How many characters around a part its other addend and the sum may stand (bounds the work on hostile text). */
const WINDOW = 400;
/** At most this many sums and totals are tried for one part. */
const MAX_TRIES = 4;

/** The bare counts in a stretch of text (neither shares, sums of money nor years). */
function addendsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ADDEND_RE)) {
    const raw = m[1]!;
    if (/^(?:19|20)\d\d$/.test(raw)) continue;
    const end = m.index + m[0].length;
    if (MONEY_AFTER_RE.test(text.slice(end, end + 12))) continue;
    out.push(Number(raw.replace(/,/g, '')));
  }
  return out;
}

const isCountedRound = (d: Draft) => cutClass(d.kind) === 'cut' && d.count !== null && !d.bare && !d.transaction;

/** The sums the text tells ("a total of 16,750"), in text order. */
function toldSums(work: string): Array<{ at: number; value: number }> {
  const sums: Array<{ at: number; value: number }> = [];
  for (const m of work.matchAll(SUM_FIGURE_RE)) sums.push({ at: m.index, value: Number(m[1]!.replace(/,/g, '')) });
  return sums;
}

/** The index of the first sum at or after `at`. */
function firstFrom(sums: Array<{ at: number }>, at: number): number {
  let lo = 0;
  let hi = sums.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "plans to reduce headcount by 955 for volume adjustment, with a further reduction of 175 … That would mean a
 * reduction of 1,130", "to eliminate 12,600 jobs … An additional 4,150 jobs … for a total of 16,750 positions": a
 * figure that, with another count told near it, adds up exactly to a round of the same organization that the text
 * tells as their sum ("a total of", "would mean a reduction of") is a part of that round, not a round of its own;
 * the total restated beside its parts is the round itself, not a running total. Parts told as rounds of their own
 * time ("on top of 1,600 who left", "announced in April") stay rounds.
 */
export function absorbSummedParts(work: string, sentences: readonly Span[], drafts: Draft[]): Draft[] {
  const sums = toldSums(work);
  if (sums.length === 0) return drafts;
  const byCount = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (!isCountedRound(d) || d.cumulative) continue;
    const list = byCount.get(d.count!) ?? [];
    if (list.length < MAX_TRIES) list.push(d);
    byCount.set(d.count!, list);
  }
  const absorbed = new Set<Draft>();
  for (const part of drafts) {
    if (!isCountedRound(part) || part.cumulative || !part.figure) continue;
    const sentence = sentences[part.si];
    const from = Math.max(sentence?.start ?? 0, part.figure.start - WINDOW / 2);
    if (OWN_TIME_RE.test(work.slice(from, Math.min(sentence?.end ?? work.length, part.figure.end + WINDOW / 2))))
      continue;
    let total: Draft | undefined;
    let window: number[] | undefined;
    const first = firstFrom(sums, part.figure.start - WINDOW);
    for (let k = first; k < sums.length && k < first + MAX_TRIES && !total; k++) {
      const sum = sums[k]!;
      if (sum.at > part.figure.end + WINDOW || sum.value <= part.count!) continue;
      window ??= addendsIn(work.slice(Math.max(0, part.figure.start - WINDOW), part.figure.end + WINDOW));
      if (!window.includes(sum.value - part.count!)) continue;
      total = byCount
        .get(sum.value)
        ?.find(
          (t) =>
            t !== part &&
            t.org === part.org &&
            (part.when === null || t.when === null || part.when === t.when) &&
            Math.abs(t.si - part.si) <= NEAR,
        );
    }
    if (!total) continue;
    for (const e of part.evidence) addEvidence(total.evidence, e);
    absorbed.add(part);
  }
  if (absorbed.size === 0) return drafts;
  // The sum restated as a total beside its parts ("for a total of 16,750" read as a running total): the same round.
  const partSentences = new Set([...absorbed].map((p) => p.si));
  for (const d of drafts) {
    if (!d.cumulative || !isCountedRound(d) || absorbed.has(d)) continue;
    if (![d.si - 1, d.si, d.si + 1].some((k) => partSentences.has(k))) continue;
    const round = byCount.get(d.count!)?.find((t) => !absorbed.has(t) && t.org === d.org);
    if (!round) continue;
    for (const e of d.evidence) addEvidence(round.evidence, e);
    round.percent ??= d.percent;
    absorbed.add(d);
  }
  return drafts.filter((d) => !absorbed.has(d));
}
