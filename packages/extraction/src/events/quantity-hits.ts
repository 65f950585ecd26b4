import type { Span } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { F } from './trigger-lexicon.js';
import { type SentenceFigures, createSentenceFigures } from './sentence-figures.js';
import { ONE_IN_OF, ONE_OF_STAFF, type ParsedCount, parseCount, parsePercent, percentValue } from './numbers.js';
import {
  APPOSITIVE_COUNT_RE,
  EARNINGS_RE,
  INVESTMENT_RE,
  PERCENT_OF_WORKFORCE,
  QUANTITY_RULES,
  type QuantityRule,
} from './triggers.js';

/** A figure tied to a trigger in one sentence. Offsets index the document. */
export interface QuantityHit {
  kind: 'layoff' | 'restructuring' | 'hiring' | 'earnings' | 'investment';
  start: number;
  end: number;
  /** Where the subject search stops (the verb or noun of the rule). */
  trigger: number;
  count: number | null;
  countText?: string;
  percent: number | null;
  /** "the cuts affect hundreds": the figure describes cuts already mentioned. */
  definite: boolean;
  /** A running total ("bringing the total to 27,000"). */
  cumulative?: boolean;
  /** A count worked out, not written ("from 91,500 to 74,000" → 17,500). */
  derived?: boolean;
  /** The headcount of a site that closes (see site-headcounts.ts). */
  siteStaff?: boolean;
}

/** Rules whose match starts at the figure or the workforce noun: the subject is looked for before the match. */
const AT_START = new Set([
  'passive',
  'quantity-noun',
  'workforce-shrinks',
  'at-risk',
  'voluntary',
  'voluntary-leave',
  'programme-leave',
  'surplus',
]);
/**
 * "10% of its 40,000 staff", "a quarter of the group's 52,000 jobs", "most of the steel plant's 4,000 workers", "a third of
 * the group's present headcount of 9,000 people", "2% of Kestrel's UK workforce of 106,000 employees" (not "on top of
 * the 1,500 jobs it removed").
 */
