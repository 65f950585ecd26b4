import type { Token } from '../text/tokenize.js';
import { isCapitalized } from '../text/tokenize.js';
import type { Mention } from '../ner/mention.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { endsWithPossessiveS, isSpaceAt } from '../text/char-class.js';
import { FIRST_NAMES } from '../gazetteer/first-names.js';
import { inKnowledgeBase } from '../ner/org-names.js';
import { ORG_HEAD_WORDS, PUBLIC_BODY_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import { OUTLET_OPENING_WORDS } from '../gazetteer/lexicon/outlet-nouns.js';
import { findCoordinatedOutlets } from './coordinated-outlets.js';

/** Honorifics before a surname ("Mr De Ferrari"): what follows is a person. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Dame', 'Mme', 'M', 'Herr', 'Frau', 'Sr', 'Sra']);
import {
  ACCORDING_BEFORE_RE,
  AMBIGUOUS_HEADS,
  isDescriptorWord,
  OUTLET_NOUN,
  DOMAIN_RE,
  FOREIGN_ARTICLES,
  INNER,
  INSTITUTION_RE,
  NOUN_AFTER_RE,
  NOUN_BEFORE_RE,
  OUTLET_APPOSITION_AFTER_RE,
  OUTLET_HEADS,
  REPORTED_AFTER_RE,
  REPORTED_NEWS_AFTER_RE,
  REPORTS_AFTER_RE,
  STRONG_REPORTED_AFTER_RE,
  TOLD_BEFORE_RE,
  FOREIGN_ACCORDING_WORDS,
} from './outlet-lexicon.js';

/** Capitalised words that never start or continue an outlet's name. */
const NOT_NAME = new Set(
  `The A An And Or Of In On At For With From To By As It Its This That Monday Tuesday Wednesday Thursday Friday Saturday
  Sunday January February March April May June July August September October November December Chief Executive
  President Prime Minister Mr Mrs Ms Dr Some Many Several Other Others Most All Both Few Two Three Four Five Their`.split(
    /\s+/,
  ),
);
/** Words that can end a phrase citing the name after it ("told the", "interview with", "according to"). */
const BEFORE_GATE = new Set(
  `told with to by in for from daily newspaper weekly broadsheet tabloid paper magazine journal agency service newswire
  outlet site website portal broadcaster television tv channel radio station publication title reported reports wrote writes`
    .split(/\s+/)
    .concat(FOREIGN_ACCORDING_WORDS),
);
/**
 * Gate words that end no outlet noun ("told the X", "interview with X"): DESCRIPTOR_END_RE and NOUN_BEFORE_RE,
 * which must end with an outlet noun, cannot match before them, so they are not run.
 */
const CITING_GATE = new Set('told with to by in for from reported reports wrote writes'.split(' '));
/** Words that can follow a cited outlet's name ("X reported", "X first reported", "X newspaper"). */
const AFTER_GATE = new Set(
  `reported reports wrote writes said says cited quoted calculated estimated revealed has had was also first earlier
  previously originally initially separately exclusively recently later further again newspaper daily weekly
  broadsheet tabloid paper magazine journal news wire newswire outlet portal website web broadcaster public TV
  television channel radio station publication trade pointed noted observed highlighted counted tallied learned learnt
  reckoned`.split(/\s+/),
);

/**
 * Outlets read from how news names and cites them, before organizations and people are looked for, so that neither
 * claims them ("told Les Echos", "Ziarul Financiar reported last year", "the news portal money.pl reported"): a
 * run of capitalised words ending in a newspaper noun or opened by a foreign article, a web address, or "The" and a
 * nationality ("The Norwegian has reported"), standing where an outlet is cited — "told X", "an interview with X",
 * "according to X", "a report in X", "X reported", "X first reported", "X said, citing" — or described as one
 * ("business daily X", "X, a local newspaper,"). A name ending in a noun companies also use ("Post", "Mail",
 * "Express") needs more than "X said". Later, "the Herald" is the outlet named before whose name ends so. Marks the
 * tokens it takes in `covered`; names are given without a leading "the".
 */
export function findOutletMentions(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  from: number,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < from || covered[i]) continue;
    if (t.text.includes('.') && !isCapitalized(t.text.slice(t.text.lastIndexOf('.') + 1))) {
      if (isDomain(text, t) && (citedBefore(text, tokens, i) || citedAfter(text, t.end, tokens[i + 1], true)))
        take(out, covered, i, i, t.start, t.end, t.text);
      continue;
    }
    if (!isCapitalized(t.text) || (NOT_NAME.has(t.text) && !dayTitle(text, tokens, i))) continue;
    if (isDescriptorWord(t.text)) continue;
    // "Newspaper O Globo reported": a sentence opened by what the outlet is, its name after.
    if (NOUN_OPENERS.has(t.text) && tokens[i + 1] && isCapitalized(tokens[i + 1]!.text)) continue;
    const prev = tokens[i - 1];
    if (
      prev &&
      isCapitalized(prev.text) &&
      !NOT_NAME.has(prev.text) &&
      !NOUN_OPENERS.has(prev.text) &&
      !isDescriptorWord(prev.text) &&
      isSpace(text, prev, t)
    )
      continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 6) {
      const n = tokens[j + 1]!;
      // "O Estado de S. Paulo": an initial inside the name, its full stop no sentence's end.
      const initial = j > i && tokens[j]!.text.length === 1 && text.slice(tokens[j]!.end, n.start) === '. ';
      if ((!isSpace(text, tokens[j]!, n) && !(initial && isCapitalized(n.text))) || covered[j + 1]) break;
      if (isCapitalized(n.text) && !NOT_NAME.has(n.text)) j++;
      else if (
        INNER.has(n.text) &&
        tokens[j + 2] &&
        isCapitalized(tokens[j + 2]!.text) &&
        isSpace(text, n, tokens[j + 2]!)
      )
        j += 2;
      else if (j > i && numberInsideName(text, tokens, j + 1)) j += 2;
      else break;
    }
    const head = tokens[j]!.text;
    const theBefore = prev?.text === 'The' && isSpace(text, prev, t);
    // "Business Report said": two words, the first one a business paper's ("Business", "Financial"), no organization's.
    const paperForm = j === i + 1 && OUTLET_OPENING_WORDS.has(t.text) && !ORG_HEAD_WORDS.has(head);
    const outletForm = j > i && (OUTLET_HEADS.has(head) || FOREIGN_ARTICLES.has(t.text) || paperForm);
    // "The Australian reported": a paper named by a demonym; "The Italian daily Il Sole reported": a demonym before
    // an outlet noun describes the outlet named after it.
    const demonym =
      j === i && theBefore && NATIONALITIES.has(t.text) && !NOUN_AFTER_RE.test(text.slice(t.end, t.end + 40));
    const end = tokens[j]!.end;
    if ((outletForm || demonym) && !(prev && (HONORIFICS.has(prev.text) || FIRST_NAMES.has(prev.text)))) {
      // "Mr De Ferrari said", "Le Pen said": a name opened by an article needs an outlet's own context.
      const strong = demonym || AMBIGUOUS_HEADS.has(head) || (!OUTLET_HEADS.has(head) && !paperForm);
      if (
        citedBefore(text, tokens, i) ||
        citedAfter(text, end, tokens[j + 1], !strong) ||
        // "Corriere della Sera reported the plan": news an outlet reports (a "Royal Mail" may report its own cuts).
        (!AMBIGUOUS_HEADS.has(head) && REPORTED_NEWS_AFTER_RE.test(text.slice(end, end + 80))) ||
        (!AMBIGUOUS_HEADS.has(head) && FIRST_TO_REPORT_AFTER_RE.test(text.slice(end, end + 40))) ||
        describedAt(text, tokens, i, end)
      ) {
        const start = demonym ? prev.start : t.start;
        take(out, covered, demonym ? i - 1 : i, j, start, end, text.slice(start, end).replace(/\s+/g, ' '));
      }
    } else if (
      ((describedBefore(text, tokens, i) &&
        (citedBefore(text, tokens, i) || citedAfter(text, end, tokens[j + 1], true))) ||
        // "A Sydney newspaper first reported": a place describes the outlet, it does not name it.
        (tokens[j + 1] !== undefined &&
          AFTER_GATE.has(tokens[j + 1]!.text) &&
          !describesOnly(text.slice(t.start, end)) &&
          (NOUN_THEN_VERB_RE.test(text.slice(end, end + 60)) ||
            // "according to Mexico's Vessla newspaper", "told the Kora daily".
            (NOUN_AFTER_RE.test(text.slice(end, end + 60)) && citedBeforeNamed(text, t.start)))) ||
        placeOutletReports(text, tokens, i, end) ||
        newsroomActs(text, tokens, i, j) ||
        // "Kovaldi quoted the finance chief as saying": what only an outlet does with someone's words.
        (tokens[j + 1]?.text === 'quoted' && QUOTED_AS_SAYING_RE.test(text.slice(end, end + 100)))) &&
      !(j === i && isCommonWord(t.text))
    ) {
      take(out, covered, i, j, t.start, end, text.slice(t.start, end).replace(/\s+/g, ' '));
    } else if ((j > i || quotedBy(text, t.start, t.text)) && bareOutletAt(text, t.start, end)) {
      take(out, covered, i, j, t.start, end, text.slice(t.start, end).replace(/\s+/g, ' '));
    }
    i = j;
  }
  return [...out, ...shortForms(text, tokens, covered, out), ...findCoordinatedOutlets(text, tokens, covered)];
}

