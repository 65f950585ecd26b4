import type { SourceKind } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { isCapitalized } from '../text/tokenize.js';
import type { DocContext } from '../resolve/doc-context.js';
import { COMMENTATOR_NAME_RE } from './commentators.js';
import { isPersonLikeName } from '../gazetteer/first-names.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import {
  ACCORDING_BEFORE_RE,
  DATA_BY_RE,
  INNER,
  NOUN_AFTER_RE,
  NOUN_BEFORE_RE,
  OUTLET_APPOSITION_AFTER_RE as APPOSITION_AFTER_RE,
  outletNounThenReport,
  isDescriptorWord,
  INSTITUTION_RE,
  REPORTED_AFTER_RE,
  STRONG_REPORTED_AFTER_RE,
  TOLD_BEFORE_RE,
  FOREIGN_ACCORDING_BEFORE_RE,
  FOREIGN_ACCORDING_WORDS,
} from './outlet-lexicon.js';
import { accordingNamesOutlet, inAnOutletsPiece } from './outlet-cues.js';
import { sentenceOf } from '../resolve/doc-context.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const LOWER_FIRST_RE = /^\p{Ll}/u;

const ACRONYM_AFTER_RE = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,12})\)/u;
/** Every word that can follow a name in one of the contexts read after it (the regexes below; a comma aside). */
const AFTER_GATE = new Set(
  `reported reports wrote writes said says cited quoted calculated estimated estimates analyst analysts economist
  economists strategist strategists newspaper daily weekly broadsheet tabloid paper magazine journal news wire
  newswire outlet portal website broadcaster public TV television channel radio station publication trade business
  financial economic has have
  had also told warned argued called urged criticised criticized condemned rejected welcomed cautioned claimed noted
  added stated described predicted expects and first earlier previously originally initially separately exclusively
  recently later pointed observed highlighted counted tallied learned learnt reckoned report story article press
  investigation interview editorial column op-ed opinion broadcast podcast`.split(/\s+/),
);
/** Every word that can end one of the contexts read before a name (the regexes below). */
const BEFORE_GATE = new Set(
  `told tells telling with to by in for of at from union unions association federation group body tank think-tank regulator watchdog
  shareholder shareholders investor investors fund spokesman spokeswoman spokesperson daily newspaper weekly broadsheet
  tabloid paper magazine journal agency service newswire outlet site website portal broadcaster television tv
  channel radio station publication title reported reports wrote writes`
    .split(/\s+/)
    .concat(FOREIGN_ACCORDING_WORDS),
);
/** "an analyst at X", "analysts from X" before; "X analyst Jane Roe", "X analysts said" after. */
const ANALYST_BEFORE_RE = /\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+(?:the\s+)?$/iu;
const ANALYST_AFTER_RE = /^\s+(?:analysts?|economists?|strategists?)\b/u;
/** A speech verb right after the name ("… Consortium has estimated", "…, the union that …, condemned"). */
const SPEAKS_AFTER_RE =
  /^(?:\s*\([^()]{1,20}\))?(?:\s*,[^,;:.()]{1,160},)?\s+(?:(?:has|have|had|also)\s+)?(?:said|says|told|warned|argued|estimated|estimates|called|urged|criticised|criticized|condemned|rejected|welcomed|cautioned|claimed|noted|added|stated|described|predicted|expects|calculated)\b/u;
/** "X, a business daily, reported": an outlet's verb past the apposition that says what it is. */
const REPORTS_PAST_APPOSITION_RE =
  /^,[^,;:.()]{1,80},\s+(?:(?:has|had|also|first|earlier)\s+)?(?:reported|reports|wrote|writes)\b/u;
/** Descriptors of commenting bodies before the name: "trade union X", "spokesman for the X", "industry body X". */
const COMMENTATOR_BEFORE_RE =
  /\b(?:unions?|trade\s+unions?|labou?r\s+unions?|association|federation|lobby(?:\s+group)?|industry\s+(?:body|group)|think[- ]tank|regulator|watchdog|shareholders?|investors?|fund|spokes(?:man|woman|person)\s+(?:for|of))\s+(?:the\s+)?$/iu;
/** After "according to X": X ends the phrase ("according to IG Kora.") rather than modifying a noun ("WARN notices"). */
const ACCORDING_END_RE =
  /^(?:\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,12}\))?\s*(?:[.,;:)]|$|\s(?:and|or|which|who|that|on|in|at|for|from|data|figures|estimates|calculations|show|shows|showed|suggest|suggests|indicate|indicates)\b)/u;
