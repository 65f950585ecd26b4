import type { ExtractedStatement, Span } from '../types.js';
import { findDates } from '../events/dates.js';
import { type AttributionContext, sourcesIn } from '../support/attribution-context.js';
import { type Speaker, speakerAfter, speakerBefore } from './speaker.js';
import {
  ACCORDING_TO_RE,
  NOUN_CUE_RE,
  NOUN_CUE_WORD_RE,
  SPEECH_CUE_RE,
  isBareCue,
  needsAudience,
} from './speech-cues.js';
import { allMatches } from '../text/all-matches.js';
import { isSpaceAt } from '../text/char-class.js';
import {
  CLAUSE_START_RE,
  type Quotation,
  audienceEnd,
  findQuotations,
  isWords,
  skipModifiers,
  trimWords,
} from './statement-parts.js';

/** A statement before ids, dates and the cited source it comes through are settled. */
interface Draft {
  speaker: Speaker;
  start: number;
  end: number;
  direct: boolean;
  attribution: [number, number];
  sentence: Span;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/**
 * Who said what: every quote or reported speech attributed to a person or an organization, with the words, the
 * attribution, the speaker, the cited source it comes through (a memo, a statement, an outlet) and its date when
 * the text gives one. Forms: "“…,” said Jane Roe" / "“…,” Roe said"; "Roe said (that) …" / "Roe told employees
 * …"; ", Roe said in a memo." after the words; "according to Roe, …"; "comments from Roe — that …"; "he said",
 * "the company said". A cited source is never a speaker here (its role is in supports).
 */
export function findStatements(ac: AttributionContext): ExtractedStatement[] {
  const { ctx } = ac;
  const drafts: Draft[] = [];
  const nounCues = NOUN_CUE_WORD_RE.test(ctx.work);
  for (const s of ctx.sentences) {
    const body = ctx.work.slice(s.start, s.end);
    const quotes = body.includes('"') || body.includes('“') ? findQuotations(ctx.work, s) : [];
    for (const m of allMatches(SPEECH_CUE_RE, body)) {
      const draft = fromVerb(ac, s, s.start + m.index, s.start + m.index + m[0].length, m[0], quotes);
      if (draft) drafts.push(draft);
    }
    for (const m of allMatches(ACCORDING_TO_RE, body)) {
      const draft = fromAccordingTo(ac, s, s.start + m.index, s.start + m.index + m[0].length);
      if (draft) drafts.push(draft);
    }
    for (const m of nounCues ? allMatches(NOUN_CUE_RE, body) : []) {
      const draft = fromNoun(ac, s, s.start + m.index, s.start + m.index + m[0].length);
      if (draft) drafts.push(draft);
    }
  }
  // Sorted by start, a draft overlaps an earlier kept one exactly when it starts before the furthest end kept so far.
  const kept: Draft[] = [];
  let keptEnd = -1;
  for (const d of drafts.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (d.start < keptEnd) continue;
    kept.push(d);
    keptEnd = Math.max(keptEnd, d.end);
  }
  const key = ctx.sourceId.replace(/^[a-z]+:/, '');
  return kept.map((d) => toStatement(ac, d, `statement:${key}-${d.start}`));
}

function toStatement(ac: AttributionContext, d: Draft, id: string): ExtractedStatement {
  const { ctx } = ac;
  const [a0, a1] = d.attribution;
  // The channel: a cited source in the attribution ("said in a memo", "told Bloomberg News"), or in an opening
  // "In a message to staff, …" before the speaker. An outlet in an appositive is the speaker's employer, not it.
  const opening = /^(?:In|Writing in|Speaking (?:in|on|at|to))\s/.test(ctx.work.slice(d.sentence.start, d.start));
  const via = [
    ...sourcesIn(ac, a0, a1 + 1),
    ...(opening ? sourcesIn(ac, d.sentence.start, Math.min(d.start, d.speaker.start)) : []),
  ][0];
  const dated = (from: number, to: number) =>
    findDates(ctx.work, from, to, ctx.publishedAt).find((x) => x.value)?.value;
  const when =
    dated(a0, a1) ?? (opening ? dated(d.sentence.start, Math.min(d.start, d.speaker.start)) : undefined) ?? null;
  return {
    id,
    speaker: d.speaker.id,
    quote: span(ctx.text, d.start, d.end),
    direct: d.direct,
    attribution: span(ctx.text, a0, a1),
    evidence: [d.sentence],
    via: via?.id ?? null,
    when,
  };
}

/** The words of a quotation, without its marks and trailing punctuation. */
function quoted(ac: AttributionContext, q: Quotation): [number, number, boolean] {
  const [start, end] = trimWords(ac.ctx.work, q.open + 1, q.close);
  return [start, end, true];
}

function draft(
  ac: AttributionContext,
  s: Span,
  speaker: Speaker | null,
  words: [number, number, boolean] | null,
  attribution: [number, number],
): Draft | null {
  if (!speaker || speaker.type === 'Source' || !words) return null;
  const [start, end, direct] = words;
  if (end <= start || !isWords(ac.ctx.work.slice(start, end))) return null;
  const [a0, a1] = trimWords(ac.ctx.work, attribution[0], attribution[1]);
  return { speaker, start, end, direct, attribution: [a0, Math.max(a0, a1)], sentence: s };
}

/** A speech verb: the speaker before it (or after it, inverted), the words after it or before it. */
function fromVerb(
  ac: AttributionContext,
  s: Span,
  cue0: number,
  cue1: number,
  cue: string,
  quotes: Quotation[],
): Draft | null {
  const { work } = ac.ctx;
  const lead = work.slice(s.start, cue0);
  // Inverted: "“…,” said Jane Roe".
  if (closesQuote(lead) && /[,!?]\s*[”"]\s*$/.test(lead)) {
    const q = quotes.find((x) => x.close === s.start + lead.trimEnd().length - 1);
    const after = speakerAfter(ac.ctx, s, cue1, ac.sources);
    if (q && after) return draft(ac, s, after, quoted(ac, q), [cue0, skipModifiers(work, after.end, s.end)]);
  }
  const speaker = speakerBefore(ac.ctx, s, cue0);
  if (!speaker) return null;
  // "“…,” Roe said": the quotation ends right before the speaker.
  const beforeSpeaker = work.slice(s.start, speaker.start);
  if (/[,!?.]?\s*[”"]\s*,?\s*$/.test(beforeSpeaker)) {
    const close = s.start + beforeSpeaker.search(/[”"]\s*,?\s*$/);
    const q = quotes.find((x) => x.close === close);
    if (q) return draft(ac, s, speaker, quoted(ac, q), [cue0, skipModifiers(work, cue1, s.end)]);
  }
  let pos = cue1;
  if (needsAudience(cue)) {
    pos = audienceEnd(work, pos);
    if (pos < 0) return null;
  }
  pos = skipModifiers(work, pos, s.end);
  const rest = work.slice(pos, s.end);
  const open = /^\s*[:,]?\s*(?:that\s+)?(?=[“"])/.exec(rest);
  if (open) {
    const q = quotes.find((x) => x.open === pos + open[0].length);
    if (q && /^[\s.,;!?]*$/.test(work.slice(q.close + 1, s.end)))
      return draft(ac, s, speaker, quoted(ac, q), [cue0, pos]);
  }
  const that = /^\s*,?\s*that\s+/.exec(rest);
  if (that) return draft(ac, s, speaker, [...trimWords(work, pos + that[0].length, s.end), false], [cue0, pos]);
  if (/^\s*[.!?]?\s*$/.test(rest)) {
    // The words came first: "Acme will cut 500 jobs, Roe said."
    const comma = beforeSpeaker.search(/,\s*$/);
    if (comma < 0) return null;
    return draft(ac, s, speaker, [...trimWords(work, s.start, s.start + comma), false], [cue0, pos]);
  }
  if (!isBareCue(cue)) return null;
  CLAUSE_START_RE.lastIndex = pos;
  const clause = CLAUSE_START_RE.exec(work);
  if (!clause) return null;
  return draft(ac, s, speaker, [...trimWords(work, pos + clause[0].length, s.end), false], [cue0, pos]);
}

/** "according to Roe, …" / "…, according to Roe." (a person or organization; cited sources are supports). */
function fromAccordingTo(ac: AttributionContext, s: Span, cue0: number, cue1: number): Draft | null {
  const { work } = ac.ctx;
  const speaker = speakerAfter(ac.ctx, s, cue1, ac.sources);
  if (!speaker || speaker.type === 'Source') return null;
  if (/^\s*$/.test(work.slice(s.start, cue0))) {
    const comma = work.indexOf(',', speaker.end);
    if (comma < 0 || comma >= s.end) return null;
    return draft(ac, s, speaker, [...trimWords(work, comma + 1, s.end), false], [cue0, speaker.end]);
  }
  const lead = work.slice(s.start, cue0);
  if (!/,\s*$/.test(lead)) return null;
  return draft(ac, s, speaker, [...trimWords(work, s.start, cue0), false], [cue0, speaker.end]);
}

/** "comments from CEO Jane Roe — that …". */
function fromNoun(ac: AttributionContext, s: Span, cue0: number, cue1: number): Draft | null {
  const { work } = ac.ctx;
  const speaker = speakerAfter(ac.ctx, s, cue1, ac.sources);
  if (!speaker || speaker.type === 'Source') return null;
  const that = /^\s*(?:[—–-]|,|:)?\s*that\s+/.exec(work.slice(speaker.end, s.end));
  if (!that) return null;
  const start = speaker.end + that[0].length;
  return draft(ac, s, speaker, [...trimWords(work, start, s.end), false], [cue0, speaker.end]);
}

/** Whether `lead` ends in a closing quotation mark (” or ") and blanks: tested before the inverted-quote expression. */
function closesQuote(lead: string): boolean {
  let k = lead.length;
  while (k > 0 && isSpaceAt(lead, k - 1)) k--;
  const c = lead.charCodeAt(k - 1);
  return c === 0x201d || c === 34;
}