/**
 * "Il Kestrel 24 Ore", "Radio Norrvik 96 Fm": a number of one to three digits inside a name of two words or more,
 * a capitalised word right after it (not "Kestrel Posten 24 hours ago", not a name's last word "Kanal 5").
 */
function numberInsideName(text: string, tokens: readonly Token[], k: number): boolean {
  const n = tokens[k]!;
  const next = tokens[k + 1];
  if (!/^\d{1,3}$/.test(n.text) || !next || !isSpace(text, n, next)) return false;
  return isCapitalized(next.text) && !NOT_NAME.has(next.text);
}

/**
 * "Sweden's Kora Industri reported the plan": a name no list knows as a company, after a place's possessive, that
 * reports (not results) — a newspaper of that country, not a person (no given name opens it).
 */
function placeOutletReports(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const s = tokens[i - 1];
  const place = tokens[i - 2];
  if (s?.text !== 's' || !place || !/^['’]$/.test(text.slice(place.end, s.start)) || !isSpace(text, s, t)) return false;
  if (!isPlace(place.text) || FIRST_NAMES.has(t.text) || !REPORTS_AFTER_RE.test(text.slice(end, end + 80)))
    return false;
  return !inKnowledgeBase(text.slice(t.start, end).replace(/\s+/g, ' '));
}

/**
 * "Kestrel Business had been first to report the cuts", "Orskwire has learnt that": a newsroom's own acts after a
 * name of any form — not "… first to report a profit" (results a company reports), not "had learned of" or
 * "learned from" (anyone learning), not a person (a given name or honorific opens it), a place or a name the
 * knowledge base holds.
 */
export const NEWSROOM_ACT_AFTER_RE =
  /^\s+(?:(?:was|had\s+been)\s+(?:the\s+)?first\s+to\s+report(?=\s*[.,;]|\s+(?:on|that|the|news|details|plans?|cuts|layoffs|job|closure|talks|deal|sale|move|decision)\b)|(?:has|had)\s+(?:learned|learnt)(?=\s*[.,;]|\s+that\b))/u;

function newsroomActs(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1]?.text;
  if (next !== 'was' && next !== 'has' && next !== 'had') return false;
  const end = tokens[j]!.end;
  if (!NEWSROOM_ACT_AFTER_RE.test(text.slice(end, end + 60))) return false;
  const first = tokens[i]!.text;
  const prev = tokens[i - 1]?.text;
  if (FIRST_NAMES.has(first) || HONORIFICS.has(first) || (prev !== undefined && HONORIFICS.has(prev))) return false;
  const name = text.slice(tokens[i]!.start, end).replace(/\s+/g, ' ');
  return !isPlace(name) && !isPlace(first) && !NATIONALITIES.has(first) && !inKnowledgeBase(name);
}

/**
 * What is done to an outlet, named bare right after: "in an interview with X", "told X", "quoted by X", "a memo seen by
 * X", "confirmed to X".
 */
const BARE_OUTLET_BEFORE_RE =
  /\b(?:told|interview\s+(?:with|to|given\s+to)|quoted\s+(?:as\s+saying\s+)?by|(?:seen|reviewed|obtained|published|(?:first\s+)?reported)\s+by|confirmed\s+(?:the\s+\w+\s+)?to)\s+(?:the\s+)?$/iu;
/** Where a cited name ends: a stop, or a word that opens what follows the citation ("… told X on Sunday"). */
const BARE_OUTLET_END_RE =
  /^(?:\s*(?:[.,;:)]|$)|\s+(?:in|on|last|this|earlier|that|at|during|when|after|before|about|and|published)\b)/u;

