import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { parseCount } from './numbers.js';

/** A figure of a round-up that belongs to another company than the clause's first one. */
export interface RoundupFigure {
  org: string;
  count: number;
  /** Where the figure's own words end (for the evidence and the next figure). */
  end: number;
  /** A date of its own follows ("… and Marlow 1,500 in 2024"): the first company's date is not this one's. */
  dated?: boolean;
}

/** A whole figure in digits ("2,000", "1 500", "450"). */
const FIGURE_RE = /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?![\d,.]\d)/g;
/** "… respectively" or "… each" after the figures ("sacked 200 and 1,040 staff each"): paired in order. */
const RESPECTIVELY_RE = /^[^.;:]{0,60}?\b(?:respectively|each)\b/;

/**
 * "Kestrel and Marlow have cut 2,000 and 1,500 jobs respectively": as many figures as listed companies, paired in
 * order. `figureText` is the figure's phrase (which reads "2,000 and 1,500 jobs" as one range); null unless the
 * sentence says "respectively" (or "each") after it and the counts match.
 */
export function respectiveFigures(
  work: string,
  orgs: string[],
  figure: { start: number; end: number },
  sentenceEnd: number,
): RoundupFigure[] | null {
  if (orgs.length < 2 || !RESPECTIVELY_RE.test(work.slice(figure.end, sentenceEnd))) return null;
  // The figures run from the phrase to "respectively": "2,000 and 1,500 jobs", "2,000, 1,500 and 900 jobs".
  const span = work.slice(figure.start, Math.min(sentenceEnd, figure.end + 40));
  const stop = span.search(/\b(?:respectively|each)\b/);
  const counts: Array<{ count: number; end: number }> = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(span); m !== null && (stop < 0 || m.index < stop); m = FIGURE_RE.exec(span)) {
    const c = parseCount(m[0]).count;
    if (c !== null) counts.push({ count: c, end: figure.start + m.index + m[0].length });
  }
  if (counts.length !== orgs.length) return null;
  return orgs.map((org, i) => ({ org, count: counts[i]!.count, end: counts[i]!.end }));
}

/**
 * "Kestrel has announced 2,000 job cuts and Marlow 1,500": a second company and its own figure with the verb left
 * out. Returns that company's figure when such a pair directly follows the figure ending at `end`.
 */
export function gappedFigure(
  ctx: DocContext,
  end: number,
  sentenceEnd: number,
  actor: string | null,
): RoundupFigure | null {
  const tail = ctx.work.slice(end, Math.min(sentenceEnd, end + 80));
  // "… and Marlow 1,500", or a list: "… 300 workers, Marlow 400 and Tamsa 120" (called again after each figure).
  const lead =
    /^(?:\s+(?:in|last|this|on|during)\s+[^,;.\d]{0,20}?\d{0,4})?(?:,?\s+(?:and|while|whereas|with)\s+|,\s+)/.exec(
      tail,
    );
  if (!lead) return null;
  const at = end + lead[0].length;
  const org = mentionsIn(ctx, at, at + 1)[0];
  if (!org || !isOrg(org) || org.id === actor) return null;
  const rest = GAPPED_RE.exec(ctx.work.slice(org.end, Math.min(sentenceEnd, org.end + 40)));
  if (!rest) return null;
  const count = parseCount(rest[1]!).count;
  return count === null ? null : { org: org.id, count, end: org.end + rest[0].length, dated: !!rest[2] };
}

/**
 * After the second company: its figure, then the end of the clause, the next of a list or a date of its own ("… and
 * Marlow 1,500.", "… and Marlow about 900 jobs,", "…, Marlow 400 and Tamsa 120", "… and Marlow 1,500 in 2024");
 * group 2 is the date's preposition.
 */
const GAPPED_RE =
  /^\s+(?:(?:about|around|roughly|some|nearly|more than|another|a further)\s+)?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\s+(?:more\s+)?(?:jobs|positions|roles|posts|employees|workers|staff))?(?=\s*(?:[.,;]|$)|\s+and\s|\s+(in|last|this|on|during)\b)/;

/** After a figure: a passive verb and "by" ("… announced by", "… cut last year by the"). */
const BY_AGENT_RE =
  /^\s*(?:(?:jobs|positions|roles|posts|employees|workers|staff|layoffs|job cuts|cuts|redundancies)\s+)?(?:(?:that\s+were|which\s+were|were|was)\s+)?(?:announced|unveiled|planned|disclosed|confirmed|made|carried\s+out|implemented|cut|eliminated|shed|axed|laid\s+off)\s+(?:(?:earlier|last\s+\w+|this\s+\w+|in\s+\w+(?:\s+\d{4})?)\s+)?by\s+(?:the\s+)?$/i;

/**
 * "adding to the 2,000 layoffs announced by Kestrel in May": the company after a passive "by" owns the figure,
 * whoever the sentence opened with. Returns its id, or null.
 */
export function passiveAgent(ctx: DocContext, end: number, sentenceEnd: number): string | null {
  const limit = Math.min(sentenceEnd, end + 70);
  for (const m of mentionsIn(ctx, end, limit)) {
    if (!isOrg(m)) continue;
    return BY_AGENT_RE.test(ctx.work.slice(end, m.start)) ? m.id : null;
  }
  return null;
}
