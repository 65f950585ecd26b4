/**
 * Character tests by code unit, for cheap checks before a regular expression is tried at a position: a sticky
 * expression that must start with `\s` or a bracket cannot match where these say no, and a char-code test costs a
 * fraction of a regex call (there are tens of thousands of such calls per MB of text).
 */

/** True when the UTF-16 code unit `c` matches JavaScript's `\s` (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when `text[at]` matches `\s` (false past the end). */
export function isSpaceAt(text: string, at: number): boolean {
  return isSpaceCode(text.charCodeAt(at));
}

/**
 * True when `s` ends in "'s" or "’s" and at least one blank: what every look-back of the form `['’]s\s+$` needs
 * (tried at every position of its window, so the char test comes first).
 */
export function endsWithPossessiveS(s: string): boolean {
  let k = s.length;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  if (k === s.length || k < 2 || s.charCodeAt(k - 1) !== 115) return false;
  const q = s.charCodeAt(k - 2);
  return q === 39 || q === 0x2019;
}

const SPACE_RUN_RE = /\s+/g;

/**
 * `s.replace(/\s+/g, ' ')` without the regex call when there is nothing to replace (no whitespace but single
 * plain spaces, as in almost every name): names are collapsed this way tens of times per article.
 */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpaceCode(s.charCodeAt(i + 1)) : isSpaceCode(c)) return s.replace(SPACE_RUN_RE, ' ');
  }
  return s;
}

/** True when `s` holds an ASCII digit (what `/\d/.test(s)` says), by char codes. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const MARKS_RE = /\p{M}+/gu;

/** `s` with its accents dropped ("Zürich" → "Zurich", "Petróleos" → "Petroleos"): NFD, then no combining marks. */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(MARKS_RE, '');
}

// Shared \p{…} tests, as module constants: esbuild (tsx, vitest) rewrites such a literal inside a function into
// `new RegExp(...)` at every call (regex-literals.test.ts keeps them out of function bodies).
/** Starts with a capital letter (`^\p{Lu}`). */
export const UPPER_FIRST_RE = /^\p{Lu}/u;
/** Holds a letter or a digit of any script (`[\p{L}\p{N}]`). */
export const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
