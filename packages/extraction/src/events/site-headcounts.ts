import type { Span } from '../types.js';
import { F } from './trigger-lexicon.js';
import { QUANTITY_OF_JOBS, QUANTITY_OF_JOBS_LEAD, parseCount } from './numbers.js';
import { MOD_BEFORE } from './plain-wordings.js';
import { SITE } from './restructuring-actions.js';
import type { QuantityRule } from './triggers.js';
import { type Draft, cutClass } from './draft.js';

/**
 * A closure told by the people who work at the site that closes: regional papers and wires give the plant's
 * headcount, not a number of job cuts ("will close its Arden plant, which employs 1,200 people"; "… will shut both
 * mills. Some four thousand workers are employed across the two sites."). Those people are the round's count.
 */

/** The verbs of closing a site: "close", "shut", "shuttered". */
export const CLOSING_VERB = '(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|shutter(?:s|ed|ing)?)';
/** The nouns of a site's closure: "closure", "shutdowns". */
export const CLOSURE_NOUN = '(?:closures?|shutdowns?)';
/** Verbs and nouns of closing a site (the sentence's own closure, before its headcount). */
const CLOSING = `(?:${CLOSING_VERB}|closures?\\s+of|shutdown\\s+of|(?:closure|shutdown)\\s+(?:procedure|process)\\s+for)`;
/** Where the site is: "in Kelso", "near Chennai", "at Arden and Bray" (a few words, no clause break). */
const PLACE = "(?:\\s+(?:in|at|near|outside|on)\\s+(?:[\\p{L}\\p{N}.'’&-]+\\s+){0,3}?[\\p{L}\\p{N}.'’&-]+)?";
/** The closing verb, the site and its place: "close its Tarvo plant", "the closure of its mill in Kelso". */
const CLOSED_SITE = `${CLOSING}(?:\\s+down)?\\s+(?:(?:its|their|the|both|all|two|three|four)\\s+)?(?:[\\p{L}\\p{N}.'’&-]+\\s+){0,4}?${SITE}${PLACE}`;

/** The site's headcount in brackets, its region first: " (Orsk, 400 employees)", " (about 260 workers)". */
const STAFF_IN_BRACKETS = `\\s*\\((?:[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,2},\\s*)?${MOD_BEFORE}${QUANTITY_OF_JOBS}\\)`;

/** Where a site is, before "and" and its headcount: "is situated near Orsk and ". */
const SITE_LOCATED =
  '(?:(?:is|was)\\s+(?:located|based|situated)\\s+(?:in|at|near|on|outside)\\s+[^,;.()]{1,80}?\\s+and\\s+)?';

