import { F } from './trigger-lexicon.js';
import { DEPARTURE_RULES } from './departure-wordings.js';
import { PLAIN_RULES } from './plain-wordings.js';
import { SITE_HEADCOUNT_RULES } from './site-headcounts.js';
import { CLOSURE_CONSEQUENCE_RULES } from './closure-consequences.js';
import { NOTIFIED_STAFF_RULES } from './notified-staff.js';
import { SPANISH_ERE_RULES } from './spanish-ere.js';
import {
  JOB_NOUN,
  ONE_IN_OF,
  ONE_OF_STAFF,
  PERCENT,
  QUANTITY,
  QUANTITY_LEAD,
  QUANTITY_OF_JOBS,
  QUANTITY_OF_JOBS_LEAD,
  QUANTITY_PLAIN,
  SHARE,
} from './numbers.js';

const BARE_QUANTITY = QUANTITY.replace('(?<q>', '(?<qb>');
/**
 * A place or unit between the jobs and their verb: "jobs in North America", "staff at its two plants", "workers in
 * Belgium and the UK" (a second name after "and": capitalised).
 */
const WHERE =
  "(?:\\s+(?:in|at|across|from|within)\\s+(?:(?!(?:that|which|who|and|will|would|could|are|is|were|was)\\b)[\\p{L}\\p{N}.&'’-]+\\s+){0,3}?(?!(?:that|which|who|and|will|would|could|are|is|were|was)\\b)[\\p{L}\\p{N}.&'’-]+(?:\\s+and\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}.&'’-]*)?)?";
/**
 * Where the people work, told with a participle between the jobs and their verb: "640 staff working at its shipping
 * arm", "1,250 staff employed by Vessla Glass" (up to five words, none a verb or a relative word). Only "working",
 * "employed" and "based": "200 workers hired at the plant" is no workplace, nor is "working on the game" (a project).
 */
const WORKING_WHERE =
  "(?:\\s+(?:working|employed|based)\\s+(?:in|at|for|by)\\s+(?:(?!(?:that|which|who|and|will|would|could|are|is|were|was)\\b)[\\p{L}\\p{N}.&'’-]+\\s+){0,4}?(?!(?:that|which|who|and|will|would|could|are|is|were|was)\\b)[\\p{L}\\p{N}.&'’-]+)?";
/**
 * "none of the 5,000 people at Kestrel Oil would lose their jobs": a guarantee that no one goes, no round (nor a round
 * of "000" read from the figure's last digits).
 */
const NOT_NONE_OF = '(?<!\\bnone\\s+of\\s+(?:(?:the|its|their|these|those)\\s+)?[\\d,.]*)';
/**
 * The employer after the jobs, told for certain: "Some 420 employees of Norrvik Drugs Ltd", "nearly 1,350 staffers of
 * the lender" — a capitalised name of up to four words, or "the company/bank/…". Not "of whom", "of them", "of the
 * 900" (a part of a whole, told before the noun in OF_WHOLE), nor a union's or a ministry's members. The voluntary
 * rule requires it ("580 employees of Norrvik Drugs Ltd, the oldest maker in Orsk, have opted for …").
 */
const NAMED_EMPLOYER =
  "(?:\\s+of\\s+(?:(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’()-]*){0,3}(?<!\\b(?:Unions?|Federation|Association|Congress|Council|Ministry|Government))|the\\s+(?:company|firm|group|bank|lender|carrier|airline|plant|factory|mill|mine|state-owned\\s+\\w+)))";
/** NAMED_EMPLOYER or nothing, before the jobs' verb: "Some 420 employees of Norrvik Drugs Ltd were laid off". */
const OF_EMPLOYER = `${NAMED_EMPLOYER}?`;
/** Auxiliaries and adverbs between a subject and its verb: "will still", "could eventually be", "had been temporarily". */
const AUX =
  '(?:will|would|could|can|may|might|are|is|were|was|have|has|had|be|being|been|to|set to|stand to|stands to|stood to|expected to|likely to|also|still|now|eventually|ultimately|probably|potentially|soon|then|all|having|already|temporarily|permanently|indefinitely|reportedly|formally|officially|effectively|gradually|subsequently|initially|directly|immediately|finally|consequently|therefore)';

/** What a company employs, as a whole. */
const WORKFORCE_NOUN =
  '(?:workforce|headcount|staff|staffing|payroll|employees|employment|work force|number of (?:employees|staff|jobs|workers|positions))';
/** The people a headcount counts, told after its first figure ("from about 800 employees to some 500"). */
const PEOPLE_NOUN = '(?:staffers|staff|employees|workers|people|jobs|positions)';
/**
 * Right after "by": not a bare year ("shrink its payroll by 2027", "to trim headcount by 2024]"), which is when,
 * not how many; "by 2000 jobs", "by 2,025" and "by about 2000" stay counts. Nor a day of a month ("will reduce its
 * staff by 15 June"): a date, no figure.
 */
const NOT_A_YEAR = `(?!(?:19|20)\\d\\d\\b(?![,.]\\d)(?!\\s+${JOB_NOUN}))(?!\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\b)`;
/** A headcount written in digits ("45,000", "100 000"). */
/** " in May", " in the first half", " last year", " this quarter": when people left, told before the scheme. */
const LEAVING_PERIOD =
  '(?:\\s+(?:in|during|over|last|this|earlier\\s+this)\\s+(?:the\\s+)?(?:(?:first|second|third|fourth|last|past)\\s+)?(?:year|half|quarter|month|(?-i:January|February|March|April|May|June|July|August|September|October|November|December))(?:\\s+(?:of\\s+)?(?:19|20)\\d{2})?,?)?';
/** "as of September 2023", "since 2015", "over the past decade", "in the last five years": a span, not a round. */
const OVER_A_SPAN =
  '(?:as\\s+of|since\\s+(?:19|20)\\d{2}|(?:over|in|during)\\s+the\\s+(?:past|last|previous)\\s+(?:\\w+\\s+)?(?:years|decade))\\b';
const HEADCOUNT = '\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+';
const ABOUT =
  '(?:(?:about|around|roughly|some|nearly|approximately|just over|just under|more than|fewer than|less than)\\s+)?';
/**
 * Verbs of cutting jobs (present, past, -ing); "lay-off" and "layoff" also as verbs, as many regional dailies and
 * wire headlines write them ("plans to layoff 315 employees").
 */
const CUT_VERB =
  '(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|lay(?:s|ing)?(?:\\s+|-)off|layoff(?!s)|laid\\s+off|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)?|trim(?:s|med|ming)?|chop(?:s|ped|ping)?|let\\s+go(?:\\s+of)?|lets\\s+go\\s+of|letting\\s+go(?:\\s+of)?|fir(?:e|es|ed|ing)|furlough(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|downsiz(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|retrench(?:es|ed|ing)?)';
/**
 * Verbs that cut jobs only when jobs are named ("scrap 2,000 posts", never "scrap 2,000"; "take out about 220 roles",
 * "part with 300 employees", "downsize by 1,200 jobs", "get rid of 500 jobs"; "send home tens of its staff" and
 * "cut off 3,600 of its employees" in African and Latin American dailies, "cutting down 900 jobs" in Indian ones; "terminating contracts with 700 workers"; "has sent home 300 employees", never a
 * plain "sent home 2,000 workers on Friday", a day off; "has shown the door to 400 employees").
 */
const JOBS_ONLY_VERB =
  '(?:disengag(?:e|es|ed|ing)|(?:send(?:s|ing)?|(?<=\\b(?:has|have|had)\\s+(?:so\\s+far\\s+|already\\s+|now\\s+)?)sent)\\s+(?:home|packing)|cut(?:s|ting)?\\s+(?:off|down(?:\\s+on)?)|terminat(?:e|es|ed|ing)\\s+(?:the\\s+|their\\s+)?(?:employment\\s+)?contracts\\s+(?:with|of)|los(?:e|es|ing)|lost|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|retrench(?:es|ed|ing)?|sack(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|cull(?:s|ed|ing)?|phas(?:e|es|ed|ing)\\s+out|do(?:es)?\\s+away\\s+with|did\\s+away\\s+with|part(?:s|ed|ing)?\\s+ways\\s+with|dispens(?:e|es|ed|ing)\\s+with|rationali[sz](?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|streamlin(?:e|es|ed|ing)|(?:take|takes|took|taking|taken)\\s+out|part(?:s|ed|ing)?\\s+with|downsiz(?:e|es|ed|ing)\\s+by|(?:get(?:s|ting)?|got)\\s+rid\\s+of|show(?:s|ed|n|ing)?\\s+the\\s+door\\s+to)';