/**
 * "in an interview with Vestland Tidende", "told Kora Posten on Sunday": a name of two or more capitalised words that
 * stands bare where only an outlet is cited — not a person's (no given name or honorific opens it), not a place's, an
 * institution's or an organization's by its head word ("told Kora Capital" is an investor told something), nor one
 * the knowledge base holds (found as what it is elsewhere).
 */
function bareOutletAt(text: string, start: number, end: number): boolean {
  if (!BARE_OUTLET_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (!BARE_OUTLET_END_RE.test(text.slice(end, end + 12))) return false;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const words = name.split(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (FIRST_NAMES.has(first) || HONORIFICS.has(first) || NATIONALITIES.has(first)) return false;
  if (ORG_HEAD_WORDS.has(last) || PUBLIC_BODY_WORDS.has(last) || INSTITUTION_RE.test(name)) return false;
  return !isPlace(name) && !isPlace(first) && !inKnowledgeBase(name);
}

/**
 * "The Kestrel Times was the first to report that …", "Norrvik Posten, which was first to report the plan": what an
 * outlet is credited with, read only after a name of an outlet's form (a company is "the first to report" results).
 */
const FIRST_TO_REPORT_AFTER_RE = /^(?:,\s+which)?\s+(?:was|were|had\s+been)\s+(?:the\s+)?first\s+to\s+report\b/u;

/** "was quoted as saying by ", "a memo seen by ": what is done only by an outlet, so one word may name it. */
const QUOTED_BY_BEFORE_RE = /\b(?:quoted\s+(?:as\s+saying\s+)?|(?:seen|reviewed|obtained)\s+)by\s+$/iu;

/** "she was quoted as saying by Kovaldi": one capitalised word after an outlet's act, not a common word. */
function quotedBy(text: string, start: number, word: string): boolean {
  // The window must end in "by" (any case) and blanks: tested by char code before the expression.
  const from = Math.max(0, start - 30);
  let k = start;
  while (k > from && isSpaceAt(text, k - 1)) k--;
  if (k === start || k - 2 < from || (text.charCodeAt(k - 1) | 32) !== 121 || (text.charCodeAt(k - 2) | 32) !== 98)
    return false;
  return QUOTED_BY_BEFORE_RE.test(text.slice(from, start)) && !isCommonWord(word);
}

/** " quoted CFO Jan Roe as saying": an outlet quoting someone (up to six words for who it quotes). */
const QUOTED_AS_SAYING_RE = /^\s+quoted\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}as\s+saying\b/u;

/** Outlet nouns that may open a sentence before the outlet's name ("Newspaper O Globo reported …"). */
const NOUN_OPENERS = new Set(['Newspaper', 'Daily', 'Weekly', 'Broadsheet', 'Tabloid', 'Magazine', 'Broadcaster']);
/** "X news agency reported", "X daily said": what the outlet is, then its verb. */
const NOUN_THEN_VERB_RE = new RegExp(
  `^\\s+${OUTLET_NOUN}\\s+(?:(?:(?:has|had|also|first|earlier)\\s+)?(?:reported|reports|said|says|wrote|writes|quoted|cited|obtained|reviewed)|(?:has|had)\\s+seen)\\b`,
  'iu',
);

const DAYS = new Set(['Sunday', 'Saturday', 'Monday', 'Friday', 'Weekend']);

/** "the Sunday Times", "Saturday Star": a day name that opens an outlet's name. */
function dayTitle(text: string, tokens: readonly Token[], i: number): boolean {
  if (!DAYS.has(tokens[i]!.text)) return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isSpace(text, tokens[k - 1]!, t) || !isCapitalized(t.text)) return false;
    if (OUTLET_HEADS.has(t.text)) return true;
  }
  return false;
}

