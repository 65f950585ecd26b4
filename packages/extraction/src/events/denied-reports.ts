import type { Span } from '../types.js';
import { type Draft, cutClass } from './draft.js';

/**
 * A round an outlet reported and the company denied: "Norrvik may cut 2,000 jobs, the Daily Courier reported on
 * Saturday. … Norrvik denied the report." or "Norrvik denied a report that it planned to cut a further 2,000 jobs". The
 * report's figure is no round of the company's. A denial that turns to what the company does confirm ("denied
 * reports that it would close the plant, but said 500 jobs would go") keeps the confirmed figure, and a report the
 * company confirms stays a round.
 */
const DENIAL_RE =
  /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:the|a|an|these|those|such|this|that)\s+)?(?:(?:media|press|newspaper|magazine|news|earlier)\s+)?(?:reports?|plans?\s+to)\b/gi;
/** A word DENIAL_RE cannot match without (same case rule). */
const DENIAL_VERB_RE = /deni|deny|reject|dismiss/i;
/** The report told in the round's own sentence ("… the Daily Courier reported", "according to a report in …"). */
const REPORTED_RE = /\breport(?:ed|s)?\b/i;
/** The denial's clause ends where the sentence turns to something else. */
const TURN_RE = /[,;]|\b(?:but|however|while|although|though|yet)\b/i;
/** How many sentences apart a report and its denial may stand. */
const NEAR = 6;

/** Where the denials stand: each denial sentence's index and the end of its denial phrase. */
function denialsIn(work: string, sentences: readonly Span[]): Map<number, number> {
  const found = new Map<number, number>();
  // Most texts hold none of DENIAL_RE's verbs: one scan for them instead of the expression on every sentence.
  if (!DENIAL_VERB_RE.test(work)) return found;
  sentences.forEach((s, si) => {
    DENIAL_RE.lastIndex = 0;
    const m = DENIAL_RE.exec(work.slice(s.start, s.end));
    if (m) found.set(si, s.start + m.index + m[0].length);
  });
  return found;
}

/** True when the round's figure stands inside the denial's own clause ("denied a report that it could cut 2,000 jobs"). */
function figureInDenial(work: string, d: Draft, denialEnd: number, sentence: Span): boolean {
  const f = d.figure;
  if (!f || f.start < denialEnd || f.end > sentence.end) return false;
  return !TURN_RE.test(work.slice(denialEnd, f.start));
}

function isDenied(
  work: string,
  d: Draft,
  sentences: readonly Span[],
  denials: Map<number, number>,
  at: Map<number, number>,
): boolean {
  return d.evidence.some((e) => {
    const si = at.get(e.start);
    if (si === undefined) return false;
    const denialEnd = denials.get(si);
    if (denialEnd !== undefined) return figureInDenial(work, d, denialEnd, sentences[si]!);
    if (!REPORTED_RE.test(e.text)) return false;
    for (const di of denials.keys()) if (Math.abs(di - si) <= NEAR) return true;
    return false;
  });
}

/** Drops the rounds that an outlet reported and the article tells were denied. */
export function dropDeniedReports(work: string, sentences: readonly Span[], rounds: Draft[]): Draft[] {
  const denials = denialsIn(work, sentences);
  if (denials.size === 0) return rounds;
  const at = new Map(sentences.map((s, si) => [s.start, si]));
  const denied = rounds.filter(
    (d) =>
      cutClass(d.kind) === 'cut' &&
      !d.cumulative &&
      (d.count !== null || d.percent !== null) &&
      isDenied(work, d, sentences, denials, at),
  );
  if (denied.length === 0) return rounds;
  // The headline's mention of a denied figure goes with it ("Norrvik may cut 2,000 jobs - paper").
  const same = (a: Draft, b: Draft) => a.org === b.org && a.count === b.count && a.percent === b.percent;
  return rounds.filter((d) => !denied.some((x) => same(x, d)));
}
