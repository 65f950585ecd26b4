import type { Span } from '../types.js';
import { isSpaceCode } from './char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const LOWER_DIGIT_OR_CLAUSE_RE = /[\p{Ll}\p{N},;(]/u;
const FIRST_WORD_RE = /^\s*([\p{L}]+)/u;

const ABBREVIATIONS = new Set(
  'mr mrs ms dr jr sr st mt vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec no gov sen rep gen lt col prof rev u.s u.k e.u approx est dept fig'.split(
    ' ',
  ),
);
/** After these a period ends the sentence only when a typical sentence opener follows ("Apple Inc. The company ..."). */
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc']);
const OPENERS = new Set('The It This That In But He She They We A An Its Their On For As After'.split(' '));
/** What `/[\s•▪·*\-–—>]/` matches (spaces, bullets, dashes, quote marks of e-mail replies), by char code. */
const isTrimStart = (c: number) =>
  isSpaceCode(c) ||
  c === 0x2022 ||
  c === 0x25aa ||
  c === 0xb7 ||
  c === 42 ||
  c === 45 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 62;
// Hoisted: esbuild (tsx, vitest) rewrites \p{Lu}-style literals into `new RegExp(...)` at the use site, i.e. per call.
const UPPER_RE = /\p{Lu}/u;
const INITIALS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER_OR_DOT_RE = /[\p{L}.]/u;
/** Letter-or-period flags for the Basic Multilingual Plane (a table lookup per character in the backward scan). */
const BMP_LETTER_OR_DOT = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && LETTER_OR_DOT_RE.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * Sentence spans of `text[from, to)`, trimmed of surrounding whitespace and leading bullets.
 * A blank line always ends a sentence; a single newline ends one unless the next line starts in lower case
 * or with a digit (hard-wrapped prose). A period after an abbreviation or an initial ("Mr.", "U.S.", "J.")
 * does not end a sentence. Headlines and bullet lines come out as their own sentences.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  // Candidate ends, scanned by hand (it was /[.!?]+["'”’)\]]*(?=\s)|\n/g): a newline, or a run of terminators
  // and closing quotes/brackets followed by whitespace.
  for (let i = from; i < to;) {
    const c = text.charCodeAt(i);
    let matchEnd: number;
    if (c === 10) matchEnd = i + 1;
    else if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < text.length && isTerminator(text.charCodeAt(j))) j++;
      while (j < text.length && isCloser(text.charCodeAt(j))) j++;
      if (j >= text.length || !isSpaceCode(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      matchEnd = j;
    } else {
      i++;
      continue;
    }
    const end = Math.min(matchEnd, to);
    if (c === 10 ? isLineBreakBoundary(text, i, to) : isPunctBoundary(text, i, end, to)) {
      pushTrimmed(text, start, end, spans);
      start = end;
    }
    i = matchEnd;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

const isTerminator = (c: number) => c === 46 || c === 33 || c === 63;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/** The sentence containing `offset` (or the nearest one after it); null for text without sentences. */
export function sentenceAt(text: string, offset: number): Span | null {
  const spans = splitSentences(text);
  return spans[findSentenceIndex(spans, offset)] ?? null;
}

/** Index in `spans` (sorted, as from splitSentences) of the sentence containing `offset`, else the next one; -1 if none. */
export function findSentenceIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) {
      best = mid;
      hi = mid - 1;
    } else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return best;
}

function isLineBreakBoundary(text: string, at: number, to: number): boolean {
  let i = at + 1;
  while (i < to && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  if (i >= to || text[i] === '\n') return true;
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  if (j >= 0 && /[.!?:”"']/.test(text[j]!)) return true;
  return !LOWER_DIGIT_OR_CLAUSE_RE.test(text[i]!);
}

function isPunctBoundary(text: string, at: number, end: number, to: number): boolean {
  if (text[at] !== '.' || text[at + 1] === '.') return true;
  let w = at;
  while (w > 0 && BMP_LETTER_OR_DOT[text.charCodeAt(w - 1)] === 1) w--;
  const word = text.slice(w, at).toLowerCase();
  if (word.length === 1 && UPPER_RE.test(text[w]!)) return false;
  // "No. 2 carmaker" abbreviates "number"; "Is it alone? No. Rivals are cutting too" is the word and a full stop.
  if (word === 'no') return !/^\s*\d/.test(text.slice(end, end + 4));
  if (ABBREVIATIONS.has(word)) return false;
  // "u.s", "j.r.r": a letter, a period, … (the gate is the period second).
  if (word.charCodeAt(1) === 46 && INITIALS_RE.test(word)) return nextIsNewline(text, end, to);
  if (COMPANY_SUFFIXES.has(word)) return OPENERS.has(nextWord(text, end, to));
  return true;
}

function nextIsNewline(text: string, i: number, to: number): boolean {
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= to || text[i] === '\n' || text[i] === '\r';
}

function nextWord(text: string, i: number, to: number): string {
  const m = FIRST_WORD_RE.exec(text.slice(i, Math.min(to, i + 40)));
  return m ? m[1]! : '';
}

/**
 * Longest sentence in UTF-16 units (real news sentences stay under ~400). A longer stretch without a sentence end
 * (a list of hundreds of names, a page with no full stop) is cut into pieces at a clause break or space, so that
 * every rule that looks around a match within its sentence does bounded work and extraction stays linear.
 */
export const MAX_SENTENCE = 1000;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  while (s < end && isTrimStart(text.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = pieceEnd(text, s);
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/**
 * Where a piece of an over-long sentence starting at `s` ends: after the last "; " or ", " (else the last space)
 * in its second half, else at the limit (never inside a surrogate pair).
 */
function pieceEnd(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  let space = -1;
  for (let i = limit - 1; i > s + MAX_SENTENCE / 2; i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    const p = text.charCodeAt(i - 1);
    if (p === 59 || p === 44) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}