/** "the Herald", "the Journal": an outlet named before whose name ends in that word. */
function shortForms(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  outlets: readonly Mention[],
): Mention[] {
  const byHead = new Map<string, Mention>();
  for (const m of outlets) {
    if (m.type !== 'Source') continue;
    const last = m.name.slice(m.name.lastIndexOf(' ') + 1);
    if (last !== m.name && OUTLET_HEADS.has(last) && !byHead.has(last)) byHead.set(last, m);
  }
  const out: Mention[] = [];
  if (byHead.size === 0) return out;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = byHead.get(t.text);
    if (!m || covered[i] || t.start < m.end) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    if ((prev.text !== 'the' && prev.text !== 'The') || !isSpace(text, prev, t)) continue;
    if (next && isCapitalized(next.text) && isSpace(text, t, next)) continue;
    out.push({ start: t.start, end: t.end, type: 'Source', name: m.name, kind: m.kind ?? 'news-outlet' });
    covered[i] = 1;
  }
  return out;
}

function take(out: Mention[], covered: Uint8Array, i: number, j: number, start: number, end: number, name: string) {
  out.push({ start, end, type: 'Source', name, kind: 'news-outlet' });
  covered.fill(1, i, j + 1);
}

/** A place or nationality before an outlet noun describes the outlet ("A Sydney newspaper", "German broadcaster ZDF"). */
const describesOnly = (name: string) => isPlace(name) || NATIONALITIES.has(name);

