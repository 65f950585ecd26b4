import { isSpaceAt } from '../text/char-class.js';

const ACRONYM_RE = /\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/uy;

/**
 * The acronym in brackets right after `end` ("Aakash Educational Services Limited (AESL)" → "AESL"), or null.
 * The expression opens with `\s*\(`: a char-code test rules out most positions before the regex runs.
 */
export function bracketedAcronymAt(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 40 && !isSpaceAt(text, end)) return null;
  ACRONYM_RE.lastIndex = end;
  return ACRONYM_RE.exec(text)?.[1] ?? null;
}