const WORKFORCE_OF_RE =
  /(?:%|\bper\s?cent|\d|\b(?:thirds?|quarters?|half|fifths?|tenths?|most|all|many|some|part|share|proportion|portion|one|two|three))\s+of\s+(?:its|their|the|the\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+['’]s|\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s)\s+(?:(?:total|global|entire|overall|current|existing|present|domestic|worldwide|local)\s+){0,2}(?:(?:\p{Lu}[\p{L}.-]*\s+)?(?:workforce|headcount)\s+of\s+)?(?:(?:about|around|roughly|some|nearly|more than|over|approximately|almost)\s+)?$/u;
/** A determiner a quantity may open with ("the 9,800", "its 54,000"). */
const DETERMINER_LEAD_RE = /^(?:the|its|their)\s+/i;
/** After a share, its count: ", or about 6,000 people", " – about 1,800 jobs –", " (roughly 900 roles)". */
const SHARE_THEN_COUNT_RE =
  /^\s*(?:[,(—–-]?\s*(?:or|that is|i\.e\.|meaning)\b|[(—–]\s*(?:(?:about|around|roughly|some|nearly|approximately|almost)\s+)?\d)/;
/** "roughly one in ten jobs": the quantity's last word opens a share. */
const ONE_IN_INSIDE_RE = new RegExp(`\\b(?:one|1)\\s+in\\s+(?:every\\s+)?${ONE_IN_OF}\\b`, 'i');
/** "one job in every ten", "one worker out of every 8": a share told with what it counts (gate for the share scan). */
const ONE_OF_STAFF_GATE_RE = new RegExp(`\\b(?:one|1)\\s+${ONE_OF_STAFF}\\s+(?:in|out)\\b`, 'i');
/** "one in five", "one job in four", "one in every three", "one position out of every eight": a share, not one job. */
const ONE_IN_RE = new RegExp(
  `^(?:one|1)\\s+(?:${ONE_OF_STAFF}\\s+)?(?:in|out\\s+of)\\s+(?:every\\s+)?${ONE_IN_OF}\\b`,
  'i',
);
/**
 * "That is roughly 9% of …", "That leaves 30 per cent of the workforce …", "The 7,500 figure amounts to 6% of …",
 * "The adjustment represents 13% of the staff", "The early retirement programme, open to staff over 45, is equivalent to 30% of
 * the unit's staff", "The workers, representing nearly a tenth of the airline's workforce, …", "Those employees account
 * for around 5% of Kestrel's full-time staff" (not "Those plants account for …"): a share of the round just reported.
 */
const ANAPHORIC_SHARE_RE =
  /^(?:That|This|It|Which|The (?:[\d,.]+\s+)?(?:[\w-]+\s+){0,2}?(?:figure|number|total|reduction|cut|cuts|job cuts|layoffs|move|plan|reductions|job losses|restructuring|redundancies|programme|program|scheme|measures|job reductions|adjustments?|departures|exits|dismissals|retirements)(?:,[^,;]{1,120},)?)\s+(?:(?:is|was|would|will|could)\s+)?(?:(?:roughly|about|around|nearly|some|almost|be)\s+)?(?:is|was|represents?|represented|amounts? to|amounted to|equals|equates to|accounts? for|corresponds to|means|meant|leaves|left|leave|affects?|affected)\b|^The\s+(?:[\w-]+\s+)?(?:workers|employees|staffers|jobs|positions|roles),\s+(?:representing|accounting\s+for|equivalent\s+to|equal\s+to)\b|^(?:Those|These)\s+(?:[\w-]+\s+)?(?:workers|employees|staffers|jobs|positions|roles|applicants)\s+(?:account(?:s|ed)?\s+for|represent(?:s|ed)?|make\s+up|made\s+up)\b/;
/** "X said that this would affect around 10% of …": the same, told as what the company said. */
const REPORTED_SHARE_RE =
  /\b(?:said|says|added|estimated|estimates)\s+(?:that\s+)?(?:this|that|it|the\s+(?:cuts|move|plan|reduction|measures))\s+(?:would|will|could)\s+(?:affect|hit|represent|amount\s+to|equal|mean)\s+(?:[a-z]+\s+){0,3}$/;
/**
 * A share of the workforce a plan touches, told without a cut verb: "Around 10% of the workforce will be affected",
 * "The measures will affect just under 10 percent of the company's staff" (not "affected by the pay freeze").
 */
const AFFECTED_RE =
  /\b(?:(?:be|been|are|is|were|was)\s+(?:directly\s+)?(?:affected|impacted)|(?:will|would|could|may|to)\s+(?:directly\s+)?(?:affect|impact)|affects|impacts)\b(?!\s+by\s+(?!(?:(?:the|a|an|its|this|these)\s+)?(?:cuts?\b|job|plans?\b|measures?\b|restructur|reorgani|closures?\b|layoffs?\b|redundanc|changes?\b|moves?\b|programm?e?s?\b|decision\b|shutdown\b|realignment\b)))/;
/**
 * A sentence opening with a round already told and its share: "The workforce reduction of about …", "The layoffs,
 * which equate to 19% of the bank's workforce, come on top of the 3,000 job cuts announced earlier".
 */
const SUBJECT_SHARE_RE =
  /^(?:The|This|That)\s+(?:[\w-]+\s+)?(?:(?:reduction|cut|cuts|job cuts|layoffs|lay-offs|redundancies|downsizing)\s+of|(?:cuts|job cuts|layoffs|lay-offs|redundancies|job losses),\s+which\s+(?:would\s+|will\s+)?(?:equate|amount|correspond|represent|account)s?(?:\s+(?:to|for))?)\s+(?:(?:about|around|roughly|nearly|some|almost|approximately)\s+)?$/;
/** "X's workforce will therefore shrink by 13%": a share worked out from the round just told. */
const CONSEQUENCE_RE = /\b(?:therefore|thus|consequently|as a result(?! of))\b/i;
/** "the cuts", "those 4,000 job losses", "the planned 300 redundancies": a round already spoken of. */
const DEFINITE_BEFORE_RE = /\b(?:the|these|those|this|its|their|such)\s+(?:[\w,.-]+\s+){0,2}$/i;
/** "850 jobs, or about …", "300 workers at Tarvo, representing some …": a count the share after it restates. */
const RESTATED_COUNT_BEFORE_RE =
  /\d[\d,.]*\s+(?:[\p{L}-]+\s+)?(?:jobs|positions|posts|roles|employees|workers|people|staff)(?:\s+[\p{L}-]+){0,3}?,?\s+(?:or|representing|equal\s+to|equivalent\s+to)\s+(?:(?:about|around|nearly|roughly|some|almost|just\s+over|more\s+than|close\s+to)\s+)?$/iu;
const PART_BEFORE_RE =
  /\b(?:including|among them|of which|of whom)\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+)?$/i;
/**
 * A currency sign or abbreviation right before the figure: "$1,000", "€500", "Rs 1000 crore" (Indian news writes
 * sums in crore and lakh, which the figure parser scales like headcounts), "Ksh 200".
 */
const CURRENCY_BEFORE_RE = /(?:[$€£¥₹₦]|\b(?:Rs\.?|INR|Rp|RM|Ksh|KSh|Kes|Sh)\s?)$/;
/** "$2 billion", "9%", "10 percent of its employees": after the number, money or a share (no count of jobs). */
const MONEY_OR_SHARE_AFTER_RE =
  /^(?:\s*%|\.\d|\s*(?:billion|million|trillion|bn|mn)\b|\s*(?:percent|per\s?cent|pct|pc)\b)/i;
/**
 * "cutting three to four layers of management", "cut two shifts", "close 40 stores", "plans that affect 12 of its
 * hotels": a bare figure (no job noun) counting things, not jobs — its noun follows, after an optional range's upper
 * end or "of its".
 */
const THINGS_AFTER_RE =
  /^(?:\s*(?:-|–|to|or|and)\s*[\w,.]+)?(?:\s+of\s+(?:its|their|the))?\s+(?:[a-z-]+\s+)?(?:hotels|restaurants|mills|depots|stations|terminals|schools|clinics|pharmacies|supermarkets|cinemas|dealerships|showrooms|refineries|breweries|layers?|levels?|tiers?|plants?|factories|sites?|stores?|shops?|branch(?:es)?|outlets?|offices?|locations?|facilities|lines?|shifts?|brands?|models?|products?|units?|divisions?|businesses|markets?|countries|hubs?|routes?|flights?|aircraft|planes?|vessels?|ships?|mines?|shafts?|warehouses?|cent(?:re|er)s|studios?|titles?|projects?|programm?es?|points?|hours?|days?|weeks?|months?|years?|times|percent|per cent)\b/i;
/** "72 redundancies out of a total of 248 pilots", "from a total of 2,200 posts": the headcount cut from. */
const BASE_TOTAL_BEFORE_RE = /\b(?:from|out\s+of)\s+a\s+total\s+of\s+$/i;
/** Whether quantity `q` at `qAt` is such a headcount ("a total of" before it or opening it). */
function isBaseTotal(body: string, qAt: number, q: string): boolean {
  const opening = /^a\s+total\s+of\s+/i.exec(q)?.[0] ?? '';
  return BASE_TOTAL_BEFORE_RE.test(body.slice(Math.max(0, qAt - 40), qAt) + opening);
}
/** "neither of the two sets of job cuts", "three rounds of layoffs": the figure counts rounds, not jobs. */
const ROUNDS_AFTER_RE = /^\s+(?:sets|rounds|waves|tranches|phases|stages)\s+of\b/i;
/** "Six banks", "four major lenders": a figure counting companies (not "500 bank employees"). */
const COMPANIES_AFTER_RE =
  /^\s+(?:[a-z-]+\s+)?(?:banks|lenders|insurers|companies|firms|employers|telcos|drugmakers|carmakers)\b/i;
const UNFILLED_RE = /\b(?:unfilled|vacant|open)\s+(?:[a-z-]+\s+)?(?:jobs|positions|roles|posts)\b/i;
/** "a reduction of about 22%." closing the sentence (group 1): the size of a cut, as a share. */
const REDUCTION_SHARE_RE =
  /\ba\s+(?:(?:headcount|workforce|staff|job)\s+)?(?:reduction|cut)\s+of\s+(?:(?:about|around|roughly|nearly|some|almost|close to)\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s*[.!]?$/i;
/**
 * "The roughly 2 percent cut to the group's global workforce will …": a sentence opening with the round already told,
 * sized as a share of the workforce (group 1); not "The 2 percent cut in its dividend".
 */
const SIZED_CUT_OPENER_RE =
  /^(?:The|This|That|Its)\s+(?:(?:about|around|roughly|nearly|some|almost|approximately)\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:job\s+|headcount\s+|workforce\s+|staff\s+)?(?:cut|cuts|reduction)\s+(?:to|in|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:workforce|staff|headcount)\b/iu;
/**
 * A share standing alone after a count: " (12%)", ", or about 6 per cent.", " staff or about 12%", ", around 6%,", "posts globally, i.e., about
 * one in eight." — group 1 when in digits.
 */
const BARE_SHARE_AFTER_RE = new RegExp(
  `^(?:\\s+(?:people|employees|workers|staff|jobs|positions|roles))?(?:\\s+(?:worldwide|globally))?(?:\\s*\\(\\s*|\\s*,?\\s*or\\s+|\\s*,\\s*i\\.e\\.,?\\s+|\\s*,\\s*(?=(?:about|around|roughly|nearly|some|approximately|almost|close to)\\s))(?:(?:about|around|roughly|nearly|some|approximately|almost|close to)\\s+)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b|pct\\b|pc\\b)|(?:one|1)\\s+in\\s+${ONE_IN_OF}\\b|(?:a|one)[- ](?:third|quarter|fifth|tenth)\\b)(?:\\s*\\)|(?=\\s*[,.;)—–]|\\s*$|\\s+(?:by|over|within|through|until)\\s+(?:the\\s+end\\s+of\\s+|mid-?|early\\s+|late\\s+)?(?:its\\s+|the\\s+|(?:19|20)\\d\\d\\b|(?:the\\s+)?next\\b)))`,
  'i',
);
/** What joins a share to a share of a second base: " in Asia and about ", ", or roughly ". */
const SECOND_BASE_RE =
  /^(?:\s+(?:in|at|across)\s+[^,.;()%]{1,40}?)?\s*,?\s*(?:and|or)\s+(?:(?:about|around|roughly|nearly|some|approximately|almost|just over|just under)\s+)?$/i;
/** A cut verb and a figure the company owns: "cut its 17,000 …", "slash their 900-strong …". */
const POSSESSED_FIGURE_RE = /^\S+(?:\s+off)?\s+(?:its|their)\s+(?:(?:about|around|roughly|some|nearly)\s+)?\d/i;
/** What the cut is then told by: " by 30%", " by a third", " by about 2,000" (not " by 2025"). */
const CUT_BY_RE =
  /^\s+by\s+(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|over|up to|as much as|as many as)\s+)?(?:(?!(?:19|20)\d\d\b)\d|(?:a|one)[- ](?:third|quarter|fifth|tenth)|half|two[- ]thirds)/i;
/** "phase one of the job cuts", "stage 2", "Round 3": a figure that names a step, not a count. */
/** Rules whose figure is the staff a step touches ("affecting 1,100 workers", "will affect 600 employees"). */
const AFFECT_RULES = new Set(['action-affecting', 'decision-affects', 'could-affect']);
/** A sale as the step: its verb as the rule's trigger word, or its noun opening the sentence ("The sale will affect"). */
const SALE_VERB_RE =
  /^(?:sell|sells|selling|sold|divest|divests|divesting|divested|transfer|transfers|transferring|transferred)$/i;
const SALE_SUBJECT_RE =
  /^(?:The|This|That)\s+(?:planned\s+|proposed\s+)?(?:sale|disposal|divestment|divestiture|transfer|transaction|deal)\s+(?:(?:will|would|could|may|is\s+set\s+to|is\s+expected\s+to)\s+)?$/;
/** ", who will transfer to the buyer", ", who will move to the new owner": the staff go with the business. */
const GO_WITH_SALE_AFTER_RE =
  /^[^.;]{0,40}?\b(?:transfer|move|go|pass)(?:s|red|d)?\s+(?:over\s+)?(?:to|with)\s+(?:the\s+)?(?:buyer|new\s+owners?|acquirer|purchaser)\b/i;

/** The figure at `figureEnd` counts staff handed over in a sale rather than cut (see AFFECT_RULES). */
function soldStaff(body: string, at: number, trigger: string | undefined, figureEnd: number): boolean {
  return (
    (trigger !== undefined && SALE_VERB_RE.test(trigger)) ||
    SALE_SUBJECT_RE.test(body.slice(0, at)) ||
    GO_WITH_SALE_AFTER_RE.test(body.slice(figureEnd, figureEnd + 80))
  );
}
const STEP_BEFORE_RE = /\b(?:phase|stage|step|tier|wave|round|part|chapter|section|article|no\.)\s+$/i;
const CUT_NOUN_END_RE = /\b(?:job cuts|job losses|redundancies|layoffs|lay-offs)$/i;
const IDIOM_RE = /\bby a thousand cuts\b/i;
const RESTRUCTURE_RE = /\b(?:restructur|reorgani[sz]|reorg\b|overhaul)/i;
/**
 * "a petition to restructure roughly 245 billion baht of debt", "a debt restructuring": the company's finances are
 * restructured, not its organization, so a figure beside it stays a round of cuts.
 */
const DEBT_RESTRUCTURING_RE =
  /\b(?:debt|loan|bond)s?\s+restructur\w*|\brestructur\w*\s+(?:[\w,.-]+\s+){0,5}?(?:debts?|loans?|bonds?|liabilities|borrowings)\b/gi;
const LAYOFF_WORD_RE =
  /\b(?:lay(?:s|ing)? off|laid off|layoffs?|job cuts|cut(?:s|ting)?|eliminat\w*|redundanc\w*|slash\w*|shed\w*|fir(?:e|ed|ing)|dismiss\w*|retrench\w*|disengag\w*|job losses|job reductions|ax(?:e|es|ed|ing)|terminat\w*|let(?:ting)? go|pink slips|jobs\s+(?:\w+\s+){0,2}?(?:lost|los(?:e|ing))|los(?:e|ing)\s+(?:their\s+)?jobs|made\s+redundant)\b/i;

/**
 * ", 700 in 2020 and 1,200 last year", "and a further 800 in June", "and a further 800 at its parts unit": more
 * rounds told with the verb of the first, each with a date (or, after "a further", a place) of its own. Group `q`.
 */
const MORE_ROUNDS_RE =
  /(?:\s+(?:in|last|this|on|during)\s+[^,;.]{1,25}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:a\s+further|another|then|some)\s+)?(?<q>\d{1,3}(?:,\d{3})+|\d+)(?:\s+more)?(?=\s+(?:in|last|this|on|during|earlier|later)\b|\s+at\s+(?:its|the|their)\s)/y;

const AT_AFTER_RE = /^\s+at\s/;
/**
 * Gate for PERCENT_OF_WORKFORCE (same flags but `g`): the workforce noun its every match ends with. A share of sales
 * or of the market needs no scan of the sentence for a share's every possible start.
 */
const WORKFORCE_WORD_RE = /workforce|staff|employee|headcount|workers|job|positions?|roles?|people|personnel|force/iu;
const FURTHER_BEFORE_RE = /\b(?:a\s+further|another)\s+[\d,]+(?:\s+more)?$/;

/** "has cut 12,000 jobs since 2022, including 3,000 announced on Tuesday": a new round inside a running total. */
const INCLUDING_NEW_RE =
  /(?:\s+(?:since|in|over|during)\s+[^,;.]{1,25}?)?\s*,?\s+including\s+(?:the\s+)?(?<q>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:jobs|positions|roles|posts))?\s+(?:announced|unveiled|disclosed|confirmed)(?=\s+(?:on|in|last|this|earlier)\b)/y;

/** Adds the rounds that follow a counted cut in an elliptical list (see MORE_ROUNDS_RE); `hits` stays sorted. */
function moreRounds(body: string, offset: number, hits: QuantityHit[]): void {
  const added: QuantityHit[] = [];
  for (const h of hits) {
    if ((h.kind !== 'layoff' && h.kind !== 'restructuring') || h.count === null || h.derived) continue;
    let at = h.end - offset;
    INCLUDING_NEW_RE.lastIndex = at;
    const inc = INCLUDING_NEW_RE.exec(body);
    const incCount = inc ? parseCount(inc.groups!.q!).count : null;
    if (inc && incCount !== null) {
      const start = offset + inc.index + inc[0].lastIndexOf(inc.groups!.q!);
      const end = offset + inc.index + inc[0].length;
      if (!hits.some((o) => start < o.end && end > o.start))
        added.push({ kind: h.kind, start, end, trigger: h.trigger, count: incCount, percent: null, definite: false });
      continue;
    }
    for (let k = 0; k < 12; k++) {
      MORE_ROUNDS_RE.lastIndex = at;
      const m = MORE_ROUNDS_RE.exec(body);
      if (!m) break;
      const q = m.groups!.q!;
      // "in 2023 and Marlow 1,500": a figure's own thousands are no round of their own.
      if (/\d,$/.test(body.slice(m.index, m.index + m[0].length - q.length))) break;
      // "and a further 3,500 at its parts unit": a place or unit instead of a date only after "a further"/"another"
      // ("2,000 in Germany and 1,500 at its US plants" splits one round by site).
      if (
        AT_AFTER_RE.test(body.slice(m.index + m[0].length, m.index + m[0].length + 5)) &&
        !FURTHER_BEFORE_RE.test(m[0])
      )
        break;
      const count = parseCount(q).count;
      // "in 2019, 2020 …": a year is no count.
      if (count === null || (/^\d{4}$/.test(q) && count >= 1900 && count <= 2100)) break;
      const start = offset + m.index + m[0].lastIndexOf(q);
      const end = offset + m.index + m[0].length;
      if (hits.some((o) => start < o.end && end > o.start)) break;
      added.push({ kind: h.kind, start, end, trigger: h.trigger, count, percent: null, definite: false });
      at = m.index + m[0].length;
    }
  }
  if (added.length === 0) return;
  hits.push(...added);
  hits.sort((a, b) => a.start - b.start);
}

/** Tokens of one sentence with their trigger-family bits (see trigger-lexicon). */
export interface SentenceTokens {
  tokens: readonly Token[];
  masks: ArrayLike<number>;
  from: number;
  to: number;
  /** OR of the masks. */
  mask: number;
}

/** True when a token of family `bits` lies at `i` or within `within` tokens after it (same sentence). */
function familyAhead(st: SentenceTokens, i: number, bits: number, within: number): boolean {
  const end = Math.min(st.to, i + within + 1);
  for (let k = i; k < end; k++) if (st.masks[k]! & bits) return true;
  return false;
}

/** The matches of `rule` in one sentence, tried (sticky) at its anchor tokens only; matches do not overlap. */
function ruleMatches(
  rule: QuantityRule,
  body: string,
  offset: number,
  st: SentenceTokens,
  figures: SentenceFigures,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  // The gate (a test of the whole sentence) only once some anchor passes its cheaper token test.
  let gated = rule.gate === undefined;
  for (const i of figures.anchors(rule.anchor)) {
    if (rule.ahead && !familyAhead(st, i, rule.ahead.bits, rule.ahead.within)) continue;
    const t = st.tokens[i]!;
    const prev = i > st.from ? st.tokens[i - 1]! : undefined;
    // "a thousand jobs": a number rule may also start at the article before the number.
    const article =
      rule.anchor === F.number &&
      prev !== undefined &&
      (prev.text === 'a' || prev.text === 'an' || prev.text === 'A' || prev.text === 'An');
    for (let k = article ? 0 : 1; k < 2; k++) {
      const at = (k === 0 ? prev!.start : t.start) - offset;
      if (at < after) continue;
      if (!gated && !(gated = rule.gate!.test(body))) return out;
      rule.re.lastIndex = at;
      const m = rule.re.exec(body);
      if (m !== null) {
        after = m.index + m[0].length;
        out.push(m);
        break;
      }
    }
  }
  return out;
}

/**
 * True when every token `rule` could start at lies inside a hit already found: a sticky match starts at its anchor,
 * so each would overlap that hit and be dropped, and the rule need not run ("cutting 900 jobs" read by the first
 * cut-verb rule is not tried again by the dozen after it). Number rules may also start at an article before the
 * number, so they always run.
 */
function anchorsCovered(
  rule: QuantityRule,
  st: SentenceTokens,
  figures: SentenceFigures,
  hits: readonly QuantityHit[],
): boolean {
  if (hits.length === 0 || rule.anchor === F.number) return false;
  for (const i of figures.anchors(rule.anchor)) {
    const at = st.tokens[i]!.start;
    if (!hits.some((h) => at >= h.start && at < h.end)) return false;
  }
  return true;
}

/** A union's membership told as a share: "unions, which represent more than 80% of", "the union organises 60% of". */
const MEMBERSHIP_BEFORE_RE =
  /\b(?:unions?|federations?|confederations?)\b[^.;]{0,40}?\b(?:represents?|representing|organi[sz]es?|organi[sz]ing|counts?\s+among\s+its\s+members)\s+(?:(?:more\s+than|over|about|around|nearly|some|roughly|almost|at\s+least)\s+)?$/i;

/** ", totalling 380," after a share: the count of the people the share is, told bare between commas. */
const TOTAL_AFTER_SHARE_RE =
  /\s*,\s*(?:totall?ing|numbering)\s+(?:(?:about|around|roughly|some|nearly|approximately)\s+)?(?<q>\d{1,3}(?:,\d{3})+|\d{2,})(?=\s*[,;.)])/y;