/**
 * "a Kora Wire report said", "a Reuters story showed": the name before the report's noun is whose report it is — only
 * after "a"/"an"/"the" and with the report's verb, or after "according to a" ("according to a Reuters report").
 */
const REPORT_SAID_AFTER_RE =
  /^\s+(?:report|story|article)\s+(?:(?:published|released)\s+)?(?:(?:on|last|this|earlier)\s+\p{L}+\s+)?(?:said|says|showed|shows|found|stated|states|revealed|reveals|suggested|suggests|claimed|claims|estimated|estimates|put|puts)\b/u;
/** "according to a Kora TV report", "according to a JNN investigation": whose report the source phrase names. */
const REPORT_AFTER_RE = /^\s+(?:report|story|article|investigation)\b/u;
const ACCORDING_TO_A_RE = /\b(?:according\s+to|citing|cited)\s+(?:a|an|the)\s+$/iu;
/** "…, writes Jane Roe.": the story's writer (a byline) when the name is a person's. */
const WRITER_BEFORE_RE = /,\s*(?:writes|wrote)\s+$/u;
/** "X and other outlets reported". */
const OTHER_OUTLETS_AFTER_RE =
  /^\s+and\s+other\s+(?:outlets|media|newspapers|publications|news\s+sites)\s+(?:have\s+)?(?:reported|said)\b/u;
/** "X argued in a commentary", "X wrote in an editorial". */
const COMMENTARY_AFTER_RE =
  /^\s+(?:has\s+)?(?:argued|wrote|said|noted|reported)\s+in\s+(?:a|an|its)\s+(?:commentary|column|editorial|leader|opinion piece|analysis)\b/u;
/** "X, the union that represents …," / "X, a trade union,". */
const UNION_APPOSITION_RE =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:union|trade union|works council|association|federation|lobby group|industry body)\b/iu;
const NOT_NAME = new Set(
  `The A An And Or Of In On At For With From To By As It Its This That Monday Tuesday Wednesday Thursday Friday Saturday
  Sunday January February March April May June July August September October November December Chief Executive
  President Prime Minister Mr Mrs Ms Dr Some Many Several Other Others Most All Both Few Two Three Four Five Its Their
  Industry Market Markets Investors Analysts Officials Executives Employees Workers Staff Unions MPs MEPs Lawmakers
  Legislators Senators Deputies Councillors Shareholders Reporters Journalists Según Segun Selon Laut Secondo
  Segundo`.split(/\s+/),
);
/** A source named only by how the text cites it: an outlet, an analyst's firm, a union or association. */
export interface UnnamedSource {
  name: string;
  start: number;
  end: number;
  kind: SourceKind;
  /** A bracketed acronym after the name ("(NUKM)"). */
  alias?: string;
}

/**
 * Sources no list or earlier step knows, read from how news cites them. Outlets: a run of capitalised words that no
 * mention covers, ending in a newspaper noun ("the Kora Daily", "Frankfurter Allgemeine Zeitung") or opened by a
 * foreign article ("El Norte"), and standing in a citing position — "told X", "in an interview with X",
 * "according to X", "X reported", "business daily X", "X, a local newspaper," — or any run of two or more words
 * after "told". Analysts' firms: "an analyst at X", "X analyst Jane Roe". Commenting bodies: a name ending in a
 * union/council/association/consortium … word that speaks or is quoted ("The Kora Retail Consortium has
 * estimated"), or one introduced as such ("trade union X said"). Names are given without a leading "the".
 */