/** "according to (Mexico's) X", "told (the) X" right before `start`: a place's possessive may stand between. */
function citedBeforeNamed(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const place = endsWithPossessiveS(before) ? PLACE_POSSESSIVE_END_RE.exec(before) : null;
  const rest = place && isPlace(place[1]!) ? before.slice(0, place.index) : before;
  return TOLD_BEFORE_RE.test(rest) || ACCORDING_BEFORE_RE.test(rest);
}
const PLACE_POSSESSIVE_END_RE = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u;

/** "told the Mumbai-based X": the context of X is read before the word that says where it is based. */
function pastDescriptor(tokens: readonly Token[], i: number): number {
  return i > 0 && isDescriptorWord(tokens[i - 1]!.text) ? i - 1 : i;
}

/** "told X", "in an interview with X", "according to X", "a report in X", also with a descriptor ("told business daily X"). */
function citedBefore(text: string, tokens: readonly Token[], at: number): boolean {
  const i = pastDescriptor(tokens, at);
  const p1 = tokens[i - 1]?.text.toLowerCase();
  const prev = p1 === 'the' ? tokens[i - 2]?.text.toLowerCase() : p1;
  if (prev === undefined || !BEFORE_GATE.has(prev)) return false;
  let before = text.slice(Math.max(0, tokens[i]!.start - 80), tokens[i]!.start);
  const described = CITING_GATE.has(prev) ? null : DESCRIPTOR_END_RE.exec(before);
  if (described) before = before.slice(0, described.index);
  return (
    TOLD_BEFORE_RE.test(before) || ACCORDING_BEFORE_RE.test(before) || (!!described && SAID_ON_BEFORE_RE.test(before))
  );
}
/**
 * "said on radio station X", "speaking on public broadcaster X": what is said on air cites the station; only with an
 * outlet's noun before the name, since "said on" is also followed by days, places and platforms.
 */
