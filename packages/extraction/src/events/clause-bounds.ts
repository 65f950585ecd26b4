import { ORIGIN_PARTICIPLES } from '../ner/org-cues.js';

/* Where the clause of an event starts, and the asides inside it that name no actor. */

/**
 * Where a clause ends and the next begins. "… rose after Tarvo agreed to sell …": a clause opened by "after",
 * "before", "because" or "when" with a name has that name as its subject ("two years after Tarvo cut …" is a time
 * comparison inside the clause, no new clause); so does "as" with a name and its verb ("… to step in as Telkora
 * plans to cut …"; not "such as", nor "spun off its arm as Vessamed in 2014"). The lookahead before each lookbehind
 * keeps it from running at every space. "The union said workers would strike after the company said it would lay off
 * 3,600 workers": "after" with "the company said" (or "it said") opens the round's clause too.
 */
const BOUNDARY_RE =
  /;\s|:\s|\s[—–]\s|—|,\s+(?:and|but|while|whereas|though|although|which|then|who|extending|bringing|making)\s|\s(?:but|while|whereas|then)\s|\s(?:under|through|by|in)\s+which\s|(?=\s(?:after|before|because|once|until|when)\s)(?<!\b(?:years?|months?|weeks?|days?|decades?|shortly|soon|long|just|right|immediately))\s(?:after|before|because|once|until|when)\s+(?=(?:the\s+)?\p{Lu}|(?:it|the\s+(?:company|group|firm|carmaker|automaker|bank|lender|airline|carrier|operator|retailer|insurer|manufacturer|maker|employer))\s+(?:said|announced|confirmed|disclosed|revealed)\b)|(?=\sas\s)(?<!\b(?:such|well|known|same|so|as|much|many))\sas\s+(?=(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}\s+(?:plans|planned|prepares|said|says|will|would|is|was|has|had|announced|announces|moves|seeks|cuts|faces)\b)/gu;
/**
 * An opening adverbial clause or phrase ("Shortly before the Norrvik deal, the group …", "According to Norr
 * Research, …"): its names are not the subject.
 */
const SUBORDINATE_RE =
  /^(?:According to|While|Although|Though|As|After|Since|If|When|Because|Even as|Despite|Whereas|Before|Unlike|Like|Following|Joining|Much like|Just like|As with|Along with|Together with|In addition to|Besides|Similar to|Amid|(?:Shortly|Soon|Just|Immediately|Long|Days|Weeks|Months|Years) (?:before|after)|Ahead of|Prior to|In the run-up to|On the back of|Alongside)\b/;
/** Start of the clause ending the sentence head `head` (asides blanked) that begins at offset `from`. */
/** "In 2019, ", "On Monday, ", "Last year, ": a short time adverbial opening the sentence. */
const OPENING_TIME_RE = /^(?:(?:In|On|By|Back in|Last|Earlier this|Later that)\s+[^,]{1,30}|Last year|Earlier),\s+/;
export function clauseStart(head: string, from: number): number {
  let start = from;
  // "In 2019, after the integration of Banco Norte, Tavora agreed …": an opening time adverbial, then the
  // subordinate phrase.
  const time = OPENING_TIME_RE.exec(head);
  const rest = time ? head.slice(time[0].length) : '';
  const lead = time && SUBORDINATE_RE.test(rest.charAt(0).toUpperCase() + rest.slice(1)) ? time[0].length : 0;
  if (lead > 0 || SUBORDINATE_RE.test(head) || TIME_SPAN_OPENING_RE.test(head)) {
    const comma = endOfOpeningList(head, head.indexOf(',', lead));
    if (comma >= 0) start = from + comma + 1;
  }
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(head)) !== null) start = Math.max(start, from + m.index + m[0].length);
  BARE_AND_CLAUSE_RE.lastIndex = 0;
  while ((m = BARE_AND_CLAUSE_RE.exec(head)) !== null) start = Math.max(start, from + m.index + m[0].length);
  return Math.max(start, from + timedAfterClause(head));
}
/**
 * "Two years after Tarvo bought it, Kestrel cut 500 jobs", "A few weeks before the Norrvik deal, …": an opening
 * span of time before or after something is an adverbial; its names are not the subject.
 */
const TIME_SPAN_OPENING_RE =
  /^\p{Lu}[\p{L}-]*\s+(?:[\p{L}-]+\s+)?(?:days?|weeks?|months?|years?|decades?)\s+(?:before|after)\s/u;
/** "the day after Norrvik", "months after Norrvik Bank", "shortly before the Tarvo board": a name a span of time refers to. */
const TIMED_AFTER_RE =
  /\b(?:day|days|week|weeks|month|months|year|years|decades?|shortly|soon|just)\s+(?:after|before)\s+(?=(?:the\s+)?\p{Lu})/gu;
/**
 * "Kestrel shares fell, the day after Norrvik announced 1,200 lay-offs", "…, months after Norrvik Bank cut 300 jobs":
 * a figure inside the clause a span of time opens (no comma, colon or semicolon after it before the figure) is the
 * round of the name after "after"/"before", so the clause starts there. Not "Two years after Tarvo bought it, Kestrel
 * cut 500 jobs" (the comma closes that clause first). Returns the offset in `head` of the span's noun, or 0.
 */
function timedAfterClause(head: string): number {
  let last = -1;
  TIMED_AFTER_RE.lastIndex = 0;
  for (let m = TIMED_AFTER_RE.exec(head); m !== null; m = TIMED_AFTER_RE.exec(head)) last = m.index;
  // The clause keeps its span of time ("two years after …" marks an earlier round for the merging rules).
  return last >= 0 && !/[,;:]/.test(head.slice(last)) ? last : 0;
}
/**
 * "Kestrel has cut 5,400 jobs and Norrvik has announced 4,000 job cuts", "… 5,400 employees and British banks Norrvik
 * and Hallberg have announced …": a bare "and" right after a figure and its noun (at most four words), then a name
 * (with up to two words before it, "British banks") and its own verb, opens a clause with that subject. Not "Norrvik
 * and Hallberg have announced 4,000 …" (no figure before "and"), nor "cut 500 jobs and 20 stores" (no name).
 */
