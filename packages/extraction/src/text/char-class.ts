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