const SAID_ON_BEFORE_RE =
  /\b(?:said|says|saying|speaking|spoke|appearing|appeared|interviewed|commenting|remarked|declared)\s+on\s+$/iu;
/**
 * A descriptor ending the text before a name: "the Polish business daily ", "news portal ", also the bare "the
 * agency " of news translated from Spanish or Portuguese ("in declarations to the agency Kora Press"), which only
 * counts after a citing phrase and before a name of an outlet's form.
 */
const DESCRIPTOR_END_RE = new RegExp(
  `(?:\\b(?:the|a|an)\\s+)?(?:(?<![\\p{L}-])(?!(?:by|with|to|in|of|from|for|on|told|reported|according|said|says|saying|speaking|spoke|appearing|appeared|interviewed|commenting|the|a|an)\\b)[\\p{L}-]+\\s+){0,3}?(?:${OUTLET_NOUN}|agency)\\s+(?:the\\s+)?$`,
  'iu',
);

function describedBefore(text: string, tokens: readonly Token[], at: number): boolean {
  const i = pastDescriptor(tokens, at);
  const p1 = tokens[i - 1]?.text.toLowerCase();
  const prev = p1 === 'the' ? tokens[i - 2]?.text.toLowerCase() : p1;
  return (
    prev !== undefined &&
    BEFORE_GATE.has(prev) &&
    !CITING_GATE.has(prev) &&
    NOUN_BEFORE_RE.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start))
  );
}

/** "X reported", "X first reported", "X said, citing"; with `any`, also "X said on Monday". */
/**
 * An aside between an outlet's name and its verb: "Het Norder Dagblad, for its part, counted …", "The Halden Times, in
 * a front-page story on Tuesday, quoted …", "the Lindholm Herald, which is owned by Brevik Media, reported".
 */
const OUTLET_ASIDE_RE =
  /^,\s+(?:for\s+its\s+part|(?:which\s+(?:is|was)\s+)?(?:owned|controlled|published|run)\s+by\s+[^,.;()]{1,60}|(?:a|an|the)\s+(?:unit|arm|sister\s+(?:paper|title|publication))\s+of\s+[^,.;()]{1,60}|in\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:story|report|article|editorial|dispatch|piece|column)(?:\s+(?:on|last|this)\s+\p{L}+)?(?:,\s+\p{Lu}\p{Ll}+day)?),/u;

function citedAfter(text: string, end: number, next: Token | undefined, any: boolean): boolean {
  if (text.charCodeAt(end) === 44 && text.startsWith(', citing', end)) return true;
  const aside = text.charCodeAt(end) === 44 ? (OUTLET_ASIDE_RE.exec(text.slice(end, end + 90))?.[0].length ?? 0) : 0;
  if (!aside && (!next || !AFTER_GATE.has(next.text))) return false;
  const after = text.slice(end + aside, end + aside + 60);
  return STRONG_REPORTED_AFTER_RE.test(after) || (any && REPORTED_AFTER_RE.test(after)) || NOUN_AFTER_RE.test(after);
}

/** "X, a local newspaper,", "X newspaper". */
function describedAt(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  return NOUN_AFTER_RE.test(after) || OUTLET_APPOSITION_AFTER_RE.test(after) || describedBefore(text, tokens, i);
}

/** A web address standing alone (not an e-mail address). */
function isDomain(text: string, t: Token): boolean {
  return DOMAIN_RE.test(t.text) && text.charCodeAt(t.start - 1) !== 64 && text.charCodeAt(t.end) !== 64;
}

function isSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}
