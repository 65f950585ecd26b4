import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';

/** A range of whole numbers in a figure's phrase ("between 40,000 and 55,000 jobs", "9,000-10,000"): its upper end. */
const RANGE_RE =
  /\b\d{1,3}(?:,\d{3})*\s*(?:-|–|to|and)\s*(?:about\s+|around\s+)?(\d{1,3}(?:,\d{3})*)(?![\d.,]*\d|\s*(?:million|billion|bn|m)\b)/;

/** The upper end of the range the draft's figure is written as, or null. */
function rangeTop(work: string, d: Draft): number | null {
  if (!d.figure || d.count === null) return null;
  const m = RANGE_RE.exec(work.slice(d.figure.start, d.figure.end));
  const top = m ? Number(m[1]!.replace(/,/g, '')) : NaN;
  return top > d.count ? top : null;
}

const isRound = (d: Draft) => d.count !== null && !d.bare && !d.cumulative && cutClass(d.kind) === 'cut';

/**
 * One round told twice with different figures is one event (see also the approximate figure at the end):
 * - "BT to cut up to 55,000 jobs" and "will shed between 40,000 and 55,000 jobs": a range that holds another round
 *   of the same organization is that round (the single figure stays);
 * - "Norrvik lays off more than 10,000 workers" as a headline and "has laid off 10,665 workers" in the body: a
 *   headline's round figure (whole hundreds or thousands) within a tenth of exactly one finer body figure of the
 *   organization (told once or more, and written nowhere in the body as such) is that figure rounded.
 * - "at least 1,500 jobs" from the company, then "about 2,500 …, according to a union": the larger estimate credited to
 *   someone else is the same round (the company's floor stays);
 * - "up to seven roles" and "an overall headcount reduction of six": the net figure joins the larger gross one.
 * The folded draft gives its evidence, and its share and date where the round has none; the drafts left are returned.
 */
export function foldRetoldRounds(work: string, drafts: Draft[]): Draft[] {
  const rounds = drafts.filter(isRound);
  if (rounds.length < 2) return drafts;
  const folded = new Set<Draft>();
  const into = (d: Draft, round: Draft) => {
    for (const e of d.evidence) addEvidence(round.evidence, e);
    round.percent ??= d.percent;
    round.when ??= d.when;
    folded.add(d);
  };
  // Bounded: the first 200 rounds only (hostile input stays linear enough).
  const scan = rounds.slice(0, 200);
  for (const d of scan) {
    const top = rangeTop(work, d);
    if (top === null) continue;
    const round = scan.find(
      (o) =>
        o !== d &&
        !folded.has(o) &&
        o.org === d.org &&
        o.count! > d.count! &&
        o.count! <= top &&
        !rangeTop(work, o) &&
        !toldAsEarlierRound(work, o),
    );
    if (round) into(d, round);
  }
  for (const h of scan) {
    if (!h.headline || folded.has(h)) continue;
    const c = h.count!;
    const body = scan.filter((o) => !o.headline && !folded.has(o) && o.org === h.org);
    if (body.some((o) => o.count === c)) continue;
    // Rounded: "more than 10,000" for 10,665, "3,500" for 3,572 (a headline's 380 is no rounding of a body's 350).
    const step = c >= 1000 && c % 1000 === 0 ? 1000 : 100;
    if (c % step !== 0) continue;
    const near = body.filter((o) => o.count! % step !== 0 && Math.abs(o.count! - c) <= c / 10);
    // One finer figure, however often the body repeats it ("3,572 jobs … 3,572 employees will leave").
    if (near.length > 0 && near.every((o) => o.count === near[0]!.count)) into(h, near[0]!);
  }
  // "would do away with nearly 2,400 jobs" in the lede, "2,389 positions in total" in a list: a body figure in whole
  // hundreds told as approximate, within 2% of exactly one finer figure of the organization, is that figure rounded.
  for (const a of scan) {
    if (a.headline || folded.has(a) || !a.figure) continue;
    const c = a.count!;
    if (c < 100 || c % 100 !== 0 || !toldApproximately(work, a.figure)) continue;
    const near = scan.filter(
      (o) => o !== a && !folded.has(o) && o.org === a.org && o.count! % 100 !== 0 && Math.abs(o.count! - c) <= c / 50,
    );
    // One finer figure, however often it is told ("Kestrel to cut 1,425 jobs" as the headline and again in the lede,
    // then "would affect over 1,400 positions"): the body's telling takes the rounded one.
    if (near.length > 0 && near.every((o) => o.count === near[0]!.count))
      into(a, near.find((o) => !o.headline) ?? near[0]!);
  }
  // "will cut at least 1,500 jobs" and later "about 2,500 jobs could go, according to a union leader": a larger
  // approximate figure credited to someone else is a second estimate of the round whose company figure is a floor.
  for (const b of scan) {
    if (folded.has(b) || !b.figure || !toldApproximately(work, b.figure)) continue;
    if (!CREDITED_AFTER_RE.test(work.slice(b.figure.end, b.figure.end + 160))) continue;
    const floor = scan.find(
      (a) =>
        a !== b &&
        !folded.has(a) &&
        a.org === b.org &&
        a.si < b.si &&
        a.count! < b.count! &&
        !!a.figure &&
        LOWER_BOUND_RE.test(work.slice(a.figure.start, a.figure.end)),
    );
    if (floor) into(b, floor);
  }
  // "Up to seven roles are set to be made redundant … which will lead to an overall headcount reduction of six": the
  // net figure (new roles set against the cut) is the same round as the larger gross one.
  for (const n of scan) {
    if (folded.has(n) || !n.figure || !NET_FIGURE_RE.test(work.slice(Math.max(0, n.figure.start - 60), n.figure.end)))
      continue;
    const gross = scan.find((o) => o !== n && !folded.has(o) && o.org === n.org && o.count! > n.count!);
    if (gross) into(n, gross);
  }
  return folded.size ? drafts.filter((d) => !folded.has(d)) : drafts;
}

