import { isPlace } from '../gazetteer/lexicon/places.js';
import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';

const figureOf = (d: Draft) => (d.count !== null ? String(d.count) : (d.countText ?? null));

/**
 * "Kora's 10,000 Job Cuts Explained" in a headline, "About 8,000 jobs to go" in a bullet: a figure whose
 * organization was not named where it stands, or stands in a headline, is the round the text reports with the same
 * figure for exactly one organization elsewhere; it takes that organization so the mentions merge.
 */
export function adoptOrgOfSameFigure(drafts: Draft[]): void {
  const orgsByFigure = new Map<string, Set<string | null>>();
  for (const d of drafts) {
    const f = figureOf(d);
    if (f === null || d.bare || d.cumulative || d.headline || !(d.named || d.generic)) continue;
    const key = `${cutClass(d.kind)}|${f}`;
    const set = orgsByFigure.get(key) ?? new Set();
    set.add(d.org);
    orgsByFigure.set(key, set);
  }
  for (const d of drafts) {
    const f = figureOf(d);
    if (f === null || d.bare || d.cumulative || d.generic || !(d.headline || !d.named) || d.when !== null) continue;
    const orgs = orgsByFigure.get(`${cutClass(d.kind)}|${f}`);
    if (orgs?.size === 1) d.org = [...orgs][0]!;
  }
}

/**
 * "Analysts at Carnegie said the 4,000 cuts …", "“We regret the 4,000 layoffs,” said …": a figure written as a
 * round already spoken of is that round wherever it stands and whoever the clause's subject is, when the text
 * reports a round of the same figure without the definite article. It joins that round (the one of its own
 * organization, else the first) and fills its missing share and date; the drafts left are returned.
 */
export function mergeDefiniteMentions(drafts: Draft[]): Draft[] {
  const plain = new Map<string, Draft[]>();
  for (const d of drafts) {
    const f = figureOf(d);
    if (f === null || d.definite || d.bare || d.cumulative) continue;
    const key = `${cutClass(d.kind)}|${f}`;
    const list = plain.get(key);
    if (!list) plain.set(key, [d]);
    else if (list.length < 50) list.push(d);
  }
  return drafts.filter((d) => {
    const f = figureOf(d);
    if (f === null || !d.definite || d.cumulative) return true;
    const list = plain.get(`${cutClass(d.kind)}|${f}`);
    const round = list?.find((o) => o.org === d.org) ?? list?.find((o) => toldBefore(o, d) || !namedOther(d, o));
    if (!round) return true;
    for (const e of d.evidence) addEvidence(round.evidence, e);
    round.percent ??= d.percent;
    round.when ??= d.when;
    return false;
  });
}

/** Whether round `o` is told before the definite mention `d` (an earlier sentence, or earlier in the same one). */
const toldBefore = (o: Draft, d: Draft) =>
  o.si < d.si || (o.si === d.si && (o.figure?.start ?? 0) < (d.figure?.start ?? 0));

/**
 * "Kestrel Bank said it will cut 1,500 jobs, adding to the 2,000 staff cuts the lender announced in July. Norrvik Bank
 * will also trim 2,000 posts.": a definite figure whose clause names its own organization is not the round of
 * another organization told only after it.
 */
const namedOther = (d: Draft, o: Draft) => d.named && d.org !== null && o.org !== d.org;

/**
 * Where a figure is a part of a round already reported: a place, a unit, "of them", "elsewhere"; or a class of the
 * people it hits, as mining, carmaking and bank news split a round ("2,400 of its own employees and 600 contractor
 * employees", "1,100 permanent employees … 460 contractors", "the layoff includes … 1,400 temporary workers",
 * "1,400 of the employees to be laid off were production staff"); or two figures told side by side, as a split by
 * grade ("190 management and 400 non-managerial employees will go").
 */
const BREAKDOWN_RE =
  /\b(?:in|at|across)\s+(?:its\s+|the\s+)?(?:\p{Lu}|home\b|headquarters|head office|offices?\b|plants?\b|factor|sites?\b|division|unit|business|segment|operations)|\belsewhere\b|\bof (?:them|whom)\b|\binclud(?:ing|es|e)\b|\bdivision\b|\bunit\b|\bsite\b|\bcontractors?\b|\bcontract (?:staff|workers|employees)\b|\b(?:temporary|permanent) (?:workers|employees|staff)\b|\bits own employees\b|\b(?:non-?)?manag(?:erial|ement)\s+(?:employees|staff|workers|roles|positions|jobs)\b|\b\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}?(?:and|plus)\s+(?:(?:about|around|some|roughly|nearly)\s+)?\d|\bof the (?:\p{Lu}[\p{L}-]*\s+)?(?:employees|workers|staff) (?:to be|being) (?:laid off|cut|retrenched|dismissed)\b/u;
/**
 * Where a figure of a unit or site the text says the organization owns is a part of the owner's round: a section of
 * it ("in the engineering section where 665 jobs could be lost", "followed by the mining unit where 152 …"),
 * "elsewhere", "of them" — not a unit acting in a clause of its own ("its Halvern unit will lay 120 workers off").
 */
