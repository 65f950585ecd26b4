import type { EventKind, EventStatus, Span } from '../types.js';
import type { DateMention } from './dates.js';

/**
 * Where a figure's clause ends. ", and" with a subject or a time of its own opens a clause of its own ("In 2013 it
 * announced 1,000 job cuts, and it sold its insurer after a bailout in 2008"): its date is not the figure's (", and
 * aims to …" goes on with the figure's subject). What a figure "follows" ("The 300 cuts follow a first shrinking a year
 * ago") is dated in its own right, and so is what it comes after ("will cut 1,400 jobs after axing 2,000 last year",
 * "will be cut after a dip in profits last year"). "120 employees at a subsidiary that it had acquired in 2021": what
 * the company once bought or opened is dated in its own right, not the cut; so is the start of the programme a round
 * belongs to ("under a savings plan which began in May 2019") and a purchase the round follows ("will shed 900 roles
 * … following its purchase of Vessla Labs in 2011"); "under a savings plan announced in May" still dates it.
 */
const CLAUSE_END_RE =
  /\s(?:that|which)\s+(?:(?:was|were|had|has\s+been)\s+)?(?:started|began|begun|kicked\s+off|launched)\s+(?:in|on|last|early|late|back)\b|\s(?:after|following)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?(?:acquisition|purchase|takeover|buyout)\s+of\b|\s(?:that|which)\s+(?:it|they|the\s+(?:company|group|firm)|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:had\s+|has\s+)?(?:acquired|bought|purchased|founded|opened|launched|took\s+over|set\s+up|built)\b|,\s+(?:as|which|while|after|because|since|when|although|though|but|who|where)\b|,\s+and\s+(?=(?:it|they|he|she|we|its|their|the|earlier|later|last|this|in|on|since|then|\p{Lu})\b)|\s(?:follows?|followed|comes\s+(?:(?:\S+\s+){0,3})?after|came\s+(?:(?:\S+\s+){0,3})?after)\s|;|\s[—–-]\s|\s(?:after|following)\s+(?:\p{Ll}+ing\b|(?:a|an|the|its|their)\s+(?:\S+\s+)?(?:dip|drop|fall|slump|loss|losses|decline|plunge|slide|collapse|slowdown)\b)/u;
const SAID_BEFORE_RE =
  /\b(?:said|says|announced|disclosed|confirmed|wrote|reported|told [\w ]{1,30}?)\s+(?:on\s+|in\s+|late\s+|early\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/;

/** "Norrvik on November 26 announced plans to shut …": the day of telling right before its verb. */
const SAID_AFTER_RE = /^\s+(?:said|announced|disclosed|confirmed|unveiled|revealed)\b/;

/**
 * A sentence-opening date adverbial: "In July 2019, …", "On Monday, …", "Earlier this year, …", "Already in May, …",
 * "In a note to shareholders on May 2, …", "In a statement on Tuesday, …" (a weekday's date takes its "on" in).
 */
const OPENING_DATE_BEFORE_RE =
  /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*:\s+)?(?:(?:(?:Before|After) that|Then|Later|Earlier|Previously|Separately|Meanwhile|However|Also|In addition|Since then|By then|At the time),\s+)?(?:(?:Already|Even|Only|Just|And|But)\s+)?(?:(?:(?:In|On|Back in|As of|Earlier|Later)\s+)|(?:When|After|As|Once|Before|Shortly after|Shortly before)\b[^,;:]{0,100}?\s|In\s+(?:a|an|its|the|their)\s[^,;:]{0,50}?\s(?:(?:on|dated)\s+)?)?(?:(?:early|late|mid-?)\s*)?$/iu;

/**
 * The date of a figure: the first resolved date after it in its clause, else one inside it, else one before it in
 * its clause (not in a ", …," aside) or opening the sentence ("In July 2019, …"), else the sentence's
 * announcement date ("…, it said on Thursday"). Target dates ("by 2026") never count; unresolved dates still
 * claim their slot.
 */