export function findUnnamedSources(ctx: DocContext): UnnamedSource[] {
  const out: UnnamedSource[] = [];
  const tokens = ctx.tokens;
  const bodyStart = ctx.sentences[0]?.start ?? 0;
  const covered = coverage(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < bodyStart || !isCapitalized(t.text) || NOT_NAME.has(t.text) || covered[i]) continue;
    if (isDescriptorWord(t.text)) continue;
    if (
      i > 0 &&
      isCapitalized(tokens[i - 1]!.text) &&
      !NOT_NAME.has(tokens[i - 1]!.text) &&
      !isDescriptorWord(tokens[i - 1]!.text) &&
      gapJoinsName(ctx, tokens[i - 1]!, t)
    )
      continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 6) {
      const n = tokens[j + 1]!;
      if (!gapJoinsName(ctx, tokens[j]!, n) || covered[j + 1]) break;
      if (isCapitalized(n.text) && !NOT_NAME.has(n.text)) j++;
      else if (!gapIsSpace(ctx, tokens[j]!, n)) break;
      else if (
        INNER.has(n.text) &&
        tokens[j + 2] &&
        isCapitalized(tokens[j + 2]!.text) &&
        gapIsSpace(ctx, n, tokens[j + 2]!)
      )
        j += 2;
      else break;
    }
    const start = t.start;
    const end = tokens[j]!.end;
    // "told the Mumbai-based Kora Times", "told Norland's Kora Blatt": the context is read before those words.
    const lead = describedFrom(ctx, tokens, i);
    const p1 = tokens[lead - 1]?.text.toLowerCase();
    const prev = p1 === 'the' ? tokens[lead - 2]?.text.toLowerCase() : p1;
    const gatedBefore = prev !== undefined && BEFORE_GATE.has(prev);
    const next = tokens[j + 1];
    // Nothing can cite a name that no telling word stands before or after (a cheap look before the expressions).
    if (
      !gatedBefore &&
      ctx.work.charCodeAt(end) !== 44 &&
      ctx.work.charCodeAt(end) !== 41 &&
      ctx.work.slice(end, end + 2) !== ' (' &&
      !(next && AFTER_GATE.has(next.text))
    ) {
      i = j;
      continue;
    }
    // The context before the name is read only when the word before it (past a "the") can end such a context.
    const leadStart = tokens[lead]!.start;
    const before = gatedBefore ? ctx.work.slice(Math.max(0, leadStart - 40), leadStart) : '';
    const after = ctx.work.slice(end, end + 200);
    const name = ctx.work.slice(start, end).replace(/\s+/g, ' ');
    const nounAfter = NOUN_AFTER_RE.exec(after);
    const describedAsOutlet = NOUN_BEFORE_RE.test(before) || !!nounAfter || APPOSITION_AFTER_RE.test(after);
    const told = TOLD_BEFORE_RE.test(before);
    const foreign = gatedBefore ? FOREIGN_ACCORDING_BEFORE_RE.exec(before) : null;
    const according = ACCORDING_BEFORE_RE.test(before) || DATA_BY_RE.test(before);
    // "según el diario X": the foreign outlet noun says what X is.
    const foreignOutlet = !!foreign?.[1];
    // "Japan's Kora Keizai business daily reported": the outlet's verb may follow the noun that says what it is —
    // not after "a Sydney newspaper reported", "One German daily reported" (a place or a count describes, it names
    // nothing).
    const reported =
      REPORTED_AFTER_RE.test(after) ||
      (!!nounAfter && !DESCRIBES_BEFORE.has(p1 ?? '') && !describesOutlet(name) && outletNounThenReport(after) > 0);
    // "a Kora Wire report said", "according to a Reuters report".
    const report =
      (p1 === 'a' || p1 === 'an' || p1 === 'the') &&
      (REPORT_SAID_AFTER_RE.test(after) ||
        (REPORT_AFTER_RE.test(after) && ACCORDING_TO_A_RE.test(ctx.work.slice(Math.max(0, start - 20), start)))) &&
      !describesOutlet(name) &&
      !isPersonLikeName(name);
    // "said in a Norrvik Globe article": the outlet that ran the piece (a place may open its name; a place alone is weak).
    const piece =
      inAnOutletsPiece(ctx.work.slice(Math.max(0, start - 12), start), after) &&
      !isPersonLikeName(name) &&
      !INSTITUTION_RE.test(name);
    const cited = told || according || reported;
    // "according to The Verge": a capitalised "The" mid-sentence opens a title, whatever its words.
    const titled =
      p1 === 'the' && tokens[i - 1]!.text === 'The' && !/[.!?:]\s*$/.test(ctx.work.slice(start - 8, start - 4));
    // One common word ("While", "Demand") or a place names a source only when called an outlet.
    // "by the Swedish business portal X": a nationality before a lower-case noun describes, it names nothing.
    if (j === i && NATIONALITIES.has(t.text) && next && LOWER_FIRST_RE.test(next.text) && !AFTER_GATE.has(next.text)) {
      continue;
    }
    const weak = ((j === i && isCommonWord(t.text)) || isPlace(name)) && !titled;
    if (weak && !describedAsOutlet) continue;
    // "told German public broadcaster ZDF": a nationality alone describes the outlet named after it.
    if (j === i && NATIONALITIES.has(name)) continue;
    let kind: SourceKind | null = null;
    const strongly = STRONG_REPORTED_AFTER_RE.test(after);
    if (
      (describedAsOutlet || foreignOutlet) &&
      (cited || strongly || SPEAKS_AFTER_RE.test(after) || REPORTS_PAST_APPOSITION_RE.test(after))
    )
      kind = 'news-outlet';
    else if (
      told &&
      (j > i || titled || !isPersonLikeName(name)) &&
      !INSTITUTION_RE.test(name) &&
      !(WRITER_BEFORE_RE.test(before) && isPersonLikeName(name))
    )
      kind = 'news-outlet';
    else if (strongly && !weak && !INSTITUTION_RE.test(name) && !isPersonLikeName(name)) kind = 'news-outlet';
    else if (ANALYST_BEFORE_RE.test(before) || ANALYST_AFTER_RE.test(after)) kind = 'analyst-firm';
    else if (
      COMMENTATOR_NAME_RE.test(name) &&
      (according || SPEAKS_AFTER_RE.test(after) || COMMENTATOR_BEFORE_RE.test(before))
    )
      kind = 'other';
    else if (COMMENTATOR_BEFORE_RE.test(before) && SPEAKS_AFTER_RE.test(after)) kind = 'other';
    else if (OTHER_OUTLETS_AFTER_RE.test(after) || COMMENTARY_AFTER_RE.test(after)) kind = 'news-outlet';
    else if (UNION_APPOSITION_RE.test(after) && SPEAKS_AFTER_RE.test(after)) kind = 'other';
    else if (according && !isPersonLikeName(name) && ACCORDING_END_RE.test(after))
      kind = accordingNamesOutlet(name, titled, sentenceBefore(ctx, start)) ? 'news-outlet' : 'other';
    else if ((report || piece) && !weak && !INSTITUTION_RE.test(name)) kind = 'news-outlet';
    if (kind) {
      const acronym = ACRONYM_AFTER_RE.exec(after)?.[1];
      // "The National Union of … (NUKM) said": when the acronym is a known name, the speaker is that entity.
      if (acronym && covered[j + 1]) {
        i = j;
        continue;
      }
      const from = titled ? tokens[i - 1]!.start : start;
      out.push({ name: titled ? 'The ' + name : name, start: from, end, kind, ...(acronym ? { alias: acronym } : {}) });
      i = j;
    }
  }
  return out;
}

