import type { Token } from '../text/tokenize.js';
import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { COMMENTATOR_TITLE_RE, TITLE_AT_END_RE } from './voices.js';
import { DATA_BY_RE, NEWS_AGENCY_BEFORE_NAME } from './outlet-lexicon.js';
import { beforePlacePossessive } from './place-possessive.js';

/** Verbs that attribute what follows (or precedes) to a speaker. */
const SPEECH_VERBS = new Set(
  `said says say told tells added adds noted notes warned warns argued argues estimated estimates reported reports
  wrote writes stated states announced confirmed confirms predicted predicts forecast forecasts calculated calculates
  criticised criticized criticises criticizes condemned condemns urged urges welcomed welcomes rejected rejects
  described describes explained explains insisted insists claimed claims acknowledged admitted cautioned countered
  commented disputed called calls vowed threatened pegged downgraded upgraded reckoned reckons graded grades
  pencilled penciled flagged flags suggested suggests counted counts pointed weighed rated rates affirmed affirms
  questioned doubted calculated blamed opposed indicated learned learnt declared declares`.split(/\s+/),
);
/**
 * Verbs of assertion and complaint that attribute a view the way "said" does ("Jane Roe, general secretary of the
 * Kora Workers' Union, accused the company of …", "the Kora Union maintains that …", "Roe stressed"). Many take an
 * object ("accused Norrvik of …", "slammed Norrvik"), so their speaker is only ever the name before them.
 */
const ASSERTION_VERBS = new Set(
  `accused accuses alleged alleges stressed stresses emphasised emphasized emphasises emphasizes underlined underlines
  underscored underscores maintained maintains asserted asserts contended contends lamented laments complained
  complains decried decries slammed slams lambasted lambastes remarked remarks reiterated reiterates conceded concedes
  replied replies`.split(/\s+/),
);
/**
 * "dismissed the fall in prices as a cyclical issue", "dismissed the reports as speculation": a view rejected in
 * words — not "dismissed 300 workers as part of the cuts", nor "was dismissed as chairman" (no object before "as").
 */
const DISMISSED_AS_AFTER_RE =
  /^\s+(?:the|this|that|these|those|such|claims|reports|concerns|fears|suggestions?|criticism|talk|speculation)\b(?:(?!\b(?:workers|employees|staff)\b)[^.;:!?]){0,90}?\sas\s+(?!part\b|well\b|of\b)/u;
/**
 * Words that may stand between a speaker and its verb: "has said", "also warned", "on Monday said", an apposition
 * (with a bracketed acronym or native name inside: ", general secretary of the Kora Federation of Trade Unions (Kofu),",
 * ", vice-president of the Kora Bankers Association (Korabankforeningen),").
 */
const BETWEEN_RE =
  /^(?:['’]s(?=\s))?\)?\s*(?:(?:,(?:[^,;:.()]|\(\p{Lu}[\p{L}\p{N}&'’ -]{1,39}\)){1,160}){1,2},\s*)?(?:(?:has|have|had|also|previously|separately|later|then|earlier|itself|meanwhile|already|repeatedly|publicly|long|consistently|recently|on\s+\p{Lu}\p{Ll}+)\s+){0,3}$/u;
/** " of Kora Markets " between a person and the verb: the person's organization, in capitalised words. */
const PERSON_OF_RE =
  /^\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\s+$/u;
/**
 * What may stand between "according to" and the source: "according to the", "according to data from", "according to a
 * report in" (a piece in a publication: the name after "in" is the outlet).
 */
const ACCORDING_RE =
  /according\s+to\s+(?:(?:the|a|an)\s+)?(?:(?:the\s+|latest\s+|official\s+)*(?:data|figures|statistics|estimates|research|calculations|report|survey|statement|study|analysis|note|ranking|index|tally)\s+(?:from|by|of|compiled\s+by|published\s+by|released\s+by)\s+|(?:report|story|article)\s+in\s+)?(?:the\s+)?$/iu;
/**
 * Verbs and phrases after which the source follows: "told the Kora Daily", "in an interview with Radio Norr", "quoted as
 * saying by Norvian news agency NTX" (a nationality and the agency's noun may stand before its name).
 */
const TOLD_RE = new RegExp(
  String.raw`(?:\btold|\binterview\s+(?:with|to|for|on|given\s+to)|\bspeaking\s+to|\bspoke\s+to|\bquoted\s+(?:as\s+saying\s+)?by|\breported\s+(?:(?:earlier|first|initially|originally)\s+)?by|\bcited\s+by|\b(?:consulted|contacted)\s+by|\bdeclarations\s+to|\bwriting\s+in|\bwrote\s+in|\bsaid\s+in\s+an?\s+interview\s+with|\bsaid\s+to|\bcommentary\s+for|\bop-ed\s+in)\s+(?:the\s+)?` +
    NEWS_AGENCY_BEFORE_NAME +
    '$',
  'iu',
);

