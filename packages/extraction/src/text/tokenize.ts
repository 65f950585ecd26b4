import { UPPER_FIRST_RE } from './char-class.js';

/** A word of the text: letters/digits with inner `.`, `&`, `-` or apostrophe (but a possessive `'s` is split off). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** Letter-or-digit flags for the Basic Multilingual Plane, computed once (a table lookup per character). */
const BMP_WORD = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR_RE.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** True for a letter or digit (table lookup; astral characters via a Unicode property test). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR_RE.test(text.slice(i, i + 2));
  return BMP_WORD[c] === 1;
}

/**
 * How many runs of letters and digits `text` holds, counted up to `cap` — what `text.match(/[\p{L}\p{N}]+/gu)`
 * would count, by table lookups (astral code points through the Unicode property test).
 */
export function countWordRuns(text: string, cap: number): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length && n < cap;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const word = cp > 0xffff ? WORD_CHAR_RE.test(String.fromCodePoint(cp)) : BMP_WORD[cp] === 1;
    if (word && !inRun) n++;
    inRun = word;
    i += size;
  }
  return n;
}

/** Inner joiners: `.`, `&`, `-`, and an apostrophe unless it starts a possessive `'s`. */
function isJoiner(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46 || c === 38 || c === 45) return true;
  if (c !== 39 && c !== 0x2019) return false;
  const n = text.charCodeAt(i + 1);
  return !(n === 115 && (i + 2 >= to || !isWordChar(text, i + 2)));
}

/** "A/S", "S/A", "I/S": capital letters joined by a slash (legal forms) stay one token; "and/or", "24/7" split. */
function isSlashForm(text: string, start: number, at: number, to: number): boolean {
  if (at - start > 3 || !isUpperRun(text, start, at)) return false;
  let end = at + 1;
  while (end < to && end - at <= 4 && isWordChar(text, end)) end++;
  return (
    end - at - 1 >= 1 &&
    end - at - 1 <= 3 &&
    isUpperRun(text, at + 1, end) &&
    !(end < to && text.charCodeAt(end) === 47)
  );
}

/** "Mann+Hummel", "Kuehne+Nagel": two capitalised words joined by a plus stay one name ("C++", "Disney+", "1+1" not). */
function isPlusJoin(text: string, start: number, at: number, to: number): boolean {
  if (at + 1 >= to || text.charCodeAt(at) !== 43) return false;
  const first = text.charCodeAt(start);
  const next = text.charCodeAt(at + 1);
  return first >= 65 && first <= 90 && next >= 65 && next <= 90 && at + 2 < to && isWordChar(text, at + 2);
}

function isUpperRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return to > from;
}

/**
 * Splits `text[from, to)` into word tokens with UTF-16 offsets into `text`.
 * "Amazon’s" gives `Amazon` and `s`; "layoffs.fyi", "AT&T", "Lip-Bu", "A/S" and "Mann+Hummel" stay whole. A hand-written scan
 * (ASCII fast path): tokenizing is the hottest loop of extraction.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    for (;;) {
      while (i < to && isWordChar(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      if (i + 1 < to && isJoiner(text, i, to) && isWordChar(text, i + 1)) i += 1;
      else if (isPlusJoin(text, start, i, to)) i += 1;
      else if (text.charCodeAt(i) === 47 && isSlashForm(text, start, i, to)) i += 1;
      else break;
    }
    const end = Math.min(i, to);
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_FIRST_RE.test(word);
}
