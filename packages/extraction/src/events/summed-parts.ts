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
const SUM_BEFORE_RE =
  /(?:\ba\s+total\s+of|\bwould\s+mean\s+a\s+(?:total\s+)?(?:reduction|cut|loss)\s+of|\ball\s+told,?)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i;
/**
 * A part told as a round of its own time: "on top of 1,600 who left", "The first stage, announced in April, removed
 * 300", "earlier", "last year" — such figures add up to a running total, they are not parts of one plan.
 */
const OWN_TIME_RE =
  /\b(?:on\s+top\s+of|earlier|previous(?:ly)?|first\s+(?:round|stage|phase|wave)|last\s+(?:year|month|week)|since|ago|already|(?:in|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:19|20)\d\d)\b/i;
/** How many sentences apart a part may stand from the total it sums to. */
const NEAR = 3;

interface Addend {
  value: number;
  /** The sentence's words before the figure. */
  before: string;
}

/** The bare counts in a sentence (neither shares, sums of money nor years). */
function addendsIn(text: string): Addend[] {
  const out: Addend[] = [];
  for (const m of text.matchAll(ADDEND_RE)) {
    const raw = m[1]!;
    if (/^(?:19|20)\d\d$/.test(raw)) continue;
    const end = m.index + m[0].length;
    if (MONEY_AFTER_RE.test(text.slice(end, end + 12))) continue;
    out.push({ value: Number(raw.replace(/,/g, '')), before: text.slice(Math.max(0, m.index - 60), m.index) });
  }
  return out;
}

const isCountedRound = (d: Draft) => cutClass(d.kind) === 'cut' && d.count !== null && !d.bare && !d.transaction;

/**
 * "plans to reduce headcount by 955 for volume adjustment, with a further reduction of 175 … That would mean a
 * reduction of 1,130", "to eliminate 12,600 jobs … An additional 4,150 jobs … for a total of 16,750 positions": a
 * figure that, with another count told in its own or a neighbouring sentence, adds up exactly to a round of the
 * same organization that the text tells as their sum ("a total of", "would mean a reduction of") is a part of that
 * round, not a round of its own; the total restated beside its parts is the round itself, not a running total.
 * Parts told as rounds of their own time ("on top of 1,600 who left", "announced in April") stay rounds.
 */
export function absorbSummedParts(work: string, sentences: readonly Span[], drafts: Draft[]): Draft[] {
  const totals = drafts.filter((d) => isCountedRound(d) && !d.cumulative);
  if (totals.length === 0) return drafts;
  const cache = new Map<number, Addend[]>();
  const addendsOf = (k: number) => {
    let list = cache.get(k);
    if (!list) cache.set(k, (list = addendsIn(work.slice(sentences[k]!.start, sentences[k]!.end))));
    return list;
  };
  const near = (si: number) => {
    const out: Addend[] = [];
    for (let k = Math.max(0, si - 1); k <= Math.min(sentences.length - 1, si + 1); k++) out.push(...addendsOf(k));
    return out;
  };
  const absorbed = new Set<Draft>();
  for (const part of drafts) {
    if (!isCountedRound(part) || part.cumulative) continue;
    const own = work.slice(sentences[part.si]!.start, sentences[part.si]!.end);
    if (OWN_TIME_RE.test(own)) continue;
    const around = near(part.si);
    const summed = (total: number) => around.some((a) => a.value === total && SUM_BEFORE_RE.test(a.before));
    const total = totals.find(
      (t) =>
        t !== part &&
        t.org === part.org &&
        t.count! > part.count! &&
        (part.when === null || t.when === null || part.when === t.when) &&
        Math.abs(t.si - part.si) <= NEAR &&
        summed(t.count!) &&
        around.some((y) => y.value !== t.count && part.count! + y.value === t.count),
    );
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
    const round = totals.find((t) => !absorbed.has(t) && t.org === d.org && t.count === d.count);
    if (!round) continue;
    for (const e of d.evidence) addEvidence(round.evidence, e);
    round.percent ??= d.percent;
    absorbed.add(d);
  }
  return drafts.filter((d) => !absorbed.has(d));
}
