import { type Draft, cutClass } from './draft.js';

/**
 * The opening figure of a negotiation that ended with another one: "The original proposal of the company was 1,198
 * dismissals", "3,572 exits, below the 4,000 that the bank proposed when talks opened", "had initially told unions
 * that as many as 5,000 posts could go", "Originally estimating a reduction of 3,200 jobs, the company now …". It is the same round told with the figure it no longer has, not a round of
 * its own, once the article reports the round with its final figure.
 */
const NAMED_OPENING_RE =
  /\b(?:original|initial|opening|first|earlier)\s+(?:proposal|offer|figure|plan|target|estimate)\b[^.;!?]{0,60}$/i;
const INITIALLY_RE =
  /\b(?:initially|originally|first)\s+(?:propos(?:ed|ing)|sought|seeking|warned|envisag(?:ed|ing)|intend(?:ed|ing)|target(?:ed|ing)|floated|estimat(?:ed|ing)|expect(?:ed|ing)|plann(?:ed|ing)|consider(?:ed|ing)|weigh(?:ed|ing)|mull(?:ed|ing)|(?:told|informed)\s+(?:\w+\s+){1,3}?that)\b[^.;!?]{0,40}$/i;
/** "below the 4,000", "down from the roughly 4,000", "fewer than the 1,000", "instead of the 458". */
const COMPARED_BEFORE_RE =
  /\b(?:below|above|down\s+from|up\s+from|fewer\s+than|less\s+than|more\s+than|instead\s+of|rather\s+than|against|compared\s+with)\s+the\s+(?:(?:about|around|roughly|some|nearly|up\s+to|as\s+many\s+as)\s+)?$/i;
/** "… that the bank proposed", "… it had warned of", "… initially planned", "… foreseen in the plan". */
const PROPOSED_AFTER_RE =
  /^[^.;!?]{0,45}?\b(?:(?:initially|originally|first)\s+(?:planned|proposed|intended|announced|sought)|proposed|sought|warned\s+of|envisaged|foreseen)\b/i;

/** True when the figure at `[start, end)` is told as the opening figure of a negotiation. */
function isOpeningFigure(work: string, sentenceStart: number, start: number, end: number): boolean {
  const before = work.slice(Math.max(sentenceStart, start - 100), start);
  if (NAMED_OPENING_RE.test(before) || INITIALLY_RE.test(before)) return true;
  return COMPARED_BEFORE_RE.test(before) && PROPOSED_AFTER_RE.test(work.slice(end, end + 80));
}

/** Where the evidence sentence holding the figure starts (the figure itself when none holds it). */
function sentenceStartOf(d: Draft, at: number): number {
  return d.evidence.find((e) => e.start <= at && at < e.end)?.start ?? at;
}

/** "company:norrvik" and "division:norrvik-spain" are one group's figures (the parent told of its unit's talks). */
function sameGroup(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const slug = (id: string) => id.slice(id.indexOf(':') + 1);
  const x = slug(a);
  const y = slug(b);
  return x === y || x.startsWith(y + '-') || y.startsWith(x + '-');
}

/** Drops the opening figures of rounds the article reports with their final figure. */
export function dropSupersededProposals(work: string, rounds: Draft[]): Draft[] {
  const opening = new Set<Draft>();
  for (const d of rounds)
    if (d.count !== null && d.figure && cutClass(d.kind) === 'cut' && !d.cumulative)
      if (isOpeningFigure(work, sentenceStartOf(d, d.figure.start), d.figure.start, d.figure.end)) opening.add(d);
  if (opening.size === 0) return rounds;
  const final = rounds.filter((d) => !opening.has(d) && d.count !== null && cutClass(d.kind) === 'cut');
  return rounds.filter((d) => !opening.has(d) || !final.some((f) => f.count !== d.count && sameGroup(f.org, d.org)));
}