const OWNED_PART_RE =
  /\b(?:in|at|across|by)\s+(?:its|the)\s+(?:[\p{L}-]+\s+)?(?:section|department|division|unit|business|segment|operations|site|plant|mine|shaft)s?\b|\belsewhere\b|\bof (?:them|whom)\b/u;
/** A count of the round's own jobs: "800 of the roles", "half of the job cuts" (not "of the 9,000 staff"). */
const OF_THE_ROUND_RE =
  /\d\s+of\s+(?:the|these|those)\s+(?:roles|jobs|positions|posts|cuts|job cuts|job losses|reductions|redundancies|layoffs|lay-offs)\b/;
/**
 * The functions a round's jobs fall in, as a breakdown names them after the total ("900 jobs in crop research",
 * "most of the cuts are in corporate functions", "200 positions in sales").
 */
const FUNCTION_PART_RE =
  /\b(?:in|from|across)\s+(?:its\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:R&D|research|functions|administration|administrative\s+(?:roles|functions|staff)|sales|marketing|manufacturing|production|engineering|back[- ]office)\b/u;
/**
 * The rest of a round once a part is told: "with 5,800 additional positions eliminated elsewhere", "a further 2,500
 * in the rest of the world" — "additional" and "further" add to the part before, not to the round.
 */
const ADDED_PART_RE = /\b(?:a\s+)?(?:further|additional)\b/g;
const REMAINDER_RE = /\belsewhere\b|\bin\s+the\s+rest\s+of\s+the\b|\bin\s+other\s+(?:countries|markets|regions)\b/;
/** What makes a figure a round of its own: "another", "a further", "in 2019", "earlier this month". */
const NEW_ROUND_RE =
  /\b(?:(?:years?|months?|weeks?)\s+(?:after|ago|before|earlier)|(?:comes?|came|coming)\s+(?:\w+\s+){0,3}?after|follow(?:s|ing|ed(?!\s+by\b))?|another|a further|further|additional|fresh|new round|second round|third round|latest round|next round|earlier|previous|previously|last (?:year|month|week)|since|in (?:19|20)\d\d|(?:in|last|since|early|late|mid-?)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/**
 * After the figure: ", which will join the 1,600 who took voluntary exits", "on top of 1,600 who left": the figure
 * is told beside another group of exits, as a round of its own, however the first clause places it.
 */
const BESIDE_OTHER_EXITS_RE =
  /^[^.;]{0,80}?(?:,\s*(?:which|who)\s+(?:will|would|are\s+to)\s+join|\bon\s+top\s+of|\bin\s+addition\s+to)\s+(?:the\s+)?(?:(?:about|around|some|roughly|nearly)\s+)?\d/;

/** Whether a sentence telling the round's figure (any mention merged into it) goes on as BESIDE_OTHER_EXITS_RE reads. */
function besideOtherExits(work: string, d: Draft): boolean {
  if (d.count === null) return false;
  const figure = d.count.toLocaleString('en-US');
  return d.evidence.some((e) => {
    // A sentence's first 1,000 characters (bounds the work on text without full stops).
    const text = work.slice(e.start, Math.min(e.end, e.start + 1000));
    const at = text.search(new RegExp(`(?<![\\d,.])${figure}(?![\\d,])`));
    return at >= 0 && BESIDE_OTHER_EXITS_RE.test(text.slice(at + figure.length, at + figure.length + 160));
  });
}

/**
 * "Siemens will cut 6,900 jobs … About 760 more jobs will go in the Process Industries division … 640 at its
 * Mülheim site … just over 1,100 elsewhere in Europe": an undated figure whose clause breaks down a larger round
 * of the same organization reported before (a place, a unit, "of them") is part of that round, not a new one; so
 * is a figure of a unit or site the text says the organization owns ("Tarn Deep is owned by Hallberg Gold … in the
 * engineering section, where 665 jobs could be lost").
 */
export function absorbBreakdowns(work: string, drafts: Draft[], parentOf?: ReadonlyMap<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    let big: Draft | undefined;
    const clause = d.clause ? clauseOf(work, d) : '';
    // "About 800 of the roles are to go in the first round": a part of the round just told, whoever the text is about.
    const partOfRound = !d.named && OF_THE_ROUND_RE.test(clause);
    const owner = d.org !== null && OWNED_PART_RE.test(clause) ? parentOf?.get(d.org) : undefined;
    if (d.count !== null && !d.bare && !d.cumulative && d.when === null && d.clause)
      // The earliest larger round of the organization within 12 sentences (at most 200 drafts back).
      for (let k = out.length - 1; k >= 0 && k >= out.length - 200 && d.si - out[k]!.si <= 12; k--) {
        const b = out[k]!;
        if (
          (b.org === d.org || (partOfRound && d.si - b.si <= 2) || (owner !== undefined && b.org === owner)) &&
          cutClass(b.kind) === cutClass(d.kind) &&
          !b.cumulative &&
          !b.bare &&
          b.count !== null &&
          b.count > d.count
        )
          big = b;
      }
    // The clause up to the figure and what follows it before a comma: "…, most of them contractual" describes the
    // round's own people, it does not make the figure a part of another round.
    if (
      big &&
      (partOfRound ||
        big.org !== d.org ||
        BREAKDOWN_RE.test(clause) ||
        FUNCTION_PART_RE.test(clause) ||
        placeLed(work, d)) &&
      !NEW_ROUND_RE.test(REMAINDER_RE.test(clause) ? clause.replace(ADDED_PART_RE, '') : clause) &&
      !besideOtherExits(work, d)
    ) {
      for (const e of d.evidence) addEvidence(big.evidence, e);
      continue;
    }
    out.push(d);
  }
  return out;
}