const CUT_PARTICIPLE =
  '(?:(?:be\\s+)?leaving(?!\\s+(?:for|to)\\b)|disappear(?:ed)?|vanish(?:ed)?|cut|eliminated|laid off|slashed|shed|axed|trimmed|let go|terminated|furloughed|made redundant|redundant|affected|impacted|lost|dismissed|fired|gone|go(?!\\s+to\\b)|went(?!\\s+(?:to|into|up|on|from|through|unfilled|abroad|overseas|ahead|down)\\b)|scrapped|removed|retrenched|sacked|culled|phased\\s+out|shown\\s+the\\s+door|asked\\s+to\\s+(?:voluntarily\\s+)?(?:leave|quit|retire)(?!\\s+(?:the|a|an|their|its|his|her)\\s+(?!(?:jobs?|posts?|positions?|company|group|firm|bank|organi[sz]ation)\\b))|los(?:e|ing)\\s+(?:their\\s+)?jobs|left\\s+without\\s+(?:a\\s+)?(?:jobs?|work|employment)|(?:handed|given|(?:served|issued)(?:\\s+with)?|receiv(?:e|ed|ing))\\s+(?:their\\s+)?(?:notice|notices|(?:redundancy|termination|layoff|lay-off|retrenchment|dismissal)\\s+(?:notices|letters)|pink\\s+slips))';
/** Nouns naming a round of cuts. */
export const CUT_NOUN =
  '(?:layoffs?|lay-offs?|job cuts|job losses|cuts|cutbacks|redundancies|reductions?|eliminations|downsizing|reduction in force|firings|retrenchments?|dismissals?|restructuring|reorganization|reorganisation|reorg|overhaul)';
/** "its total number of branches to 169": a count of things other than jobs is no running total of cuts. */
const NOT_OF_THINGS =
  '(?!(?:\\s+number)?\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:branches|stores|shops|outlets|restaurants|plants|factories|sites|offices|locations|aircraft|planes|vehicles|cars|customers|subscribers|users|members)\\b)';
/** Word start; a preceding hyphen ("cost-cutting") is rejected in code (cheaper than a Unicode lookbehind). */
const NOT_AFTER_DASH = '\\b';
const BARE_FOLLOW =
  '(?=\\s*(?:[.,;:)—–]|$)|\\s+(?:in|at|across|from|this|last|next|on|by|since|over|during|and|or|while|earlier|globally|worldwide|more|as|after|before|through|around|of|the|a|its|their|people|staffers|following|when|with|to)\\b)';

/**
 * A first predicate the people could not escape, then the cut: "575 employees could not be accommodated in the
 * avoidance measures, and will be retrenched", "65 workers could not be placed and have been retrenched" (how
 * South African, Indian and British copy reports the end of a consultation).
 */
const UNPLACED =
  "(?:\\s+(?:(?:could|would|will|did|do|does|can|have|has|had|were|are|was|is)(?:\\s+not|n['’]t)|chose\\s+not\\s+to|declined\\s+to|refused\\s+to)\\s+[^,.;]{1,80}?,?\\s+and(?:,?\\s+(?:as such|therefore|thus|so|hence),?)?)?";

/**
 * "212 software positions and 19 lending roles (will be) made redundant": a second count of jobs joined by "and"
 * before the verb they share. The round is the first figure, as for "will cut 212 software positions and 19
 * lending roles" (without it the verb went to the figure next to it only).
 */
const AND_SECOND_FIGURE = `(?:\\s+and\\s+(?:a\\s+further\\s+|another\\s+)?\\d[\\d,.]*(?:\\s+[a-z][a-z-]*){0,3}?\\s+${JOB_NOUN})?`;

/** A quantity rule: its regular expression and what the match means. */
export interface QuantityRule {
  name: string;
  re: RegExp;
  /** Token families where a match can start: the rule (sticky) is tried only at those tokens. */
  anchor: number;
  /** Families the sentence must also contain. */
  needs?: number;
  /**
   * A test of the whole sentence, run once before the rule is tried at any token: words the expression cannot match
   * without (its flags). For rules anchored at every number whose lookbehind rarely holds — running the lookbehind at
   * each number of each sentence was the top cost of quantity rules.
   */
  gate?: RegExp;
  /** A family that must appear within `within` tokens after the anchor (a cheap check before the expression). */
  ahead?: { bits: number; within: number };
  kind: 'layoff' | 'restructuring' | 'hiring';
  /** The figure is a running total ("bringing the total to 27,000"). */
  cumulative?: boolean;
  /**
   * Words just before the match that belong to its trigger ("not" of "will not replace"): the subject is looked for
   * before them, so the negation they carry is the rule's own and no denial of the clause.
   */
  leadIn?: RegExp;
  /** The count restates a round just told ("That equates to 3,500 of its staff"): it refines that round. */
  anaphoric?: boolean;
  /** The count is the headcount of a site that closes (see site-headcounts.ts). */
  siteStaff?: boolean;
}

/**
 * Rules that tie a quantity to a cut (or a hire). Each match's group `q` is the count, `p` a percentage, and
 * group `cn` (when present) the cut noun, used to tell "the cuts affect hundreds" (anaphoric) from new cuts.
 */