/**
 * Words before "by"/"from"/"of" that make the name after it a source ("compiled by", "data from", "quoted by", "quoted
 * as saying by").
 */
const BY_LEADS = new Set(
  `compiled collected gathered published released surveyed polled tracked calculated reported cited quoted consulted
  contacted saying data figures
  statistics estimates calculations survey study research ranking tally report note analysis`.split(/\s+/),
);

/** "had put the number of cuts at 1,022": a figure someone gives, as news attributes it. */
const PUT_FIGURE_AFTER_RE =
  /^\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:number|figure|total|toll|tally|count|cost|bill)\b/u;

/**
 * A quote's end, or its comma, right before "comments" (with "he"/"she" as translated news writes it): the speaker
 * follows — '"It is too late," comments Jane Roe, the chair of the Orsk Union.' — not "the comments Roe made".
 */
const INVERTED_COMMENTS_BEFORE_RE = /[,"”]\s*(?:(?:he|she)\s+)?$/u;

/** Words between "reported" and "by" that keep the phrase a citation: "reported earlier by". */
const REPORT_ADVERBS = new Set(['earlier', 'first', 'initially', 'originally']);

/** A speaker found in the text: the mention and where the attribution is. */
export interface Speaker {
  mention: ResolvedMention;
  at: number;
  /** How it was attributed: an outlet is told things and reports them. */
  how: 'said' | 'according' | 'told';
}

/**
 * Who speaks in the body: "IG Metall said", "Unifor, the union that …, condemned", "…, said the union"
 * (inverted), "according to X", "told X", "in an interview with X", "X reported". Speakers are mentions (an
 * organization, a source or a person); `out` collects them in text order.
 */
export function findSpeakers(ctx: DocContext): Speaker[] {
  const out: Speaker[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 97) || c > 122) continue;
    const lower = c <= 90 ? t.text.toLowerCase() : t.text;
    if (
      lower === 'according' ||
      lower === 'told' ||
      lower === 'interview' ||
      lower === 'speaking' ||
      ((lower === 'by' || lower === 'from' || lower === 'of') &&
        i > 0 &&
        BY_LEADS.has(tokens[i - 1]!.text.toLowerCase())) ||
      // "in declarations to X", as news translated from Spanish or Portuguese writes "told X".
      (lower === 'to' && i > 0 && tokens[i - 1]!.text === 'declarations') ||
      // '"…," Jane Roe said to Orsk Media': "said to" right before a name is "told" (TOLD_RE checks it is right before).
      (lower === 'to' && i > 0 && tokens[i - 1]!.text === 'said') ||
      // "reported earlier by X", "first reported by X".
      (lower === 'by' && i > 1 && tokens[i - 2]!.text === 'reported' && REPORT_ADVERBS.has(tokens[i - 1]!.text))
    )
      afterPhrase(ctx, tokens, i, out);
    const inverted =
      lower === 'comments' && INVERTED_COMMENTS_BEFORE_RE.test(ctx.work.slice(Math.max(0, t.start - 8), t.start));
    const asserting = ASSERTION_VERBS.has(lower);
    if (
      !SPEECH_VERBS.has(lower) &&
      !asserting &&
      !inverted &&
      !(lower === 'put' && PUT_FIGURE_AFTER_RE.test(ctx.work.slice(t.end, t.end + 40))) &&
      !(lower === 'dismissed' && DISMISSED_AS_AFTER_RE.test(ctx.work.slice(t.end, t.end + 120)))
    )
      continue;
    const before = inverted ? null : speakerBefore(ctx, t);
    if (before) {
      const first = coordinatedBefore(ctx, before);
      if (first) out.push({ mention: first, at: t.start, how: 'said' });
      out.push({ mention: before, at: t.start, how: 'said' });
    }
    if (asserting) continue;
    const after = mentionAt(ctx, tokens[i + 1]);
    if (after && /^\s+$/.test(ctx.work.slice(t.end, after.start)) && !before)
      out.push({ mention: after, at: t.start, how: 'said' });
    else if (!before) {
      const titled = titledOrgAfter(ctx, t.end);
      if (titled) out.push({ mention: titled, at: t.start, how: 'said' });
    }
  }
  return out;
}

