import { bracketedAcronymAt } from './bracketed-acronym.js';

/**
 * A body written out in full and at once followed by its initials in brackets — "the Kora Air Workers Union
 * (KAWU)", "the Orsk Teachers Savings Board (OTSB)", "the Vessla Growth Fund (VGF)" — is an
 * organization: news gives the initials of a body it will name again, and the gold convention lists unions, funds
 * and boards that act in the story among the companies.
 *
 * Only when the bracket holds exactly the initials of the name's capitalised words (in capitals, or as one capitalised
 * word as some papers write them: "(Ktsf)"; joining words left out, three
 * letters or more) and the name ends in a body's word; never a scheme, a programme or a law written the same way
 * ("the Voluntary Separation Scheme (VSS)", "the Kora Mining Act (KMA)"), nor initials that differ from the name.
 */
const BODY_LAST_WORDS = new Set([
  'Union',
  'Unions',
  'Fund',
  'Board',
  'Federation',
  'Confederation',
  'Association',
  'Office',
]);
const JOINING_WORDS = new Set(['of', 'and', 'for', 'the', 'in', '&']);
const CAPITALISED_RE = /^\p{Lu}/u;

const INITIALS_WORD_RE = / \((\p{Lu}\p{Ll}{2,7})\)/uy;

/** Initials written as a capitalised word in brackets right after `end` (" (Ksf)" → "KSF"), or null. */
function initialsWordAt(text: string, end: number): string | null {
  INITIALS_WORD_RE.lastIndex = end;
  return INITIALS_WORD_RE.exec(text)?.[1]?.toUpperCase() ?? null;
}

/** Whether the run `name` ending at `end` is a body's full name that its bracketed initials follow. */
export function isInitialledBody(text: string, name: string, end: number): boolean {
  const words = name.split(' ');
  if (words.length < 3 || !BODY_LAST_WORDS.has(words[words.length - 1]!)) return false;
  // "the Kora Savings Fund (Ksf)": initials written as a word, as news in several countries spells them.
  const acronym = bracketedAcronymAt(text, end) ?? initialsWordAt(text, end);
  if (!acronym || acronym.length < 3) return false;
  let initials = '';
  for (const w of words) {
    if (JOINING_WORDS.has(w)) continue;
    if (!CAPITALISED_RE.test(w)) return false;
    initials += w[0];
  }
  return initials === acronym;
}