/** A sentence opening with a place: "In Germany, 2,500 positions will go", "France will lose 1,200 jobs". */
const PLACE_LEAD_RE = /^\s*(?:(?:In|At|Across)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=[\s,])/u;

/**
 * True when the draft's organization was not named in its clause and its sentence opens with a place: a country's
 * or site's share of a round told before ("In Germany, 2,500 positions will go, while 1,200 … in France").
 */
function placeLed(work: string, d: Draft): boolean {
  const s = d.evidence[0];
  if (d.named || !s) return false;
  const lead = PLACE_LEAD_RE.exec(work.slice(s.start, Math.min(s.end, s.start + 60)));
  return !!lead && isPlace(lead[1]!);
}

/** The figure's clause, cut at the first comma after the figure. */
function clauseOf(work: string, d: Draft): string {
  const end = d.figure ? d.figure.end : d.clause!.start;
  const comma = d.figure ? work.indexOf(',', end) : -1;
  return work.slice(d.clause!.start, comma >= 0 && comma < d.clause!.end ? comma : d.clause!.end);
}

/** A figure told only as a magnitude, and the counts it can stand for. */
const VAGUE_RANGES: Record<string, [number, number]> = {
  dozens: [24, 199],
  hundreds: [100, 999],
  thousands: [1000, 99_999],
};

/**
 * "Kestrel Bank will axe 800 positions. … The bank already began cutting hundreds of jobs this week.": the exact
 * count told in the two sentences before a magnitude, outside a headline (a headline and its body are two tellings
 * the headline rules join).
 */
const toldJustBefore = (countedAt: Map<number, Draft[]>, si: number) =>
  [...(countedAt.get(si - 1) ?? []), ...(countedAt.get(si - 2) ?? [])].filter((e) => !e.headline);

/**
 * "X has reportedly laid off thousands of employees … the airline is laying off 1,800 employees": a round told first
 * as a magnitude and, within the next two sentences, with the one exact count of the same organization that the
 * magnitude covers is one round. Neither clause may mark a round of its own ("another", "last year", "1,800 more"),
 * and a date the magnitude carries must be the count's.
 */
export function foldVagueFigures(
  work: string,
  drafts: Draft[],
  family: (a: string | null, b: string | null) => boolean = () => false,
): Draft[] {
  const dropped = new Set<Draft>();
  // The counted drafts by sentence, so each magnitude looks at its next two sentences only.
  const countedAt = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.count === null || d.cumulative) continue;
    const list = countedAt.get(d.si);
    if (list) list.push(d);
    else countedAt.set(d.si, [d]);
  }
  for (const v of drafts) {
    const range = v.count === null && v.countText ? VAGUE_RANGES[v.countText.toLowerCase()] : undefined;
    if (!range || v.cumulative || v.transaction || !v.clause || NEW_ROUND_RE.test(clauseOf(work, v))) continue;
    // "One of Orsk's largest shoemakers will shed thousands … Kestrel Orsk, a unit of Kestrel, plans to dismiss 6,000": a
    // magnitude whose clause names no one is also the count of the unit, owner or full name told right after.
    const exact = [
      ...(countedAt.get(v.si + 1) ?? []),
      ...(countedAt.get(v.si + 2) ?? []),
      ...(v.si > 0 ? toldJustBefore(countedAt, v.si) : []),
    ].filter((e) => (e.org === v.org || (!v.named && family(v.org, e.org))) && cutClass(e.kind) === cutClass(v.kind));
    const e = exact.length === 1 ? exact[0]! : undefined;
    if (!e || e.count! < range[0] || e.count! > range[1] || !e.clause) continue;
    if (v.when !== null && e.when !== null && v.when !== e.when) continue;
    if (NEW_ROUND_RE.test(clauseOf(work, e)) || /\bmore\b/i.test(work.slice(e.figure?.start ?? 0, e.figure?.end ?? 0)))
      continue;
    for (const s of v.evidence) addEvidence(e.evidence, s);
    e.when ??= v.when;
    e.percent ??= v.percent;
    dropped.add(v);
  }
  return dropped.size === 0 ? drafts : drafts.filter((d) => !dropped.has(d));
}