export const SITE_HEADCOUNT_RULES: QuantityRule[] = [
  {
    // "will close its Tarvo plant, which employs 1,200 people", "shut the mill, home to about 350 workers", "the
    // shutdown process for the mill, which is situated near Orsk and still employs 230 people".
    name: 'closed-site-employs',
    anchor: F.structure,
    ahead: { bits: F.number, within: 40 },
    gate: /,\s+(?:which|that|employing|home|employer)/i,
    re: new RegExp(
      `${CLOSED_SITE},\\s+(?:(?:which|that)\\s+${SITE_LOCATED}(?:currently\\s+|still\\s+|now\\s+|together\\s+)?(?:employs?|employed|has|have|had)|employing|(?:home|employer)\\s+to)\\s+${MOD_BEFORE}${QUANTITY_OF_JOBS}`,
      'iuy',
    ),
    kind: 'layoff',
    siteStaff: true,
  },
  {
    // "the closure of its mill in Kelso, where about 350 people work".
    name: 'closed-site-where',
    anchor: F.structure,
    ahead: { bits: F.number, within: 24 },
    gate: /,\s+where\s/i,
    re: new RegExp(
      `${CLOSED_SITE},\\s+where\\s+${MOD_BEFORE}${QUANTITY_OF_JOBS_LEAD}\\s+(?:currently\\s+|still\\s+)?(?:work|worked|are\\s+employed|were\\s+employed)\\b`,
      'iuy',
    ),
    kind: 'layoff',
    siteStaff: true,
  },
  {
    // "will close its plant in Tarvingen (Orsk, 400 employees)", "shut the Velbrunn mill (260 workers)": the site's
    // headcount in brackets right after the closed site, with its region before a comma (as French and German
    // copy gives it). Not "its plant in Orsk (400 employees) will take the work" (no site closes).
    name: 'closed-site-bracket',
    anchor: F.structure,
    ahead: { bits: F.number, within: 24 },
    gate: /\(/,
    re: new RegExp(`${CLOSED_SITE}${STAFF_IN_BRACKETS}`, 'iuy'),
    kind: 'layoff',
    siteStaff: true,
  },
  {
    // "has announced a plant closure in Velbrunn (Orsk, 400 employees)": the closure noun after the site, then the
    // place and the bracketed headcount.
    name: 'site-closure-bracket',
    anchor: F.structure,
    ahead: { bits: F.number, within: 24 },
    gate: /\(/,
    re: new RegExp(`${CLOSURE_NOUN}${PLACE}${STAFF_IN_BRACKETS}`, 'iuy'),
    kind: 'layoff',
    siteStaff: true,
  },
];

/**
 * The headcount of the sites just closed, told in a sentence of its own: "Some four thousand permanent employees
 * work across the two factories", "About 800 workers are employed at the site", "The two plants employ 1,100
 * people". Group `q`.
 */
const STAFF_AT_SITES_RE = new RegExp(
  `^${MOD_BEFORE}${QUANTITY_OF_JOBS_LEAD}\\s+(?:currently\\s+|still\\s+|now\\s+)?(?:work|worked|are\\s+employed|were\\s+employed|are\\s+based|were\\s+based)\\s+(?:at|in|across|on)\\s+(?:the|both|those|these|that|this|its|each\\s+of\\s+the)\\s+(?:(?:two|three|four|five|affected)\\s+)?(?:${SITE}|operations?)\\b`,
  'iu',
);
/**
 * The staff of the site just closed, named with "the" anywhere in a sentence of its own: "Outplacement help is offered
 * to the 410 workers at the mill", "The 300 staff at the Orsk works will get severance". Not the staff
 * of another site ("the 400 employees at the new plant"). Group `q`.
 */
const STAFF_OF_THE_SITE_RE = new RegExp(
  `\\bthe\\s+${MOD_BEFORE}(?<q>\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\p{L}-]+\\s+)?(?:employees|workers|staff|staffers|people)\\s+(?:at|in|of)\\s+(?:the|that|this|its)\\s+(?:(?!(?:new|other|another|remaining|sister|second)\\s)[\\p{L}\\p{N}'’-]+\\s+){0,2}?${SITE}\\b`,
  'iu',
);
/** Words STAFF_OF_THE_SITE_RE cannot match without: "the" and a figure (a modifier between). */
const THE_FIGURE_GATE_RE = /\bthe\s+(?:[a-z]+\s+){0,2}?\d/i;
/**
 * Who tells the headcount, before the site: "Kestrel said (that) ", "It added ", "Kestrel, owned by Vessla, said ".
 * A capitalised name of up to four words, "It", "The company" or "The group", an aside between commas allowed.
 */
const TELLER =
  "(?:(?:It|The\\s+(?:company|group|firm)|(?-i:\\p{Lu})[\\p{L}\\p{N}&.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}&.'’-]*){0,3})(?:,\\s+[^,;.]{1,60},)?\\s+(?:said|says|added|noted)\\s+(?:that\\s+)?)";
/** One other thing told of the site before its headcount: "makes a fifth of its output, ". */
const SITE_PREDICATE = '(?:\\s+[^,;.]{1,60}?,)?';
const SITES_EMPLOY_RE = new RegExp(
  `^${TELLER}?(?:The|Both|Those|These|Its)\\s+(?:(?:two|three|four|five)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}?${SITE}${SITE_PREDICATE}\\s+(?:currently\\s+|together\\s+|still\\s+)?(?:employs?|employed|have|has|had)\\s+${MOD_BEFORE}${QUANTITY_OF_JOBS}`,
  'iu',
);
/** A sentence that closes or winds down sites (the one before the headcount). */
const CLOSED_BEFORE_RE =
  /\b(?:clos(?:e|es|ed|ing|ure|ures)|shut(?:s|ting|down)?|shutter\w*|wind(?:s|ing)?\s+down|wound\s+down|mothball\w*|(?:end|stop|halt|ceas)\w*\s+(?:all\s+)?(?:its\s+)?(?:vehicle\s+|car\s+|local\s+)?(?:production|manufacturing|assembly|operations))\b/i;

/** Words STAFF_AT_SITES_RE cannot match without, and the opening SITES_EMPLOY_RE needs (same flags). */
const STAFF_VERB_GATE_RE = /work|employ|based/iu;
const SITES_LEAD_GATE_RE = /^(?:The|Both|Those|These|Its)\s|\s(?:said|says|added|noted)\s/iu;

/**
 * True when sentence `s` may tell the staff of sites (a cheap test before any closure is looked for). It runs on
 * every sentence with a number and no trigger word, so each expression is tried only past a literal gate.
 */
export function mayTellSiteStaff(text: string): boolean {
  return (
    (STAFF_VERB_GATE_RE.test(text) && STAFF_AT_SITES_RE.test(text)) ||
    (SITES_LEAD_GATE_RE.test(text) && SITES_EMPLOY_RE.test(text)) ||
    (THE_FIGURE_GATE_RE.test(text) && STAFF_OF_THE_SITE_RE.test(text))
  );
}

/**
 * The count of a headcount sentence that follows a closure ("… will wind down assembly at both plants. Some 4,000
 * employees work across the two factories."), or null. `prev` must close or wind down sites.
 */
export function staffOfClosedSites(work: string, s: Span, prev: Span | undefined): number | null {
  if (!prev || !CLOSED_BEFORE_RE.test(work.slice(prev.start, prev.end))) return null;
  const text = work.slice(s.start, s.end);
  const m = STAFF_AT_SITES_RE.exec(text) ?? SITES_EMPLOY_RE.exec(text) ?? STAFF_OF_THE_SITE_RE.exec(text);
  const q = m?.groups?.q;
  return q ? parseCount(q).count : null;
}

/**
 * Staff who stay employed: "will maintain employment by transferring them", "redeployed to other plants", "many of
 * whom will move to other sites".
 */
const KEPT_ON_RE =
  /\b(?:transferr(?:ed|ing)|mov(?:e|es|ed|ing)\s+to\s+(?:other|another|new|nearby)\s+(?:[\w-]+\s+)?(?:sites?|plants?|facilities|factories|locations|offices|roles|jobs|positions)|transfers?\s+(?:them|the\s+(?:staff|workers|employees))|redeploy\w*|relocat(?:e|ed|ing)\s+(?:them|the\s+(?:staff|workers|employees))|maintain\s+(?:their\s+)?employment|keep\s+their\s+jobs|offered\s+(?:jobs|positions|roles)\s+(?:at|in|elsewhere))\b/i;

/**
 * A site's headcount is a round of its own only when the article tells no larger round it belongs to: a larger count
 * told before it ("will cut 11,000 jobs … close its Kreuztal site, where around 500 people work") or just after it
 * ("… which employs 720 people … Together, those steps will eliminate 1,600 jobs") makes it a part of that round,
 * and staff who are transferred lose no jobs. Such drafts are removed from `drafts` (in place).
 */
export function dropSiteStaffOfLargerRounds(work: string, sentences: readonly Span[], drafts: Draft[]): void {
  if (!drafts.some((d) => d.siteStaff)) return;
  const counted = (o: Draft, d: Draft) =>
    !o.siteStaff && !o.bare && !o.cumulative && cutClass(o.kind) === 'cut' && o.count !== null && o.count > d.count!;
  const keep = drafts.filter((d) => {
    if (!d.siteStaff || d.count === null) return true;
    if (drafts.some((o) => counted(o, d) && o.si - d.si <= 2 && o.org === d.org)) return false;
    const next = sentences[d.si + 1];
    const around = work.slice(sentences[d.si]!.start, next ? next.end : sentences[d.si]!.end);
    return !KEPT_ON_RE.test(around);
  });
  drafts.splice(0, drafts.length, ...keep);
}