/**
 * "The last scheme, finalised in 2022, saw about 7,600 staff leave", "Its previous plan cut 7,600 jobs": a figure
 * whose sentence names the round as an earlier one (last, previous, prior, earlier, former) before it is that earlier
 * round, not the new plan a range ("6,000 to 8,000 departures") holds. Not "the last 7,600 jobs" nor "last year"
 * (only a noun other than a time after the word).
 */
const EARLIER_ROUND_RE =
  /\b(?:the|its|their|an?)\s+(?:last|previous|prior|earlier|former)\s+(?!(?:year|month|week|quarter|decade|time)\b)\p{L}[\p{L}-]*/iu;

/** Whether the sentence of round `o`, before its figure, names it as an earlier round (see EARLIER_ROUND_RE). */
function toldAsEarlierRound(work: string, o: Draft): boolean {
  const sentence = o.evidence[0];
  if (!sentence || !o.figure) return false;
  return EARLIER_ROUND_RE.test(work.slice(Math.max(sentence.start, o.figure.start - 200), o.figure.start));
}

/** "an overall headcount reduction of six", "a net loss of 120 jobs" closing the figure's phrase. */
const NET_FIGURE_RE =
  /\b(?:overall|net)\s+(?:(?:headcount|job|staff|workforce)\s+)?(?:reduction|loss|cut|decrease)\s+of\s+(?:about\s+|around\s+|some\s+)?[\w,.]+(?:\s+(?:jobs|roles|posts|positions))?$/i;

/** A figure told as a floor: "at least 1,500", "a minimum of 300", "no fewer than 90". */
const LOWER_BOUND_RE = /\b(?:at\s+least|a\s+minimum\s+of|no\s+fewer\s+than)\s+\d/i;
/** ", according to …" later in the figure's sentence: the figure is someone else's. */
const CREDITED_AFTER_RE = /^[^.;!?]{0,120}?,\s+according\s+to\s/i;

/** A figure told as approximate: "nearly 2,400", "about 1,500", "some 900". */
const APPROXIMATE_RE =
  /\b(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|just\s+(?:under|over)|more\s+than|over|upwards\s+of)\s+\d/i;

/**
 * True when the figure's phrase is told as approximate, its modifier inside it or just before it: the phrase may
 * start at the number ("About 2,500 jobs could go") or hold it ("the jobs of over 900 workers").
 */
function toldApproximately(work: string, figure: NonNullable<Draft['figure']>): boolean {
  return APPROXIMATE_RE.test(work.slice(Math.max(0, figure.start - 16), figure.end));
}