export function pickDate(
  work: string,
  dates: DateMention[],
  h: { start: number; end: number },
  next: number,
  prevEnd: number,
  claimed: Set<DateMention>,
  clauseStart: number,
  s: Span,
): DateMention | undefined {
  const cut = CLAUSE_END_RE.exec(work.slice(h.end, next));
  const limit = cut ? h.end + cut.index : next;
  const free = dates.filter((d) => !claimed.has(d) && !d.deadline && !datesHeadcount(work, d));
  // "…, a move that comes two years after it eliminated 5,000 jobs": that span dates what follows it, not the figure.
  const inAfter = free.filter(
    (d) => d.start >= h.end - 1 && d.start < limit && !/\safter$/i.test(work.slice(d.start, d.end)),
  );
  const after = inAfter.find((d) => d.value !== null) ?? inAfter[0];
  const inside = free.find((d) => d.start >= h.start && d.end <= h.end);
  const before = [...free].reverse().find(
    (d) =>
      d.end <= h.start &&
      d.start >= prevEnd &&
      !meetingDay(work, s.start, d, h.start) &&
      ((d.start >= clauseStart &&
        (noCommaBetween(work, d.end, h.start) || DATE_COMMA_TO_RE.test(work.slice(d.end, h.start)))) ||
        // "last cut staff in 2020, when it eliminated 2,300 positions": the "when" clause is in that year.
        WHEN_AFTER_RE.test(work.slice(d.end, h.start)) ||
        (/^\s*,/.test(work.slice(d.end, d.end + 3)) &&
          OPENING_DATE_BEFORE_RE.test(work.slice(clauseOpening(work, s.start, d.start), d.start))) ||
        PARTICIPLE_TAIL_RE.test(work.slice(d.end, h.end)) ||
        isDateline(work, s, d) ||
        ANNOUNCED_ASIDE_BEFORE_RE.test(work.slice(Math.max(s.start, d.start - 60), d.start))),
  );
  // "… 3,000 jobs on top of the 6,000 announced in 2023": a day of telling past the next figure is that figure's.
  const said = free.find(
    (d) =>
      d.value !== null &&
      (d.start < h.start || d.start < next) &&
      (SAID_BEFORE_RE.test(work.slice(Math.max(0, d.start - 40), d.start)) ||
        (d.start < h.start && SAID_AFTER_RE.test(work.slice(d.end, d.end + 16)))),
  );
  let pick = after ?? inside ?? before;
  if ((!pick || pick.value === null) && said) pick = said;
  // "BONN, March 5 — DHL will cut 8,000 jobs this year": "this year" is when the cuts fall; the day of the news
  // (its dateline or "said on Tuesday") dates the round.
  else if (after && pick === after && after.value?.length === 4 && PERIOD_RE.test(work.slice(after.start, after.end))) {
    const day = (said?.value?.length === 10 ? said : undefined) ?? free.find((d) => isDateline(work, s, d));
    if (day?.value?.length === 10) pick = day;
  }
  // "said on 10 February 2021 that it would cut 8,000 jobs …, roughly 9% of the people it employed at the end of
  // 2019": a day-precise announcement date beats a date that follows the figure after a comma.
  else if (
    pick === after &&
    said &&
    said !== after &&
    said.value?.length === 10 &&
    work.slice(h.end, after!.start).includes(',')
  )
    pick = said;
  if (pick) claimed.add(pick);
  return pick;
}

/**
 * "roughly 6% of its 52,000 employees as of March 2023", "9% of the people it employed at the close of 2021": the date
 * tells when the company had that many people, not when the round was told (not "will lay off 700 of its staff at the
 * end of June", where no headcount is told).
 */
const HEADCOUNT_BEFORE_DATE_RE =
  /(?:\b(?:its|their)\s+\d[\d,.]*(?:\s+million)?(?:-strong)?\s+(?:[\p{L}-]+\s+)?(?:staff|employees|workers|workforce|headcount|people)|\b(?:people|staff|employees|workers)\s+(?:it|they)\s+(?:employed|had|employs|has))\s+(?:(?:at|by)\s+the\s+(?:end|close)(?:\s+of)?|as\s+(?:of|at))\s+$/iu;
function datesHeadcount(work: string, d: DateMention): boolean {
  return HEADCOUNT_BEFORE_DATE_RE.test(work.slice(Math.max(0, d.start - 60), d.start));
}

/**
 * Where the clause holding `at` opens: after the last semicolon or spaced dash before it ("… to monstrous cuts — in
 * 2009, the paper cut 70 posts"), else at the sentence start.
 */
function clauseOpening(work: string, from: number, at: number): number {
  const lead = work.slice(from, at);
  let open = from;
  CLAUSE_OPENER_RE.lastIndex = 0;
  for (let m = CLAUSE_OPENER_RE.exec(lead); m !== null; m = CLAUSE_OPENER_RE.exec(lead))
    open = from + m.index + m[0].length;
  return open;
}
const CLAUSE_OPENER_RE = /;\s+|\s[—–-]\s+/g;

/**
 * "General Motors on Tuesday idled a plant in Mexico …, temporarily laying off 6,000 workers": a figure in a participle
 * clause after the comma happens when the main clause's act does.
 */
