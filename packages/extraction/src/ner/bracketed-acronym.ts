import { isSpaceAt, stripAccents } from '../text/char-class.js';

const ACRONYM_RE = /\s*\((\p{Lu}[\p{Lu}\d&]{1,7})\)/uy;
const WORD_IN_BRACKETS_RE = /\s*\((\p{Lu}\p{Ll}[\p{L}\d]{2,12})\)/uy;

/** Whether a bracket opens at `end` after any blanks: what `\s*\(` needs, tested by char code. */
function bracketAfterBlanks(text: string, end: number): boolean {
  let k = end;
  while (isSpaceAt(text, k)) k++;
  return text.charCodeAt(k) === 40;
}

/**
 * The acronym in brackets right after `end` ("Aakash Educational Services Limited (AESL)" → "AESL"), or null.
 * The expression opens with `\s*\(`: a char-code test rules out most positions before the regex runs.
 */
export function bracketedAcronymAt(text: string, end: number): string | null {
  if (!bracketAfterBlanks(text, end)) return null;
  ACRONYM_RE.lastIndex = end;
  return ACRONYM_RE.exec(text)?.[1] ?? null;
}

/**
 * The short name in brackets right after `name` ends at `end`: an acronym, a word clipped from the name's own
 * letters ("Norvale Copper Holdings (Norcops)", "Petróleos Mexicanos (Pemex)") or its initials written as a word
 * ("(Kum)"), or null.
 */
export function bracketedShortNameAt(text: string, end: number, name: string): string | null {
  const acronym = bracketedAcronymAt(text, end);
  if (acronym || !bracketAfterBlanks(text, end)) return acronym;
  WORD_IN_BRACKETS_RE.lastIndex = end;
  const word = WORD_IN_BRACKETS_RE.exec(text)?.[1];
  if (word && isClippedFrom(word, name)) return word;
  // "the Kora Union of Miners (Kum)": a name's initials written as a word, as short as three letters.
  INITIALS_WORD_RE.lastIndex = end;
  const initials = INITIALS_WORD_RE.exec(text)?.[1];
  return initials && initials.toUpperCase() === initialsOf(name) ? initials : null;
}

const INITIALS_WORD_RE = /\s*\((\p{Lu}\p{Ll}{2,7})\)/uy;
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', '&']);

/** The first letters of a name's words, joining words left out ("Kora Union of Miners" → "KUM"). */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(' ')) if (!SMALL_WORDS.has(w)) out += w.charAt(0);
  return out.toUpperCase();
}

/**
 * True when `word` is made of `name`'s letters in order, opens with its first letter and draws on at least two of
 * its words: how a company clips its long name into a brand ("Implats"-style), not a second name in brackets.
 */
export function isClippedFrom(word: string, name: string): boolean {
  // "Kora Platinum (Koplats)": a brand may end its clipped letters in a plural "s" the name does not have.
  return (
    clippedLetters(fold(word), fold(name)) ||
    (word.endsWith('s') && clippedLetters(fold(word.slice(0, -1)), fold(name)))
  );
}

function clippedLetters(letters: string, long: string): boolean {
  if (letters.length >= long.replace(/ /g, '').length || letters[0] !== long[0]) return false;
  const firstSpace = long.indexOf(' ');
  if (firstSpace < 0) return false;
  let at = 0;
  for (const ch of letters) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return at > firstSpace;
}

function fold(s: string): string {
  return stripAccents(s).toLowerCase();
}