/** "12% of the total employees, totalling 380, will be hit": the bare count after the share, or null. */
function totalAfterShare(body: string, at: number): RegExpExecArray | null {
  TOTAL_AFTER_SHARE_RE.lastIndex = at;
  return TOTAL_AFTER_SHARE_RE.exec(body);
}

/**
 * A year, then a noun of cuts: "2015 cuts", "2019 job cuts", "2023 layoffs" (not a round hundred: "the 2000 layoffs"
 * is as likely a count written without its comma).
 */
const YEAR_CUTS_RE =
  /^(?:199[1-9]|20(?!00)[0-3]\d)\s+(?:job\s+)?(?:cuts|layoffs|lay-offs|redundancies|reductions|job\s+losses)\b/;

/**
 * "The 2019 cuts, which leave out disposals, equal …", "its 2019 layoffs": a year between a determiner and a
 * noun of cuts names when they were made, it counts nothing ("The 2,015 cuts", "cut 2015 jobs" still count).
 */
function isYearOfCuts(body: string, numberAt: number): boolean {
  return (
    YEAR_CUTS_RE.test(body.slice(numberAt, numberAt + 24)) &&
    /\b(?:[Tt]he|its|their|[Tt]his|[Tt]hose|[Tt]hese)\s+$/.test(body.slice(Math.max(0, numberAt - 7), numberAt))
  );
}