const PARTICIPLE_TAIL_RE =
  /^[^.;:!?]{0,160},\s+(?:\p{Ll}+ly\s+)?(?:laying|cutting|shedding|eliminating|axing|slashing|idling|furloughing|affecting|putting|leaving|sending|reducing|removing)\b(?:[^,;:]|,(?=\d)){0,60}$/u;

/** "agreed on Friday, September 13, to sell …": a date set off by the comma that closes it, right before the act. */
const DATE_COMMA_TO_RE = /^\s*,\s*to\s+$/;

/** ", when the company said it would cut …", also with one aside in it (", when Kora, under its then chief, said …"). */
const WHEN_AFTER_RE = /^\s*,\s+when\s[^.;:,]{0,80}(?:,[^.;:,]{1,60},[^.;:,]{0,60})?$/;

const PERIOD_RE = /\b(?:this|next|the coming|the current) (?:year|fiscal year)\b/i;

/** "Under the restructuring plan, first set out in September, the group will …": the aside dates the plan. */
/** "In the first, announced in the third week of May, …": an ordinal standing for a round. */
/** "The earlier circular, issued in February, saw 874 employees opt for retirement": a scheme's notice. */
const ANNOUNCED_ASIDE_BEFORE_RE =
  /\b(?:plan|programme|program|restructuring|reorgani[sz]ation|overhaul|strategy|decision|deal|sale|split|cuts|layoffs|job cuts|job losses|redundancies|reductions?|round|wave|scheme|phase|circular|first|second|third|fourth|latest|last)\s*,\s*(?:(?:first|originally|initially|formally)\s+)?(?:announced|unveiled|set out|presented|disclosed|outlined|agreed|approved|launched|issued|opened|introduced)\s+(?:in\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|half)\s+|(?:in|on)\s+)?$/;

/** "LONDON, 14 May 2025 (Meridian Newswire) – …": the date of a dateline opening the sentence. */
function isDateline(work: string, s: Span, d: DateMention): boolean {
  return (
    d.start - s.start <= 60 &&
    DATELINE_AFTER_RE.test(work.slice(d.end, d.end + 48)) &&
    /^[^,\n]{0,50},\s*$/.test(work.slice(s.start, d.start))
  );
}
const DATELINE_AFTER_RE = /^\s*(?:\([^()]{1,40}\)\s*)?[–—-]\s/;

export function statusOf(clause: string, sentence: string, kind: EventKind): EventStatus {
  if (kind === 'earnings') return 'reported';
  if (/\b(?:according to|reportedly|sources|reported|people familiar)\b/i.test(sentence)) return 'reported';
  if (
    /\b(?:plan(?:s|ning|ned)?\s+to|will|would|is set to|are set to|expects? to|intends? to|(?:is|are) expected to|preparing to|could|may|might|considering|weighing|next (?:week|month|year))\b/i.test(
      clause,
    )
  )
    return 'planned';
  if (
    /\b(?:cut|eliminated|laid off|shed|slashed|axed|impacted|affected|let go|has cut|have cut)\b/i.test(clause) &&
    !/\b(?:is|are)\s+(?:cutting|eliminating|laying)\b/i.test(clause)
  )
    return 'completed';
  return 'announced';
}

/**
 * "The works council will meet management today to discuss the 1,500 job cuts": the day of a meeting about a round
 * told before is not the round's date ("met on Monday and agreed to cut 300 jobs" still is).
 */
function meetingDay(work: string, from: number, d: DateMention, figure: number): boolean {
  const lead = work.slice(Math.max(from, d.start - 60), d.start);
  return (
    /\b(?:meet|meets|met|meeting|talks)\b/i.test(lead) &&
    MEETING_BEFORE_RE.test(lead) &&
    TOPIC_BETWEEN_RE.test(work.slice(d.end, figure))
  );
}
const MEETING_BEFORE_RE = /\b(?:meet|meets|met|meeting|(?:hold|holds|held)\s+talks)\b[^.;,:]{0,40}$/i;
const TOPIC_BETWEEN_RE =
  /^\s*(?:,\s*)?(?:to\s+(?:discuss|talk\s+about|negotiate|consider|review)|over|about|on)\s+(?:the|its|their|these|those|planned|proposed)\b[^.;:]{0,40}$/i;

/** True when no comma stands in `work[from, to)` ("In September 2023 Hallberg reorganised …" has none). */
function noCommaBetween(work: string, from: number, to: number): boolean {
  const at = work.indexOf(',', from);
  return at < 0 || at >= to;
}