const BARE_AND_CLAUSE_RE =
  /(?=\sand\s)(?<=\d(?:\s+(?!and\b)[\p{L}'’-]+){1,4})\sand\s+(?=(?:the\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}["“]?\p{Lu}[\p{L}\p{N}&.'’-]*["”]?(?:\s+(?:and\s+)?["“]?\p{Lu}[\p{L}\p{N}&.'’-]*["”]?){0,4}\s+(?:(?:also|now|then|itself)\s+)?(?:has|have|had|is|are|was|were|will|would|plans|planned|announced|said|says|cut|cuts|laid|lays|shed|sheds|axed|slashed|eliminated)\b)/gu;
/** One more name of a list between commas: " Marlow", " Vessa and Kestrel Air" (no verb, no lower-case word). */
const LIST_ITEM_RE =
  /^\s*(?:(?:and|or)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:and|or|&)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*\s*$/u;
const LIST_END_RE = /(?:^|\s)(?:and|or|&)\s/;
/**
 * "Joining Kestrel, Marlow and Vessa, Norrvik fired 400 workers": an opening phrase that lists names ends at the
 * comma after the list's last item (the one joined by "and"/"or"), not at the comma inside the list. Returns the
 * offset of that comma, else `first`.
 */
function endOfOpeningList(head: string, first: number): number {
  if (first < 0) return first;
  let at = first;
  let end = first;
  // Bounded: a list of at most 12 items is looked through.
  for (let k = 0; k < 12; k++) {
    const next = head.indexOf(',', at + 1);
    if (next < 0) break;
    const item = head.slice(at + 1, next);
    if (!LIST_ITEM_RE.test(item)) break;
    at = next;
    if (LIST_END_RE.test(item)) end = next;
  }
  return end;
}
/**
 * ", backed by Hallberg Ventures,", ", formed in 2001 when Dunmore and Arkwright merged,": an aside that tells how the
 * name before it came about; the names inside it do not act in the clause.
 */
const ORIGIN_ASIDE_RE = new RegExp(
  `,\\s+(?:which\\s+was\\s+)?(?:${ORIGIN_PARTICIPLES}|created)\\s+(?:in|by|on|as|from|through)\\s[^,;]*,`,
  'g',
);
/**
 * ", publisher of Italy's largest daily, the Norrvik Post, and of Spain's El Halden, is also planning …": a role
 * without an article ("publisher of", "owner of", "parent of") whose list of titles or brands holds commas of its
 * own, up to the comma before the clause's verb; the names it lists do not act in the clause.
 */
const OWNER_ASIDE_RE =
  /,\s+(?:publisher|owner|parent|operator|maker|producer|manufacturer)\s+of\s[^.;]{0,120}?,(?=\s+(?:(?:is|are|was|were|has|have|had|will|would|also|now|plans|said|says)\b))/g;
/**
 * ", the parent company of 14 brands with Norrvik, Hallberg, and Lomm as its best-known names, wants to cut …": the
 * same role told with "the", its list holding commas of its own, up to the comma before the clause's verb (a
 * single-comma ", the …," appositive is blanked below).
 */
const THE_OWNER_ASIDE_RE =
  /,\s+the\s+(?:parent(?:\s+company|\s+group)?|owner|holding\s+company)\s+of\s[^.;,]{1,80},[^.;]{0,120}?,(?=\s+(?:(?:is|are|was|were|has|have|had|will|would|also|now|plans|wants|aims|intends|said|says)\b))/g;
/**
 * Replaces parentheses, ", the …," appositives, ", which …," asides, origin asides (ORIGIN_ASIDE_RE) and owner asides
 * (OWNER_ASIDE_RE, THE_OWNER_ASIDE_RE) by spaces (same length). An appositive's closing comma stays before "which"/"who": it opens a relative clause ("Kestrel
 * Group, the parent of Kestrel Air, which said it would cut …").
 */
export function blankAsides(region: string): string {
  if (region.indexOf('(') < 0 && region.indexOf(',') < 0) return region;
  return region
    .replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(ORIGIN_ASIDE_RE, (m) => ' '.repeat(m.length))
    .replace(OWNER_ASIDE_RE, (m) => ' '.repeat(m.length))
    .replace(THE_OWNER_ASIDE_RE, (m) => ' '.repeat(m.length))
    .replace(/,\s+(?:the|a|an|which|who|whose)\s[^,;]*,/g, (m, at: number, all: string) =>
      CLAUSE_NOT_ASIDE_RE.test(m)
        ? m
        : /^,\s+(?:the|a|an)\s/.test(m) && /^\s*(?:which|who)\s/.test(all.slice(at + m.length, at + m.length + 8))
          ? ' '.repeat(m.length - 1) + ','
          : ' '.repeat(m.length),
    );
}
/**
 * "On Tuesday, November 5, the French tyre maker Michelin announced the closure …,": a stretch between commas that
 * opens with an article and holds a verb of its own (no relative pronoun) is the clause itself, not an apposition.
 */
const CLAUSE_NOT_ASIDE_RE =
  /^,\s+(?:the|a|an)\s(?![^,;]*\b(?:that|which|who|whose)\b)[^,;]*\b(?:announced|said|says|will|would|has|had|plans|planned|reported|confirmed|unveiled|disclosed|decided)\b/;