/**
 * A count, then its staff noun in quotation marks: "had laid off about 900 “surplus staff”", "900 'Surplus
 * Workers'". The marks stand for the writer's distance from the word, not for another thing counted.
 */
const QUOTED_STAFF_RE =
  /(?<=\d\s{1,2})["“'‘](?=(?:[A-Za-z-]+\s){0,2}(?:staff|staffers|workers|employees|personnel|jobs|positions|roles|people|hands)["”'’](?![A-Za-z]))|(?<=\d\s{1,2}["“'‘](?:[A-Za-z-]+\s){0,2}(?:staff|staffers|workers|employees|personnel|jobs|positions|roles|people|hands))["”'’]/gi;

/** `body` with the quotation marks around a counted staff noun (QUOTED_STAFF_RE) turned into spaces (same length). */
function unquoteStaffNouns(body: string): string {
  return /\d\s{1,2}["“'‘]/.test(body) ? body.replace(QUOTED_STAFF_RE, ' ') : body;
}

/**
 * All figures of sentence `s`: job counts and shares of the workforce tied to a cut or hire, earnings moves
 * and investment amounts. Overlapping hits keep the first rule's reading; a share of the workforce joins the
 * count it stands next to ("10% of staff, or about 8,000 jobs"), else stands alone.
 */
export function findQuantityHits(work: string, s: Span, st: SentenceTokens): QuantityHit[] {
  const body = unquoteStaffNouns(work.slice(s.start, s.end));
  const hits: QuantityHit[] = [];
  const overlaps = (a: number, b: number) => hits.some((h) => a < h.end && b > h.start);
  // "cut its workforce by a third": a share in words is a figure too.
  const numeric = (st.mask & (F.number | F.percent)) !== 0;
  const figures = createSentenceFigures(st);
  for (const rule of numeric ? QUANTITY_RULES : []) {
    if (!(st.mask & rule.anchor) || (rule.needs && !(st.mask & rule.needs))) continue;
    if (anchorsCovered(rule, st, figures, hits)) continue;
    for (const m of ruleMatches(rule, body, s.start, st, figures)) {
      if (body[m.index - 1] === '-') continue;
      const g = m.groups ?? {};
      const q = g.q ?? g.qb;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || IDIOM_RE.test(body.slice(Math.max(0, m.index - 5), m.index + m[0].length))) continue;
      const qAt = q ? body.indexOf(q, m.index) : -1;
      // "$2 billion", "costs of about 1.5 billion crowns", "9%", "Rs 1000 crore": money and shares are no job counts.
      if (
        q &&
        (CURRENCY_BEFORE_RE.test(body.slice(Math.max(0, qAt - 5), qAt)) ||
          MONEY_OR_SHARE_AFTER_RE.test(body.slice(qAt + q.length, qAt + q.length + 12)))
      )
        continue;
      // "10% of its 40,000 staff": the size of a workforce; "one in five jobs": a share (read below). The quantity
      // may hold the determiner itself ("16% of the 9,800 people employed" reads "the 9,800").
      const numberAt = q ? qAt + (DETERMINER_LEAD_RE.exec(q)?.[0].length ?? 0) : -1;
      if (
        q &&
        (WORKFORCE_OF_RE.test(body.slice(Math.max(0, numberAt - 60), numberAt)) ||
          ONE_IN_RE.test(body.slice(qAt, qAt + 40)) ||
          ONE_IN_INSIDE_RE.test(body.slice(qAt, qAt + q.length + 16)) ||
          // "One in four executive roles will go": the second number of a share.
          /\b(?:one|1)\s+in\s+$/i.test(body.slice(Math.max(0, qAt - 8), qAt)))
      )
        continue;
      if (q && STEP_BEFORE_RE.test(body.slice(Math.max(0, qAt - 12), qAt))) continue;
      if (q && isBaseTotal(body, qAt, q)) continue;
      if (q && isYearOfCuts(body, numberAt)) continue;
      // "The sale will affect 1,200 employees, who will transfer to the buyer", "sell its dairy unit to X, a move
      // affecting 1,200 employees": the staff a sale hands over keep their jobs (a closure's figure stays).
      if (AFFECT_RULES.has(rule.name) && q && soldStaff(body, m.index, g.cn, qAt + q.length)) continue;
      // "cut its 17,000 management and support staff by 30%": the figure after "its" is the staff the share cuts.
      if (
        (rule.name === 'verb-quantity' || rule.name === 'verb-jobs') &&
        POSSESSED_FIGURE_RE.test(m[0]) &&
        CUT_BY_RE.test(body.slice(m.index + m[0].length, m.index + m[0].length + 40))
      )
        continue;
      if (g.qb && THINGS_AFTER_RE.test(body.slice(qAt + q!.length, qAt + q!.length + 60))) continue;
      if (q && ROUNDS_AFTER_RE.test(body.slice(qAt + q.length, qAt + q.length + 20))) continue;
      // "Six banks have announced layoffs": the figure counts companies, not jobs.
      if (
        rule.name === 'quantity-noun' &&
        q &&
        COMPANIES_AFTER_RE.test(body.slice(qAt + q.length, qAt + q.length + 40))
      )
        continue;
      // "eliminating 19 unfilled positions": posts nobody holds are no cut of staff.
      if (UNFILLED_RE.test(m[0])) continue;
      const parsed: ParsedCount = q ? parseCount(q) : { count: null };
      // "to 40,000 from 45,000": the jobs that go are the difference.
      const from = g.qf ?? g.qf2;
      const to = g.qt ?? g.qt2;
      if (from && to) {
        const diff = (parseCount(from).count ?? 0) - (parseCount(to).count ?? 0);
        if (diff <= 0) continue;
        parsed.count = diff;
      }
      const derived = !!(from && to);
      if (
        g.qb &&
        (parsed.count === null ||
          /million|billion/i.test(q!) ||
          (/^\d{4}$/.test(q!.trim()) && parsed.count >= 1900 && parsed.count <= 2100))
      )
        continue;
      const percent = g.p ? percentValue(g.p) : g.f ? parsePercent(g.f) : null;
      if (parsed.count === null && !parsed.countText && percent === null) continue;
      let matchEnd = end;
      if (percent !== null && parsed.count === null && !parsed.countText) {
        // "its workforce will be cut by a fifth, or about 6,000 people": the count beside the share.
        APPOSITIVE_COUNT_RE.lastIndex = m.index + m[0].length;
        const app = APPOSITIVE_COUNT_RE.exec(body);
        const appCount = app?.groups?.q ? parseCount(app.groups.q) : null;
        if (app && appCount?.count != null && SHARE_THEN_COUNT_RE.test(app[0])) {
          Object.assign(parsed, appCount);
          matchEnd = s.start + app.index + app[0].length;
        }
      }
      const cnAt = g.cn ? body.indexOf(g.cn, m.index) : -1;
      const definite =
        !!rule.anaphoric ||
        (!rule.cumulative && cnAt >= 0 && DEFINITE_BEFORE_RE.test(body.slice(Math.max(0, cnAt - 30), cnAt))) ||
        (parsed.count === null &&
          !parsed.countText &&
          percent !== null &&
          CONSEQUENCE_RE.test(body.slice(0, m.index + m[0].length)));
      const lead = rule.leadIn?.exec(body.slice(Math.max(0, m.index - 20), m.index));
      const trigger = AT_START.has(rule.name)
        ? start
        : cnAt >= 0
          ? s.start + cnAt
          : lead
            ? start - lead[0].length
            : start;
      hits.push({
        kind: rule.kind,
        start,
        end: matchEnd,
        trigger,
        ...parsed,
        percent,
        definite,
        ...(rule.cumulative ? { cumulative: true } : {}),
        ...(derived ? { derived: true } : {}),
        ...(rule.siteStaff ? { siteStaff: true } : {}),
      });
    }
  }
  PERCENT_OF_WORKFORCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const percentish =
    (st.mask & F.percent) !== 0 ||
    body.includes('%') ||
    body.includes('one in ') ||
    body.includes('1 in ') ||
    ONE_OF_STAFF_GATE_RE.test(body);
  let shareEnd = -1;
  const ofWorkforce = percentish && WORKFORCE_WORD_RE.test(body);
  while (ofWorkforce && (m = PERCENT_OF_WORKFORCE.exec(body)) !== null) {
    const start = s.start + m.index;
    let end = start + m[0].length;
    // "some 9% of its staff in Asia and about 1.5% of all 60,000 of its people": the same round's share
    // of a second, wider base — no round of its own and no share for another round.
    const secondBase = shareEnd >= 0 && SECOND_BASE_RE.test(body.slice(shareEnd, m.index));
    shareEnd = m.index + m[0].length;
    if (secondBase) continue;
    const inside = hits.find((h) => start < h.end && end > h.start);
    if (inside) {
      // "about 800 positions, or roughly 3% of the workforce, would be eliminated": the share of that round.
      if (inside.kind === 'layoff' && inside.percent === null && inside.count !== null)
        inside.percent = parsePercent(m[0]);
      continue;
    }
    const percent = parsePercent(m[0]);
    APPOSITIVE_COUNT_RE.lastIndex = m.index + m[0].length;
    const app = APPOSITIVE_COUNT_RE.exec(body) ?? totalAfterShare(body, m.index + m[0].length);
    const appCount = app?.groups?.q ? parseCount(app.groups.q) : null;
    if (app && appCount?.count != null) {
      end = s.start + app.index + app[0].length;
      const covering = hits.find((h) => h.start < end && h.end > start && h.kind === 'layoff');
      if (covering) covering.percent ??= percent;
      else hits.push({ kind: 'layoff', start, end, trigger: start, count: appCount.count, percent, definite: false });
      continue;
    }
    // "up to 14,000 jobs could go, including 15 per cent of its salaried workforce": a part of the round, not its share.
    if (PART_BEFORE_RE.test(body.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "its unions, which represent more than 80% of its 130,000 employees": who a union speaks for, no cut.
    if (MEMBERSHIP_BEFORE_RE.test(body.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "The workforce reduction of about 1 percent of its staff is smaller than the 13,000 job cuts of 2002": the
    // share of the round the sentence opens by naming (told before), not of a round it is compared with.
    if (hits.length > 0 && SUBJECT_SHARE_RE.test(body.slice(0, m.index))) {
      hits.push({ kind: 'layoff', start, end, trigger: start, count: null, percent, definite: true });
      continue;
    }
    // "an ERE that will affect 1,000 workers, around 23% of the staff": a counted procedure's share too.
    const near = hits.filter(
      (h) =>
        (h.kind === 'layoff' || (h.kind === 'restructuring' && h.count !== null)) &&
        h.percent === null &&
        Math.min(Math.abs(h.start - end), Math.abs(start - h.end)) < 40,
    );
    const layoffs = hits.filter((h) => h.kind === 'layoff');
    const reported = REPORTED_SHARE_RE.test(body.slice(Math.max(0, m.index - 120), m.index));
    if (near[0]) near[0].percent = percent;
    else if (layoffs.length === 1 && layoffs[0]!.percent === null) layoffs[0]!.percent = percent;
    // "while the Vakta union put the loss at 850 jobs, or about 9% of the group's staff": the share restates
    // a count no rule took as a round, so it is no round of its own either.
    else if (RESTATED_COUNT_BEFORE_RE.test(body.slice(Math.max(0, m.index - 80), m.index))) continue;
    else if (
      /\b(?:cut|lay|laid|layoffs?|eliminat|slash|shed|reduc|redundan|downsiz|trim|ax|lose|los[st]|go|gone|scrap|retrench|shrink|dismiss|exits|departures|job losses|asked to (?:voluntarily )?leave)/i.test(
        body,
      ) ||
      ANAPHORIC_SHARE_RE.test(body) ||
      reported ||
      AFFECTED_RE.test(body)
    )
      hits.push({
        kind: 'layoff',
        start,
        end,
        trigger: start,
        count: null,
        percent,
        definite:
          DEFINITE_BEFORE_RE.test(body.slice(0, m.index)) ||
          ANAPHORIC_SHARE_RE.test(body) ||
          reported ||
          /\b(?:the|these|those|this)\s+(?:[\w-]+\s+)?(?:cuts|layoffs|lay[- ]offs|reductions?|move|plan|redundancies|dismissals|job losses|losses|exits|departures|retrenchments|measures|eliminations)\b/i.test(
            body.slice(0, m.index),
          ),
      });
  }
  // "… cut its headcount by about 900. That is a reduction of about 22%.": a share of the round just reported.
  if (percentish && hits.length === 0) {
    const reduction = REDUCTION_SHARE_RE.exec(body);
    if (reduction && ANAPHORIC_SHARE_RE.test(body)) {
      const start = s.start + reduction.index;
      const percent = parseFloat(reduction[1]!);
      hits.push({ kind: 'layoff', start, end: s.end, trigger: start, count: null, percent, definite: true });
    }
  }
  const sized = percentish && hits.length === 0 ? SIZED_CUT_OPENER_RE.exec(body) : null;
  if (sized) {
    const start = s.start + sized.index;
    hits.push({
      kind: 'layoff',
      start,
      end: start + sized[0].length,
      trigger: start,
      count: null,
      percent: parseFloat(sized[1]!),
      definite: true,
    });
  }
  // "approximately 400 roles (12%) across the bank", "cut 900 jobs, or 6%.": a bare share right after a count is its
  // share of the workforce.
  if (percentish)
    for (const h of hits) {
      if (h.kind !== 'layoff' && h.kind !== 'restructuring') continue;
      if (h.count === null || h.percent !== null) continue;
      const share = BARE_SHARE_AFTER_RE.exec(work.slice(h.end, h.end + 40));
      if (share) h.percent = share[1] !== undefined ? parseFloat(share[1]) : parsePercent(share[0]);
    }
  for (const [re, kind, ok] of [
    [EARNINGS_RE, 'earnings', percentish && (st.mask & F.earnings) !== 0],
    [INVESTMENT_RE, 'investment', (st.mask & F.invest) !== 0 && body.includes('$')],
  ] as const) {
    if (!ok) continue;
    re.lastIndex = 0;
    while ((m = re.exec(body)) !== null) {
      const start = s.start + m.index;
      const g = m.groups ?? {};
      const amount = g.amt?.replace(/\s+/g, ' ').trim();
      hits.push({
        kind,
        start,
        end: start + m[0].length,
        trigger: start,
        count: null,
        ...(amount ? { countText: amount } : {}),
        percent: g.p ? percentValue(g.p) : null,
        definite: false,
      });
    }
  }
  if (
    hits.length > 0 &&
    (st.mask & F.restructure) !== 0 &&
    RESTRUCTURE_RE.test(body.replace(DEBT_RESTRUCTURING_RE, ' ')) &&
    !LAYOFF_WORD_RE.test(body)
  )
    for (const h of hits) if (h.kind === 'layoff') h.kind = 'restructuring';
  hits.sort((a, b) => a.start - b.start);
  shareByMeans(work, hits);
  moreRounds(body, s.start, hits);
  // "added 1,750 positions in research, bringing the total to 7,150", "added another 1,000 job cuts": jobs added
  // to a round of cuts are cuts.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind !== 'hiring') continue;
    const next = hits[i + 1];
    if (
      CUT_NOUN_END_RE.test(work.slice(h.start, h.end)) ||
      (next?.cumulative && next.kind === 'layoff' && !/[.;]/.test(work.slice(h.end, next.start)))
    )
      h.kind = 'layoff';
  }
  return hits;
}

/** What joins a share to the cut that achieves it: " by ", ", mainly by ", " through ". */
const BY_MEANS_RE = /^\s*,?\s*(?:(?:mainly|largely|chiefly|partly|mostly)\s+)?(?:by|through|via)\s+$/i;

/**
 * "reduce its workforce by at least 15% by furloughing 2,596 workers": the share and the count told as the means of
 * reaching it are one round — the count's hit takes the share (and the share's trigger, for its subject).
 */
function shareByMeans(work: string, hits: QuantityHit[]): void {
  for (let i = hits.length - 2; i >= 0; i--) {
    const h = hits[i]!;
    const n = hits[i + 1]!;
    if (h.kind !== 'layoff' || h.count !== null || h.countText || h.percent === null || h.cumulative) continue;
    if (n.kind !== 'layoff' || n.count === null || n.percent !== null || n.cumulative) continue;
    if (n.start - h.end > 24 || !BY_MEANS_RE.test(work.slice(h.end, n.start))) continue;
    n.percent = h.percent;
    n.start = h.start;
    n.trigger = Math.min(h.trigger, n.trigger);
    hits.splice(i, 1);
  }
}