/**
 * The first token of the words that describe the name starting at token `i` — "Mumbai-based", a place in the
 * possessive ("Norland's") — or `i` itself.
 */
function describedFrom(ctx: DocContext, tokens: readonly Token[], i: number): number {
  const p = tokens[i - 1];
  if (p && isDescriptorWord(p.text) && gapIsSpace(ctx, p, tokens[i]!)) return i - 1;
  const owner = tokens[i - 2];
  if (p?.text === 's' && owner && /^['’]$/.test(ctx.work.slice(owner.end, p.start)) && isPlace(owner.text))
    return i - 2;
  return i;
}

/** The words of the name's sentence before it ("Kestrel has reportedly cut 40 jobs, according to "). */
function sentenceBefore(ctx: DocContext, start: number): string {
  const s = sentenceOf(ctx, start);
  return s && s.start <= start ? ctx.work.slice(Math.max(s.start, start - 400), start) : '';
}

/** Words before a name that make it a description: "a Sydney daily", "one Kora newspaper". */
const DESCRIBES_BEFORE = new Set(['a', 'an', 'one', 'another']);
/** "One German", "Hong Kong", "Swiss": a count, place or nationality describes an outlet, it is no outlet's name. */
function describesOutlet(name: string): boolean {
  const words = name.split(' ');
  return isPlace(name) || words.some((w) => w === 'One' || NATIONALITIES.has(w) || isPlace(w));
}

function gapIsSpace(ctx: DocContext, a: Token, b: Token): boolean {
  const gap = ctx.work.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

/** A space, or " & " between two words of one name ("Frost & Sullivan", "Kestrel & Vale"). */
function gapJoinsName(ctx: DocContext, a: Token, b: Token): boolean {
  return gapIsSpace(ctx, a, b) || ctx.work.slice(a.end, b.start) === ' & ';
}

/** For each token, whether a mention covers it: one walk over the tokens and the sorted mentions together. */
function coverage(ctx: DocContext): Uint8Array {
  const ms = ctx.mentions;
  const out = new Uint8Array(ctx.tokens.length);
  let k = 0;
  let reach = -1;
  ctx.tokens.forEach((t, i) => {
    while (k < ms.length && ms[k]!.start < t.end) reach = Math.max(reach, ms[k++]!.end);
    out[i] = reach > t.start ? 1 : 0;
  });
  return out;
}