/** The mention right before a speech verb (an appositive and auxiliaries may stand between), else null. */
function speakerBefore(ctx: DocContext, verb: Token): ResolvedMention | null {
  const ms = mentionsIn(ctx, Math.max(0, verb.start - 200), verb.start);
  for (let k = ms.length - 1; k >= 0 && k >= ms.length - 4; k--) {
    const m = ms[k]!;
    if (m.end > verb.start) continue;
    const between = ctx.work.slice(m.end, verb.start);
    // "Hallberg's chief said" is no speech of Hallberg; "Moody's warned" is (the verb follows the "'s" at once).
    const c0 = between.charCodeAt(0);
    if ((c0 === 39 || c0 === 0x2019) && /^['’]s\s/.test(between) && !/^['’]s\s+$/.test(between)) continue;
    if (BETWEEN_RE.test(between)) return m;
    // "Analyst Jane Roe of Kora Markets said": a person and the organization named after it, no mention of its own.
    if (m.type === 'Person' && PERSON_OF_RE.test(between)) return m;
    // "…, a portfolio manager at Kessler Brandt, said": the organization ends the speaker's apposition.
    if (
      c0 === 44 &&
      /^,\s*$/.test(between) &&
      isOrg(m) &&
      TITLE_AT_END_RE.test(ctx.work.slice(Math.max(0, m.start - 70), m.start))
    )
      return m;
  }
  return null;
}

/**
 * "…," declared the general secretary of Kora Metall in Vessla, …": an inverted attribution whose speaker is a
 * commentator's title and the organization it holds it at (as news translated from Spanish or Portuguese writes
 * it). The organization's mention, or null.
 */
function titledOrgAfter(ctx: DocContext, verbEnd: number): ResolvedMention | null {
  const lead = TITLE_OF_AFTER_RE.exec(ctx.work.slice(verbEnd, verbEnd + 80));
  if (!lead || !COMMENTATOR_TITLE_RE.test(lead[1]!)) return null;
  const at = verbEnd + lead[0].length;
  const m = mentionsIn(ctx, at, at + 1)[0];
  if (!m || m.start !== at || !isOrg(m)) return null;
  // "…, said the secretary general of Kora Metall in Vessla, Jan Roe, to this newspaper": the named person speaks.
  const person = mentionsIn(ctx, m.end, m.end + 60).find((x) => x.type === 'Person');
  return person && NAMED_AFTER_RE.test(ctx.work.slice(m.end, person.start)) ? null : m;
}
/** What may stand between a title's organization and the name of who holds it: " in Vessla, ". */
const NAMED_AFTER_RE = /^(?:\s+(?:in|at)\s+[^,.;]{1,40})?,\s+$/u;
/** " the general secretary of (the) ": a title in lower case right after a speech verb, then its organization. */
const TITLE_OF_AFTER_RE = /^\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){1,4}?)(?:of|at|for)\s+(?:the\s+)?(?=\p{Lu})/u;

/** "according to X", "told X", "in an interview with X", "reported by X": the mention after the phrase. */
function afterPhrase(ctx: DocContext, tokens: readonly Token[], i: number, out: Speaker[]): void {
  // Up to ten tokens: "according to a story in the UK's Kora Times" holds nine before the name.
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    const m = mentionAt(ctx, tokens[k]);
    if (!m) continue;
    const lead = ctx.work.slice(tokens[i]!.start, m.start);
    if (accordingBefore(lead) || DATA_BY_RE.test(ctx.work.slice(Math.max(0, m.start - 60), m.start)))
      out.push({ mention: m, at: tokens[i]!.start, how: 'according' });
    else if (toldBefore(ctx.work.slice(Math.max(0, m.start - 80), m.start)))
      out.push({ mention: m, at: tokens[i]!.start, how: 'told' });
    return;
  }
}

/** "according to X", also past a place's possessive ("according to Vestia's National Statistics Institute"). */
function accordingBefore(lead: string): boolean {
  if (ACCORDING_RE.test(lead)) return true;
  const cut = beforePlacePossessive(lead);
  return cut !== null && ACCORDING_RE.test(cut);
}

/** "told X", also past a place's possessive ("reported earlier by Brazil's X"). */
function toldBefore(before: string): boolean {
  if (TOLD_RE.test(before)) return true;
  const lead = beforePlacePossessive(before);
  return lead !== null && TOLD_RE.test(lead);
}

/** "KWF and NKM said": the first of two organizations that speak together, or null. */
function coordinatedBefore(ctx: DocContext, m: ResolvedMention): ResolvedMention | null {
  if (!isOrg(m)) return null;
  const first = mentionsIn(ctx, Math.max(0, m.start - 60), m.start).pop();
  return first && isOrg(first) && AND_RE.test(ctx.work.slice(first.end, m.start)) ? first : null;
}
const AND_RE = /^,?\s+(?:and|&)\s+$/;

/** The mention that starts at token `t`, if any. */
function mentionAt(ctx: DocContext, t: Token | undefined): ResolvedMention | null {
  if (!t) return null;
  const m = mentionsIn(ctx, t.start, t.start + 1)[0];
  return m && m.start === t.start ? m : null;
}