export const QUANTITY_RULES: QuantityRule[] = [
  {
    name: 'verb-quantity',
    ahead: { bits: F.number, within: 8 },
    anchor: F.cutVerb,
    re: new RegExp(
      `${NOT_AFTER_DASH}${CUT_VERB}\\s+(?:(?:its|their|the|up to|about|a further|another|a net|a gross|a total of|net)\\s+)?(?:${QUANTITY_OF_JOBS}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    name: 'verb-jobs',
    ahead: { bits: F.number, within: 8 },
    anchor: F.cutVerb,
    re: new RegExp(
      `${NOT_AFTER_DASH}${JOBS_ONLY_VERB}\\s+(?:(?:its|their|the|up to|about|a further|another|a net|a gross|a total of|net)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "trim its workforce by 320", "cut its workforce in Sweden by 320" (a place or unit between the workforce and
    // "by": WHERE).
    name: 'workforce-by',
    ahead: { bits: F.number | F.percent, within: 12 },
    anchor: F.cutVerb,
    re: new RegExp(
      `${NOT_AFTER_DASH}(?:${CUT_VERB}|shr(?:ink|inks|inking|ank)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing))\\s+(?:its|their|the company['’]s|the|(?-i:\\p{Lu})[\\p{L}&-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}&-]*)?['’]s)?\\s*(?:(?:${HEADCOUNT})(?:-strong)?\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(?:workforce|headcount|staff|staffing|employee base|payroll|employees|personnel|manpower|work force|number\\s+of\\s+(?:its\\s+|their\\s+)?(?:employees|staff|jobs|workers|positions|personnel))(?:\\s+numbers)?(?:\\s+of\\s+(?:(?:about|around|roughly|some|nearly|more than)\\s+)?(?:${HEADCOUNT})(?:\\s+(?:employees|staff|workers|people))?)?${WHERE}(?:\\s+(?:through|via|mainly\\s+through|largely\\s+through)\\s+[\\p{L}-]+(?:\\s+(?:and\\s+)?[\\p{L}-]+){0,2}?)?\\s+by\\s+${NOT_A_YEAR}(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|over|up to|as much as|as many as|between|a net|a further|a total of|at least|close to|just over|just under|well over)\\s+)?(?:${SHARE}|${QUANTITY})`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "slash jobs in its loss-making European division by 12,000", "cut roles by about 900", "trim its engineering
    // roles by 450": the jobs, then the count.
    name: 'jobs-by',
    ahead: { bits: F.number, within: 12 },
    anchor: F.cutVerb,
    re: new RegExp(
      `${NOT_AFTER_DASH}${CUT_VERB}\\s+(?:(?:its|their|the)\\s+(?:(?!(?:jobs|roles|positions|posts)\\b)[\\p{L}-]+\\s+){0,2})?(?:jobs|roles|positions|posts)${WHERE}\\s+by\\s+${NOT_A_YEAR}(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|over|up to|as many as)\\s+)?(?:${SHARE}|${QUANTITY}(?![\\d,.]*\\s*(?:%|per\\s?cent)))`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "lower its headcount to 40,000 from 45,000", "reduce its workforce from 100,000 to 85,000": the difference. Not a
    // workforce told over a span ("had shrunk from 4,100 to 1,300 as of March", "from 2,600 to 900 since 2015"):
    // a trend of years, no round.
    name: 'workforce-to',
    ahead: { bits: F.number, within: 12 },
    anchor: F.cutVerb | F.workforce,
    re: new RegExp(
      `(?:(?:${CUT_VERB}|lower(?:s|ed|ing)?|shr(?:ink|inks|inking|ank)|bring(?:s|ing)?\\s+down|brought\\s+down)\\s+(?:its|their|the company['’]s|the)?\\s*(?:[\\p{L}.-]+\\s+){0,2}?${WORKFORCE_NOUN}|${WORKFORCE_NOUN}${WHERE}\\s+(?:${AUX}\\s+){0,4}(?:shrink|shrinks|shrank|shrunk|fall|falls|fell|fallen|drop|drops|dropped|decline|declines|declined|cut|reduced|lowered|brought\\s+down))(?:\\s+(?:numbers|levels))?\\s+(?:from\\s+${ABOUT}(?<qf>${HEADCOUNT})(?:\\s+${PEOPLE_NOUN})?\\s+to\\s+${ABOUT}(?<qt>${HEADCOUNT})|to\\s+${ABOUT}(?<qt2>${HEADCOUNT})(?:\\s+${JOB_NOUN})?\\s+from\\s+${ABOUT}(?<qf2>${HEADCOUNT}))(?![\\d,.]*\\s*(?:%|per\\s?cent|billion|million))(?![\\d,.]*(?:\\s+${PEOPLE_NOUN})?\\s+${OVER_A_SPAN})`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "issued retrenchment notices to 1,300 workers", "handed redundancy letters to some 250 employees".
    name: 'notices-to',
    ahead: { bits: F.number, within: 6 },
    anchor: F.cutNoun,
    re: new RegExp(
      `(?<=\\b(?:retrenchment|redundancy|termination|dismissal|layoff|lay-off|severance|[Ss]ection\\s+\\d+[A-Za-z]?)\\s+)(?<cn>notices?|letters?|notifications?|warnings?)\\s+(?:to|for)\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than|another)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "has issued 106 of them with redundancy letters", "served 250 workers with retrenchment notices": the people
    // as the object, the notice after "with".
    name: 'issued-with-notices',
    ahead: { bits: F.number, within: 3 },
    anchor: F.participle,
    re: new RegExp(
      `(?:issued|served|handed)\\s+(?:(?:about|around|roughly|some|nearly|up to|more than|over|another)\\s+)?(?<q>\\d{1,3}(?:[,\\u00a0 ]\\d{3})+|\\d+)(?:\\s+of\\s+(?:them|whom)|(?:\\s+(?:[a-z-]+\\s+)?(?:employees|workers|staff|staffers|people)))\\s+with\\s+(?:their\\s+)?(?<cn>(?:(?:redundancy|retrenchment|termination|dismissal|layoff|lay-off)\\s+(?:notices|letters))|pink\\s+slips)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "handed out pink slips to 100 workers", "issued pink slips to over 1,50,000 employees".
    name: 'pink-slips',
    ahead: { bits: F.number, within: 8 },
    anchor: F.cutNoun,
    re: new RegExp(
      `pink[- ](?<cn>slips?)\\s+(?:to|for)\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than|over|another)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the restructuring is targeting about 960 jobs": jobs a plan of cuts aims at (never "targeting 500 new jobs").
    name: 'target-jobs',
    ahead: { bits: F.number, within: 6 },
    anchor: F.target,
    needs: F.cutNoun | F.restructure | F.structure,
    re: new RegExp(
      `target(?:s|ed|ing)?\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than|another|a further)\\s+)?(?!\\S+\\s+(?:new|additional|extra)\\b)${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "This time, the company is targeting about 960 jobs, or about 40% of its staff": with no cut word in the
    // sentence, the share of the staff after the count says what the jobs are.
    name: 'target-jobs-share',
    ahead: { bits: F.number, within: 6 },
    anchor: F.target,
    needs: F.percent,
    re: new RegExp(
      `target(?:s|ed|ing)?\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than)\\s+)?(?!\\S+\\s+(?:new|additional|extra)\\b)${QUANTITY_OF_JOBS}(?=,?\\s+or\\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent)\\s+of\\s+(?:its|the|their)\\s+(?:[\\w-]+\\s+)?(?:staff|workforce|employees|headcount|payroll)\\b)`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "its workforce will shrink by a third", "headcount is set to fall by 2,000", "the number of jobs at the unit
    // would shrink by 11,000".
    name: 'workforce-shrinks',
    ahead: { bits: F.number | F.percent, within: 22 },
    anchor: F.workforce,
    re: new RegExp(
      `(?:workforce|headcount|staff|payroll|employees|work force|number\\s+of\\s+(?:its\\s+|their\\s+)?(?:jobs|employees|staff|workers|positions|roles|personnel))(?:\\s+numbers)?(?:\\s+in\\s+(?:parts|some|each|both|all)\\s+of\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)?${WHERE}\\s+(?:${AUX}\\s+){0,4}(?:shrink|shrinks|shrank|shrunk|fall|falls|fell|fallen|drop|drops|dropped|decline|declines|declined|cut|reduced|trimmed|slashed)\\s+by\\s+${NOT_A_YEAR}(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|over|up to|as much as|as many as)\\s+)?(?:${SHARE}|${QUANTITY}(?:\\s+${JOB_NOUN})?(?=\\s*(?:[.,;:)—–]|$)|\\s+(?:to|in|by|over|from|this|next|and|as|after|under|through)\\b))`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "a 10% cut in its workforce", "a 30% reduction to its 17,000-strong management and support staff", "a 20%
    // reduction (about 4,000 people) in its global workforce" (the count in brackets); not "a 20%
    // cut in management headcount", a part of a round told as a share of one group.
    name: 'share-cut-in',
    ahead: { bits: F.workforce, within: 14 },
    anchor: F.number,
    gate: /(?:cuts?|reductions?)(?:\s+\([^()]{1,40}\))?\s+(?:in|to|of)\s/i,
    re: new RegExp(
      `${PERCENT}\\s+(?:(?:job|jobs|workforce|staff|headcount)\\s+)?(?:cut|cuts|reduction|reductions)(?:\\s+\\((?:(?:about|around|roughly|some|nearly|approximately)\\s+)?(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:people|jobs|employees|workers|positions|staff)\\))?\\s+(?:in|to|of)\\s+(?:its|their|the company['’]s|the)\\s+(?:(?!(?:for|on|of|in|to|at|costs?|spending|pay|wages|salar(?:y|ies)|bonus(?:es)?|hours|benefits|budgets?)\\b)[\\p{L}\\p{N},.-]+\\s+){0,4}?${WORKFORCE_NOUN}\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "raised its planned job cuts by 13,000 to 22,000", "increases the target to 10,000 jobs": the new total.
    name: 'raised-target',
    ahead: { bits: F.number, within: 16 },
    anchor: F.raise,
    re: new RegExp(
      `(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|up(?:s|ped|ping)?)\\s+(?:(?:its|the|their|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}?(?<cn>job cuts|job-cut target|job reduction target|cuts|layoffs|redundancies|reductions?|target|plan|programme|program)(?:\\s+(?:target|plan|goal))?(?:\\s+by\\s+${QUANTITY_PLAIN}(?:\\s+${JOB_NOUN})?)?\\s+to\\s+(?:${QUANTITY_OF_JOBS}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "bringing the total to 27,000", "takes the number of jobs cut since 2023 to more than 12,000", "increasing the
    // total number of job cuts to almost 20,000": a running total.
    name: 'total-to',
    ahead: { bits: F.number, within: 22 },
    anchor: F.raise,
    cumulative: true,
    re: new RegExp(
      `(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\\s+(?:(?:the|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?<cn>total|tally|number|count)${NOT_OF_THINGS}(?:\\s+(?:of\\s+)?[^.;:]{0,60}?)?\\s+to\\s+(?:${QUANTITY_OF_JOBS}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "1,200 roles would be made redundant", "the 1,500 jobs it removed last year", "1,000 employees at its plant in
    // Ghent will lose their jobs" (a site, then its place); "'fewer than 300 staff' were let go" (a quoted figure);
    // "the future of 70 workers who will lose their jobs".
    name: 'passive',
    ahead: { bits: F.participle, within: 22 },
    anchor: F.number,
    needs: F.participle,
    re: new RegExp(
      `${NOT_NONE_OF}${QUANTITY_OF_JOBS_LEAD}["”)]?${OF_EMPLOYER}${WORKING_WHERE}${WHERE}${WHERE}${AND_SECOND_FIGURE}(?:\\s*,\\s*(?:or\\s+)?(?:about|roughly|around|some|nearly|almost|approximately|close to)?\\s*(?:[^,.;]|[,.](?=\\d)){1,50}?,)?${UNPLACED}(?:\\s*,(?=\\s+who\\s))?\\s+(?:(?:(?:that|which)\\s+)?(?:it|they|the company|the group|the firm|the bank)\\s+(?:had\\s+|has\\s+|have\\s+)?|(?:who\\s+)?(?:${AUX}\\s+){0,4})${CUT_PARTICIPLE}\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "From 145 people employed, 95 will directly lose their jobs": a bare count whose verb says it counts people (no
    // year: "in 2009 lost their jobs" is no sentence news writes).
    name: 'bare-lose-jobs',
    ahead: { bits: F.participle, within: 8 },
    anchor: F.number,
    needs: F.participle,
    re: new RegExp(
      `(?!(?:19|20)\\d\\d\\b)(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:${AUX}\\s+){0,4}(?:los(?:e|ing)|lost)\\s+their\\s+jobs\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "2,000 job cuts", "about 900 redundancies"; "a 2,000-strong reduction" (the size of the cut told as of a team).
    name: 'quantity-noun',
    ahead: { bits: F.cutNoun, within: 6 },
    anchor: F.number,
    needs: F.cutNoun,
    re: new RegExp(
      `${QUANTITY_LEAD}(?:-strong(?=\\s+(?:job\\s+)?(?:reductions?|cuts?|layoffs|lay-offs|redundancies|job\\s+losses)\\b))?(?:\\s+(?:[a-z][a-z-]*\\s+){0,2}?(?:job|jobs|workforce|staff|employee|headcount|voluntary|compulsory|forced|involuntary|permanent|planned|announced|new|further|additional|more))?\\s+(?<cn>layoffs|lay-offs|job cuts|cuts|job losses|(?<=\\bjob )losses|redundancies|reductions?|eliminations|firings|dismissals|retrenchments|exits|departures)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the cuts, first meant to hit some 400 people, would now probably reach over 850", "job cuts might
    // eventually climb to as many as 2,400 jobs", "layoffs would top 2,000": the size a round is expected to grow to.
    // A modal verb before "reach"/"top"/"exceed" says it is the round's size, not an aside ("the cuts reach across
    // recruiting", "cuts reached the factory floor" name no size). A word between never ends in a comma (the comma
    // before the next blank is the separator's), so a list of words with commas is read one way, not 2^n ways.
    name: 'cuts-reach',
    ahead: { bits: F.number, within: 18 },
    anchor: F.cutNoun,
    gate: /\b(?:reach|top|exceed|climb\s+to|rise\s+to)\s/i,
    re: new RegExp(
      `(?<cn>job\\s+cuts|cuts|layoffs|lay-offs|job\\s+losses|redundancies)(?:,?\\s+[^\\s.;]*[^\\s.;,]){0,10}?,?\\s+(?:can|could|may|might|will|would|should)\\s+(?:(?:now|eventually|ultimately|probably|likely|possibly|soon|even)\\s+){0,2}(?:reach|top|exceed|climb\\s+to|rise\\s+to)\\s+(?:${QUANTITY_OF_JOBS}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    name: 'noun-quantity',
    ahead: { bits: F.number | F.percent, within: 18 },
    anchor: F.cutNoun | F.restructure,
    re: new RegExp(
      `(?<cn>${CUT_NOUN}|program(?:me)?|plan|initiative|rounds?|waves?)(?:,?\\s+[^\\s.;]+){0,8}?,?\\s+(?:affecting|affected|affects|affect|impacting|impacted|impacts|impact|hitting|hit|hits|of|involving|covering|concerns|concerned|concerning|totaling|totalling|(?:(?:can|could|may|might|will|would|should|is|are)\\s+(?:expected\\s+to\\s+|set\\s+to\\s+|likely\\s+to\\s+)?)?(?:total|number|amount to|come to)|(?:can|could|may|might|will|would) (?:cover|affect|include|involve|concern)|that (?:affected|impacted|will affect|will impact|would affect|hit|hits|affect|affects|impact|covers|will cover)|will (?:affect|impact|hit|cover)|would (?:affect|impact|hit)|rang(?:e|es|ed|ing) from)\\s+(?:${QUANTITY_OF_JOBS}|${PERCENT}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "put the reduction at 7,150 jobs", "puts the number of job cuts at about 4,000": the size a plan is given.
    name: 'put-at',
    ahead: { bits: F.number, within: 8 },
    anchor: F.cutNoun,
    gate: /put|peg|plac/i,
    re: new RegExp(
      `(?<=\\b(?:put|puts|putting|pegged|pegs|pegging|placed|places)\\s+(?:(?:the|its|their)\\s+)?(?:(?:number|total|figure|tally|scale|size)\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}?)?(?:job\\s+|staff\\s+|workforce\\s+|headcount\\s+)?)(?<cn>cuts|losses|layoffs|lay-offs|redundancies|reductions?)\\s+at\\s+(?:(?:about|around|roughly|some|nearly|up to|more than|over|as many as)\\s+)?(?:${QUANTITY_OF_JOBS}|${BARE_QUANTITY}${BARE_FOLLOW})`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "a second, larger round of 424 employees", "a wave of about 900 job cuts".
    name: 'round-of',
    ahead: { bits: F.number, within: 6 },
    anchor: F.cutNoun,
    re: new RegExp(
      `(?<cn>rounds?|waves?)\\s+of\\s+(?:(?:layoffs|job cuts|cuts|redundancies|dismissals)\\s+(?:of|affecting|hitting)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "has about 22,000 more full-time positions than it will need", "22,000 jobs too many", "1,000 positions are
    // surplus to requirements": jobs to go.
    name: 'surplus',
    anchor: F.number,
    ahead: { bits: F.surplus, within: 8 },
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:more\\s+)?than\\s+(?:it|they|the\\s+[a-z]+|\\p{Lu}[\\p{L}&.-]*)\\s+(?:(?:will|would|now|currently|still)\\s+)?(?:needs?|requires?)|too\\s+many|(?:are|were|is|was|would\\s+be|will\\s+be|had\\s+become|have\\s+become)\\s+surplus(?:\\s+to\\s+requirements)?)\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "a surplus of about 4,500 positions".
    name: 'surplus-of',
    anchor: F.surplus,
    ahead: { bits: F.number, within: 5 },
    re: new RegExp(`surplus\\s+of\\s+${QUANTITY_OF_JOBS}`, 'iy'),
    kind: 'layoff',
  },
  {
    // "with the loss of 500 jobs", "losses of up to 1,200 positions", "resulting in the elimination of 300 positions",
    // "the suppression of 1,200 posts" (a French calque), "the termination of the services of 240 staff".
    name: 'loss-of',
    ahead: { bits: F.number, within: 6 },
    anchor: F.cutNoun | F.cutVerb,
    re: new RegExp(
      `(?<cn>loss(?:es)?|elimination|removal|suppression|shedding|axing|termination|redundancy|firing|sacking|lay-?off)\\s+of\\s+(?:(?<=termination\\s+of\\s+)(?:the\\s+)?(?:services|employment|contracts|appointments)\\s+of\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "a collective dismissal procedure for 400 workers", "mass layoffs of 2,000 staff": a labour-law procedure named
    // with its headcount.
    name: 'collective-dismissal',
    ahead: { bits: F.number, within: 8 },
    anchor: F.cutNoun,
    re: new RegExp(
      `(?<=\\b(?:collective|mass)\\s+)(?<cn>dismissals?|redundanc(?:y|ies)|layoffs?|lay-offs?)(?:\\s+(?:procedure|process|plan|programme|program|scheme))?\\s+(?:for|of|affecting|covering|involving|concerning)\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the closure will cost 1,100 jobs", "a plan costing up to 900 roles".
    name: 'cost-jobs',
    ahead: { bits: F.number, within: 10 },
    anchor: F.cutVerb,
    re: new RegExp(
      `cost(?:s|ing)?\\s+(?:(?:(?-i:\\p{Lu})[\\p{L}&.-]*\\s+){1,4}|(?:the company|it|the group)\\s+)?(?:(?:up to|about|around|some|nearly|more than|another)\\s+)?${QUANTITY_OF_JOBS}`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "will close its plant in Ghent and shut two lines, affecting 1,100 workers", "the closure of its factories …,
    // which concerns 1,254 employees": the figure of a restructuring action.
    name: 'action-affecting',
    ahead: { bits: F.affect, within: 26 },
    anchor: F.structure,
    needs: F.number,
    re: new RegExp(
      `(?<cn>\\p{L}[\\p{L}-]*)(?:,?\\s+[^\\s;:]+?){0,18}?,?\\s+(?:affecting|impacting|hitting|involving|(?:which|that) (?:will |would )?(?:affects?|affected|impacts?|impacted|hits?|cost|concerns)|putting an end to)\\s+(?:(?:about|around|roughly|some|nearly|up to|more than)\\s+)?${QUANTITY_OF_JOBS}`,
      'iuy',
    ),
    kind: 'restructuring',
  },
  {
    // "The cuts – 1,200 in all – will fall mainly in Germany", "The job cuts (1,200 in total) …": the size of the
    // round just told, set off as an aside after the definite noun.
    name: 'aside-total',
    anchor: F.number,
    gate: /in\s+(?:all|total)/,
    anaphoric: true,
    re: new RegExp(
      `(?<=\\b(?:[Tt]he|[Tt]hese|[Tt]hose)\\s+(?:(?:job|planned|announced|proposed)\\s+)?(?:cuts|layoffs|lay-offs|redundancies|job\\s+losses|reductions|dismissals)\\s*(?:[–—,(]|\\s-)\\s*(?:(?:about|around|roughly|some|nearly|up\\s+to|more\\s+than)\\s+)?)(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+in\\s+(?:all|total)\\b`,
      'y',
    ),
    kind: 'layoff',
  },
  {
    // "… will close its Tarvo plant. The decision affects 600 employees.", "The measure may affect a maximum of 5,124
    // workers": a sentence about the step just reported
    // (the decision, measure, move, closure) that gives how many people it touches.
    name: 'decision-affects',
    anchor: F.affect,
    ahead: { bits: F.number, within: 6 },
    re: new RegExp(
      `(?<=^(?:The|This|That)\\s+(?:decision|measure|measures|move|closure|shutdown|restructuring|reorgani[sz]ation|procedure)\\s+(?:(?:will|would|could|may|might|can|is\\s+set\\s+to|is\\s+expected\\s+to)\\s+)?)(?<cn>affects?|affected|impacts?|impacted|concerns?|concerned|hits?)\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "the possible closure of four shafts, a move that could affect 4,095 people".
    name: 'could-affect',
    anchor: F.affect,
    needs: F.structure | F.cutNoun | F.restructure | F.cutVerb,
    ahead: { bits: F.number, within: 6 },
    re: new RegExp(
      `(?<cn>affect|hit|impact)\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Kestrel will shut its gearbox factory in March, threatening about 1,200 jobs", "a closure that endangers
    // 400 jobs": the jobs the clause before threatens, told after a comma or by "that"/"which" (not "threatening
    // to cut", read by the cut rules, nor "threatened 300 suppliers", nor a finite "the region's shutdown threatened
    // 1.2 million jobs", whose subject is no company's plan).
    name: 'threatens-jobs',
    anchor: F.number,
    gate: /threaten|endanger|jeopardi[sz]/i,
    re: new RegExp(
      `(?<=(?:,\\s*|\\b(?:that|which)\\s+(?:(?:would|could|will|may|might)\\s+)?)(?:threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing))\\s+(?:(?:up to|about|around|roughly|some|nearly|almost|as many as|more than|over|at least)\\s+)?)${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "putting about 3,500 jobs at risk", "putting 900 jobs at its plants in Kora and Vessa at risk", "puts 1,200
    // jobs in the town in doubt", "1,200 jobs are at risk", "32 jobs are now at risk",
    // "827 jobs potentially at risk", "500 jobs were threatened by the decision", "6,513
    // workers face unemployment": jobs the plan threatens.
    name: 'at-risk',
    anchor: F.number,
    ahead: { bits: F.risk, within: 12 },
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}(?:\\s+(?:are|were|is|was|now|could be|would be|will be|remain|could|would|will|may|might|now))?(?:\\s+now)?(?:\\s+(?:potentially|possibly|directly|also|still))?\\s+(?:(?:(?:in|at|across)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[a-z-]+\\s+){0,6}?)?(?:at\\s+risk|in\\s+(?:doubt|jeopardy))|under\\s+threat|on\\s+the\\s+(?:line|chopping\\s+block)|(?:being\\s+)?threatened\\b(?!\\s+(?:to|with)\\b)|fac(?:e|es|ed|ing)\\s+(?:(?:possible|likely|the\\s+threat\\s+of|compulsory|forced)\\s+)?(?:unemployment|retrenchments?|redundanc(?:y|ies)|dismissals?|layoffs?|lay-offs?|job\\s+losses|the\\s+(?:sack|axe|chop)|losing\\s+their\\s+jobs))\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "a further 3,000 jobs on top of the 6,000 announced in 2023", "its third round this year, after 500 in
    // January": an earlier round named beside the new one (its own date follows it).
    name: 'earlier-round',
    anchor: F.number,
    gate: /top|addition|adding|besides|after|following/i,
    re: new RegExp(
      `(?<=\\b(?:on\\s+top\\s+of|in\\s+addition\\s+to|adding\\s+to|besides)\\s+(?:(?:the|its|some|about|around|roughly)\\s+)?)(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+(?:jobs|positions|roles|posts|job\\s+cuts|cuts|redundancies|layoffs))?\\s+(?:(?:that\\s+|which\\s+)?it\\s+)?(?:had\\s+|has\\s+)?(?:already\\s+)?(?:announced|unveiled|cut|made|eliminated|axed|shed|disclosed)\\b|(?<=\\b(?:round|rounds|cuts|layoffs|redundancies)\\b[^.;]{0,40}?\\b(?:after|following)\\s+)(?<qb>\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s+(?:in|last|earlier)\\b)`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Of the 2,500 positions at the two plants, 960 might be affected", "said that, of 2500 positions, 960 might be
    // affected": the part of a stated whole that goes.
    name: 'part-of-whole',
    anchor: F.number,
    needs: F.participle,
    ahead: { bits: F.participle, within: 8 },
    re: new RegExp(
      `(?<=\\b[Oo]f\\s+(?:(?:the|its|their)\\s+)?(?:(?:about|around|roughly|some|nearly)\\s+)?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:jobs|positions|roles|posts|employees|workers|staff)\\b[^,;.]{0,80},\\s+)(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:${AUX}\\s+){0,4}${CUT_PARTICIPLE}\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "will not replace 1,000 departing staff", "is no longer replacing some 300 retiring workers", "will not renew
    // the contracts of 400 temporary workers": jobs that go as people leave are a cut of that many.
    name: 'not-replace',
    anchor: F.cutVerb,
    ahead: { bits: F.number, within: 6 },
    leadIn: /\b(?:not|no\s+longer)\s+(?:be\s+)?$/i,
    re: new RegExp(
      `(?<=\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?)(?:replac(?:e|es|ing)|renew(?:s|ing)?\\s+(?:the\\s+)?contracts\\s+(?:of|for))\\s+(?:(?:up to|about|around|roughly|some|nearly|more than|as many as|the)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "1,600 who left under a voluntary redundancy scheme", "2,000 staff accepted early retirement", "saw 1,439
    // employees, or about 20 percent of its workforce, apply for its program", "around 5,000 employees, 18% of the total,
    // are likely to opt for VRS", "5,388 workers have already joined the
    // Voluntary Dismissal Plan (PDV)" (Brazil's programa de demissão voluntária); "the 1,600 who joined the three
    // voluntary dismissal programmes" (the number of programmes before their name).
    name: 'voluntary',
    anchor: F.number,
    ahead: { bits: F.voluntary | F.cue | F.cutNoun, within: 22 },
    re: new RegExp(
      `${QUANTITY_LEAD}(?:\\s+(?:[a-z-]+\\s+){0,2}?${JOB_NOUN}(?:${NAMED_EMPLOYER}(?:,\\s+(?!(?:who|which|that|whose|where|when)\\b)[^,.;]{1,80},)?)?)?(?:,\\s+(?:or\\s+[^,.;]{1,50}|(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?\\d[\\d.]*\\s*(?:%|per\\s?cent|percent)\\s+of\\s+[^,.;]{1,40}),)?\\s+(?:who\\s+|have\\s+|had\\s+|will\\s+|would\\s+|could\\s+|may\\s+|are\\s+(?:set\\s+|expected\\s+|likely\\s+)?to\\s+)?(?:already\\s+|now\\s+)?(?:left|took|take|accepted|accept|opt(?:ed)?\\s+for|signed\\s+up\\s+for|appl(?:y|ied)\\s+for|volunteered\\s+for|chose|join(?:ed)?)\\s+(?:under\\s+)?(?:a\\s+|an\\s+|the\\s+|its\\s+)?(?:(?:similar|same|new|second|another|two|three|four|five|several)\\s+)?(?:(?:voluntary|early|honorary)\\s+(?:redundancy|redundancies|departures?|severance|exits?|retirement|buyouts?|buy-outs?|leave|dismissal|separation|retrenchment|resignation)|(?:scheme|programme|program)\\b|(?-i:VRS|VSS|MSS|ERS)\\b)\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "offering voluntary redundancy to 1,200 employees", "early retirement packages for up to 900 staff", "a
    // voluntary dismissal programme (PDV) for about 2,500 employees" (Brazil's programa de demissão voluntária), "the
    // largest early retirement scheme, covering 1,030 workers".
    name: 'voluntary-offer',
    anchor: F.voluntary,
    ahead: { bits: F.number, within: 10 },
    re: new RegExp(
      `(?:(?:voluntary|early|mutual)\\s+(?:redundancy|redundancies|retirement|severance|separation|departures?|exits?|buyouts?|buy-outs?|leave|dismissals?|retrenchments?|resignations?)|buyouts?|buy-outs?|severance\\s+packages?|VRS|VSS|MSS|ERE|PSE|plan\\s+social|social\\s+plan)\\)?(?:\\s+(?:packages?|schemes?|programmes?|programs?|plans?|deals?|offers?))?(?:\\s+\\((?-i:[A-Z]{2,6})\\))?(?:\\s+(?:to|for|of|affecting|covering|involving|from|among)|,\\s+(?:affecting|covering|involving))\\s+(?:(?:up to|about|around|roughly|some|nearly|as many as|more than)\\s+)?${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Some 5,000 employees will leave Norrvik under an early retirement scheme", "About 1,800 workers left Kestrel
    // Heavy in June under its voluntary retirement programme" (the period told between the employer and the scheme).
    name: 'voluntary-leave',
    anchor: F.number,
    ahead: { bits: F.voluntary, within: 16 },
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}\\s+(?:(?:will|would|are to|are set to|are expected to|could|may|have|had)\\s+)?(?:leave|left|leaving|go|exit)(?:\\s+(?:the company|the group|the bank|the firm|(?-i:\\p{Lu})[\\p{L}&.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}&.'’-]*){0,3}))?${LEAVING_PERIOD}\\s+(?:under|through|via|in|on)\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+)?(?:[a-z-]+\\s+)?(?:voluntary|early)\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "two voluntary redundancy programmes, through which it hopes about 5,000 employees will leave": the staff a
    // programme is meant to see off are its round.
    name: 'programme-leave',
    anchor: F.number,
    needs: F.voluntary,
    re: new RegExp(
      `(?<=\\b(?:schemes?|programmes?|programs?|plans?|packages?),?\\s+(?:through|under|by|with|in)\\s+which\\s+(?:(?:it|they|the\\s+[a-z-]+)\\s+(?:hopes?|expects?|wants?|aims?|intends?)\\s+(?:that\\s+)?)?(?:(?:about|around|roughly|some|nearly|up\\s+to|more\\s+than|as\\s+many\\s+as)\\s+)?)${QUANTITY_OF_JOBS_LEAD}\\s+(?:will|would|could|should|are\\s+(?:expected|set|due)\\s+to|to)\\s+leave\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "will solicit about 1,500 voluntary retirements", "seeks 800 early retirements": departures the company asks
    // for are its round of cuts (Japanese and Korean companies announce cuts so).
    name: 'voluntary-noun',
    anchor: F.number,
    ahead: { bits: F.voluntary, within: 3 },
    re: new RegExp(
      `${QUANTITY_LEAD}\\s+(?:voluntary|early|honorary)\\s+(?:retirements|redundancies|departures|exits|separations|buyouts|buy-outs|retrenchments|resignations)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "with 1,000 employees subject to its scheme", "hopes to see 1,000 employees aged over 49 quit voluntarily":
    // the staff a voluntary programme covers, as Japanese wire copy counts them.
    name: 'voluntary-covered',
    anchor: F.number,
    gate: /\b(?:subject\s+to|quit|retire)\b/i,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}(?:\\s+aged\\s+[^,.;]{1,20}?)?\\s+(?:subject\\s+to\\s+(?:its|the|a|their)\\s+(?:[a-z-]+\\s+){0,3}?(?:scheme|programme|program|plan)|(?:to\\s+)?(?:quit|retire)\\s+(?:voluntarily|early))\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Those who applied numbered 2,378", "applicants totalled about 900": the takers of a voluntary programme.
    name: 'applicants-numbered',
    anchor: F.number,
    gate: /\b(?:applied|applicants)\s+(?:numbered|totall?ed|reached|came\s+to)\b/i,
    re: new RegExp(
      `(?<=\\b(?:[Tt]hose\\s+who\\s+applied|[Aa]pplicants)\\s+(?:numbered|totall?ed|reached|came\\s+to)\\s+(?:(?:about|around|roughly|some|nearly|more\\s+than)\\s+)?)${QUANTITY_LEAD}(?=\\s*[.,;])`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "has accepted 1,184 applications for voluntary redundancy": the takers of a voluntary programme let go.
    name: 'applications-accepted',
    anchor: F.number,
    gate: /\b(?:accept|approv)\w*\s+[^.;]{0,30}?applications?\s+for\s+(?:voluntary|early)\b/i,
    re: new RegExp(
      `(?<=\\b(?:accept(?:s|ed|ing)?|approv(?:e|es|ed|ing))\\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\\s+than)\\s+)?)${QUANTITY_LEAD}\\s+(?:[\\w'’-]+\\s+)?applications?\\s+for\\s+(?:voluntary|early)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    // "Nearly 2,400 employees' applications for voluntary severance packages have been accepted", "2,393
    // applications were approved": the same, told in the passive.
    name: 'applications-were-accepted',
    anchor: F.number,
    gate: /\bapplications?\s+[^.;]{0,70}?\b(?:accepted|approved)\b/i,
    re: new RegExp(
      `${QUANTITY_LEAD}\\s+(?:[\\w'’-]+\\s+)?applications?\\s+(?:for\\s+(?:voluntary|early)\\s+[^.;]{0,50}?)?(?:have\\s+been|had\\s+been|were|was)\\s+(?:accepted|approved)\\b`,
      'iy',
    ),
    kind: 'layoff',
  },
  {
    name: 'hiring',
    ahead: { bits: F.number, within: 8 },
    anchor: F.hire,
    re: new RegExp(
      `${NOT_AFTER_DASH}(?:hir(?:e|es|ed|ing)|add(?:s|ed|ing)?|recruit(?:s|ed|ing)?|creat(?:e|es|ed|ing)|onboard(?:s|ed|ing)?)\\s+(?:(?:up to|about|another|more than|over|some|an additional|roughly|nearly)\\s+)*${QUANTITY_OF_JOBS}`,
      'iy',
    ),
    kind: 'hiring',
  },
  ...DEPARTURE_RULES,
  ...PLAIN_RULES,
  ...SITE_HEADCOUNT_RULES,
  ...CLOSURE_CONSEQUENCE_RULES,
  ...NOTIFIED_STAFF_RULES,
  ...SPANISH_ERE_RULES,
];

/** "to eliminate one position out of every eight", "one job in every twelve": a share that names what it counts. */
const ONE_OF_STAFF_SHARE = `\\b(?:one|1)\\s+${ONE_OF_STAFF}\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?${ONE_IN_OF}\\b`;

/**
 * "4 percent of its corporate workforce", "10% of staff", "a fifth of its sales force": group `p`. Not "a fifth of the
 * staff in senior management", the share of one layer, not of the workforce; nor "savings of 30% from staff cost cuts",
 * a share of costs (no preposition stands between the share and the people); nor "97 per cent of the retrenched
 * workers were former staff of …", a share of the people the cut takes, not of the workforce; nor "28% of its
 * operational personnel budget", a share of what the staff costs. A place of up to four capitalised words counts as
 * one word ("two-thirds of its Tarn Valley City workforce"); the owner may be a company described in two words ("18
 * percent of the merged company's staff", "a third of the shipping giant's staff").
 */
export const PERCENT_OF_WORKFORCE = new RegExp(
  `${ONE_OF_STAFF_SHARE}|${SHARE}\\s+(?:of\\s+)?(?:(?:its|their|the|the\\s+(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+['’]s|the company['’]s|(?:(?-i:[A-Z])[\\w.&-]*\\s+){0,3}(?-i:[A-Z])[\\w.&-]*(?:['’]s|s['’]))\\s+)?(?:(?:about|roughly|some|nearly|around|approximately|more than|over|almost|just over)\\s+)?(?:(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|[\\d,.]+)(?:-strong|-plus|\\+)?\\s+)?(?:(?!(?:senior|management|managerial|executive|leadership|middle|top)\\b)[a-z][a-z\\-]*\\s+(?:and|or)\\s+)?(?:(?!(?:senior|management|managerial|executive|leadership|middle|top|from|for|on|by|with|to|at|in|retrenched|laid-off|dismissed|sacked|fired|redundant|departing|affected|terminated)\\b)(?:[a-z][a-z\\-]*|U\\.S\\.|U\\.K\\.|US|UK|EU|(?-i:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,3}))\\s+){0,2}?(?:workforce|work\\s+force|labou?r\\s+force|staff|employees|headcount|workers|employee base|jobs|positions|roles|people|personnel|sales\\s+force|salesforce|field\\s+force)\\b(?!\\s+(?:budget|budgets|costs?|expenses?|expenditure|spending|bill|payroll)\\b)(?!\\s+at\\s+(?:the\\s+)?(?-i:\\p{Lu}))(?!\\s+(?:in|at|of)\\s+(?:the\\s+|its\\s+)?(?:upper|senior|middle|top|junior)\\s+management\\b)`,
  'giu',
);

/**
 * A count standing beside a share ("15% of its workforce, or roughly 15,000 jobs", "4.5% of its total workforce,
 * which corresponds to around 900 employees"); anchored after the share.
 */
export const APPOSITIVE_COUNT_RE = new RegExp(
  `(?:\\s+(?:at|in|across)\\s+[^,.;()]{1,60}?)?\\s*[,(—–-]?\\s*(?:or|and|about|roughly|around|nearly|some|approximately|totaling|equal to|that is|i\\.e\\.|meaning|(?:which\\s+)?correspond(?:s|ing)\\s+to|equivalent\\s+to)?\\s*${QUANTITY_OF_JOBS}`,
  'iy',
);

/**
 * Announcements of cuts without a number: "announced a round of job cuts", "plans layoffs"; the whole family of
 * verbs that make a plan news — launched, presented, outlined, set out, adopted, agreed on, embarked on, finalised,
 * and a board's "approved in principle the reorganisation"; not "a restructuring of its debt" (of what it owes).
 */
export const ANNOUNCE_RE = new RegExp(
  `${NOT_AFTER_DASH}(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|confirm(?:s|ed|ing)?|launch(?:es|ed|ing)?|present(?:s|ed|ing)|outlin(?:e|es|ed|ing)|set(?:s|ting)?\\s+out|approv(?:e|es|ed|ing)(?:\\s+in\\s+principle)?|adopt(?:s|ed|ing)?|agree(?:s|d|ing)?\\s+(?:on|to)|embark(?:s|ed|ing)?\\s+on|finali[sz](?:e|es|ed|ing)|beg(?:an|un|in|ins)|start(?:s|ed|ing)?|plan(?:s|ned|ning)?|initiat(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|carr(?:y|ies|ied) out|enact(?:s|ed|ing)?|implement(?:s|ed|ing)?|kick(?:s|ed) off|roll(?:s|ed) out|undert(?:ake|akes|ook|aken)|order(?:s|ed)?|is preparing|are preparing|prepar(?:es|ed) for|will hold|held|(?:has|have|had) (?:also )?seen)\\s+(?:(?:a|an|new|another|fresh|more|further|additional|its|the|latest|second|third|fourth|round of|rounds of|wave of|waves of|large|larger|major|significant|sweeping|widespread|broad|deep|deeper|small|smaller|targeted|mass|company-wide|companywide|global|corporate|internal|[a-z]+-wide)\\s+){0,4}(?<cn>job cuts|layoffs|lay-offs|cuts|job reductions|headcount reductions|workforce reductions|reductions in force|redundancies|retrenchments|restructuring|reorganization|reorganisation|reorg|overhaul)\\b(?!\\s+of\\s+(?:its|the|their)\\s+(?:[\\w-]+\\s+)?(?:debts?|bonds?|loans?|liabilities|borrowings|notes|leases)\\b)`,
  'gi',
);

/** "an undisclosed number of", "an unspecified number of": a round whose size the company keeps to itself. */
const UNTOLD_NUMBER = '(?:an?\\s+(?:unspecified|undisclosed|unknown)\\s+number\\s+of\\s+)';

/**
 * "will retrench workers", "began dismissing staff", "to sack employees": the verbs of dismissal in a form that is
 * only a verb (base, "-s" or "-ing" after an auxiliary, "to" or a verb of starting), so no figure is needed; their
 * past participle stays out ("retrenched workers" may only describe them). Not "dismissing workers' concerns" (the
 * noun's possessive or a noun after it: CUT_JOBS_RE).
 */
const VERBAL_DISMISS =
  '(?<=\\b(?:will|would|to|is|are|was|were|be|been|has\\s+been|have\\s+been|began|begun|begins|started|starts|continued|continues|could|may|might|must)\\s+)(?:retrench(?:ing)?|dismiss(?:ing)?|sack(?:ing)?|disengag(?:e|ing))';
/** "all of its temporary staff", "many of their older employees": a part of the workforce named without a figure. */
const MOST_OF_ITS =
  '(?:(?:most|all|many|part|some)\\s+of\\s+(?:its|their|the)\\s+(?:[a-z-]+\\s+)?(?=(?:workforce|staff|employees|workers)\\b))';
/**
 * Cutting jobs without a number: "is cutting jobs", "laid off staff", "will halve its workforce", "trimmed staff",
 * "will pare back its headcount", "slim down its workforce", "scaled back its workforce", "to axe
 * refining jobs", "cutting clerical positions" (one word naming the kind of work), "laid off an undisclosed number
 * of workers", "has retrenched an unknown number of staff" ("disengaged", "retrenched" and the like only before an
 * untold number: "disengaged workers" alone may describe them).
 */
export const CUT_JOBS_RE = new RegExp(
  `${NOT_AFTER_DASH}(?<verb>cutting(?:\\s+down)?|laying off|eliminating|slashing|shedding|axing|trimming|trim(?:s|med)?|par(?:e|es|ed|ing)(?:\\s+(?:back|down))?|slim(?:s|med|ming)?\\s+down|scal(?:e|es|ed|ing)\\s+(?:back|down)|slash|eliminate|axe|cut(?:s)?(?:\\s+down)?|lay off|lays off|laid off|eliminated|eliminates|slashed|slashes|axed|shed|sheds|reduc(?:e|es|ed|ing)|downsiz(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|(?:disengag(?:e|es|ed|ing)|retrench(?:es|ed|ing)?|dismiss(?:es|ed|ing)?|sack(?:s|ed|ing)?)(?=\\s+${UNTOLD_NUMBER})|${VERBAL_DISMISS})\\s+(?:(?:(?:more\\s+than|almost|nearly|about|roughly|around)\\s+)?half\\s+(?:of\\s+)?)?(?:${UNTOLD_NUMBER}|${MOST_OF_ITS}|(?:more|some|its|their|the|corporate|additional|further)\\s+)?(?:${JOB_NOUN}|jobs|workforce|headcount|payroll|(?:[a-z]+(?:ing|ion|al|ive|ory|ic)\\s+)?(?:jobs|positions|roles))\\b(?!['’]|\\s+(?:concerns?|claims?|complaints?|demands?|fears?|appeals?|allegations?|calls?|criticism|grievances?|protests?|requests?|suggestions?)\\b)|${NOT_AFTER_DASH}declar(?:e|es|ed|ing)\\s+(?:an?\\s+(?:unspecified|undisclosed|unknown)\\s+number\\s+of\\s+|some\\s+(?:of\\s+its\\s+)?|its\\s+|their\\s+)?(?:[a-z-]+\\s+)?(?:staff|workers|employees|jobs|positions|roles|posts|pilots|crew)\\s+redundant\\b`,
  'gi',
);

/**
 * Programmes of cuts named without a figure: "a hiring freeze", "has frozen hiring", "a voluntary redundancy
 * scheme", "an early retirement programme", "voluntary redundancies", "job reductions", "offers early retirement to
 * its engineers", "takes applications for voluntary retirement" (Japanese and Korean news); every "voluntary"
 * scheme's noun ("voluntary retrenchment packages", "a voluntary resignation programme", "a voluntary release from
 * the job"). Group `cn`. The
 * notices' lookbehind comes after a lookahead for the notice word: run first, it was tried at every word of every
 * sentence.
 */
export const PROGRAMME_RE =
  /\b(?<cn>(?:hiring|recruitment)\s+(?:freeze|pause)|(?:freez(?:e|es|ing)|froze|frozen|paus(?:e|es|ed|ing))\s+(?:on\s+|all\s+|external\s+)?(?:hiring|recruitment|recruiting)|(?:voluntary|early|mutual|honorary)\s+(?:redundancy|redundancies|retirement|severance|departures?|exits?|buyouts?|buy-outs?|separation|leave|retrenchment|resignation)\s+(?:schemes?|programmes?|programs?|plans?|packages?|offers?|rounds?|windows?)|voluntary\s+(?:redundancy|redundancies|departures|exits|buyouts|buy-outs|retrenchments)|voluntary\s+release\s+from\s+(?:the|their|his|her)\s+(?:jobs?|posts?|employment)|(?=[ve])(?<=\b(?:offer(?:s|ed|ing)?|solicit(?:s|ed|ing)?|applications?\s+for)\s+)(?:voluntary|early)\s+(?:retirements?|redundanc(?:y|ies))(?!\s+(?:schemes?|programmes?|programs?|plans?|packages?))|(?:job|headcount|workforce|staff|personnel)\s+reductions|(?=[Ss]ection|retrenchment|redundancy|layoff|lay-off|termination|dismissal)(?<=\b(?:issu|serv|sen|hand|gave|giv)\w*\s+(?:[\w-]+\s+){0,2}?)(?:[Ss]ection\s+\d+[A-Za-z]?|retrenchment|redundancy|layoff|lay-off|termination|dismissal)\s+notices\b)\b/gi;

/** "Amazon’s recent job cuts": group `cn`; anchored at the position after an organization name. */
export const POSSESSIVE_CUTS_RE =
  /['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?<cn>job cuts|layoffs|lay-offs|job reductions|restructuring|reorganization|reorganisation)\b/iy;

/** Earnings moves: "net sales increased 13% to $167.7 billion"; groups `p` and `amt`. */
export const EARNINGS_RE = new RegExp(
  `\\b(?:revenue|revenues|net sales|sales|net income|profit|profits|earnings|operating income)\\s+(?:[^,.;]{0,40}?\\s+)?(?:rose|increased|grew|jumped|climbed|fell|declined|dropped|decreased|slid|surged|soared|was up|were up|was down|were down|rising|increasing|falling)\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|roughly\\s+|almost\\s+)?${PERCENT}(?:\\s+(?:year over year|from a year earlier|year-on-year))?(?:\\s+to\\s+(?<amt>\\$\\s?\\d[\\d,.]*\\s*(?:million|billion|trillion|bn)?))?`,
  'gi',
);

/** Investments with an amount: "invest $10 billion"; group `amt`. */
export const INVESTMENT_RE = new RegExp(
  `${NOT_AFTER_DASH}(?:invest(?:s|ed|ing)?|investment of|spend(?:s|ing)?|pour(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing))\\s+(?:(?:more than|over|about|roughly|nearly|up to|an additional|another|some|as much as)\\s+)*(?<amt>\\$\\s?\\d[\\d,.]*\\s*(?:million|billion|trillion|bn)?)`,
  'gi',
);

/**
 * Words that mark a running total rather than a new round ("since early 2023", "so far", "in total"); not the
 * headcount the cut is taken from ("700 jobs would go at the plant from a total of 2,200 posts", "out of a total of").
 */
export const CUMULATIVE_RE =
  /\b(?:since|so far|to date|in total|altogether|combined|(?<!\b(?:from|out\s+of)\s+)a total of|bringing (?:the|its) total|cumulative(?:ly)?|over the (?:past|last) (?:\w+ )?(?:years|months))\b/i;
/**
 * "cut 10,000 jobs in three years": a span of years after a figure marks a total, unless the cuts are still to come
 * ("is to shed 2,500 jobs in 4 years", "will cut 3,000 jobs in four years" is one planned round).
 */
export const YEARS_SPAN_RE = /\bin (?:just )?(?:over |more than |under )?(?:two|three|four|five|\d+) years\b/i;
/** A plan told just before a figure: "to axe", "will cut", "plans to shed" (not "will have reduced", a total). */
export const PLANNED_BEFORE_RE =
  /\b(?:to|will|would|shall|plans? to|planning to|aims? to)\s+(?!(?:have|has|had)\b)(?:[\p{L}-]+\s+){0,2}$/iu;
