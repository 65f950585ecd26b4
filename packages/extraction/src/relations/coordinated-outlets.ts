import type { Token } from '../text/tokenize.js';
import { isCapitalized } from '../text/tokenize.js';
import type { Mention } from '../ner/mention.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { FIRST_NAMES } from '../gazetteer/first-names.js';

/** Plural outlet nouns after two or more names ("O Norrvik and Diario de Hallberg newspapers reported"). */
const PLURAL_OUTLET_NOUNS = new Set([
  'newspapers',
  'dailies',
  'papers',
  'magazines',
  'broadcasters',
  'tabloids',
  'weeklies',
  'broadsheets',
]);
/** A field word that may stand between the names and the noun ("… business newspapers reported"). */
const FIELD_WORDS = new Set(['business', 'financial', 'economic', 'local', 'national', 'regional']);
/** What outlets do with the news after their noun: "reported", "have reported", "said on Saturday", "wrote". */
const PLURAL_REPORT_AFTER_RE =
  /^\s+(?:(?:have|had|also|both|first|earlier|separately)\s+){0,2}(?:reported|report|said|say|wrote|write|quoted|cited)\b/u;
/** Lower-case words inside a name ("Diario de S. Hallberg", "Kora Motor und Halden"), never opening one. */
const NAME_PARTICLES = new Set(
  'de do da das dos di del della delle du des la le el los las und von van der den'.split(' '),
);
/** Capitalised words no outlet's name holds (articles, prepositions, pronouns, days, months). */
const NOT_OUTLET_WORD = new Set(
  `The A An Its Their This That On In At For By From With As To Of And Or But After Before When While Since Also Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
  May June July August September October November December`.split(/\s+/),
);
const MAX_NAME_TOKENS = 7;
const MAX_NAMES = 4;

/**
 * "O Norrvik and Diario de Hallberg newspapers reported on Saturday", "the Kora Times, Vestby Post and Lund Herald
 * papers said": two to four names joined by "and" (commas between earlier ones) before a plural outlet noun and an
 * outlet's verb — each is an outlet cited. Nothing when any name is a nationality, a place, a day or a common word
 * alone ("British and German newspapers reported"), or a person's (a given name opens it).
 */
export function findCoordinatedOutlets(text: string, tokens: readonly Token[], covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!PLURAL_OUTLET_NOUNS.has(tokens[k]!.text)) continue;
    if (!PLURAL_REPORT_AFTER_RE.test(text.slice(tokens[k]!.end, tokens[k]!.end + 40))) continue;
    const last = FIELD_WORDS.has(tokens[k - 1]!.text) ? k - 2 : k - 1;
    const names = namesBefore(text, tokens, last);
    if (!names || !names.every((n) => outletLike(text, tokens, n))) continue;
    for (const [i, j] of names) {
      if (covered.subarray(i, j + 1).some((c) => c === 1)) continue;
      const start = tokens[i]!.start;
      const end = tokens[j]!.end;
      out.push({ start, end, type: 'Source', name: text.slice(start, end).replace(/\s+/g, ' '), kind: 'news-outlet' });
      covered.fill(1, i, j + 1);
    }
  }
  return out;
}

/**
 * The names (first and last token indexes, in text order) of a list ending at token `last`: "A and B", "A, B and C".
 * Null unless an "and" joins the last two names; a name before a comma is kept only if it may be an outlet's.
 */
function namesBefore(text: string, tokens: readonly Token[], last: number): Array<[number, number]> | null {
  const lastName = nameEndingAt(text, tokens, last);
  if (!lastName || !joinedBy(text, tokens, lastName[0], 'and')) return null;
  const names: Array<[number, number]> = [lastName];
  for (let j = lastName[0] - 2; j >= 0 && names.length < MAX_NAMES;) {
    const name = nameEndingAt(text, tokens, j);
    if (!name) break;
    names.unshift(name);
    if (!joinedBy(text, tokens, name[0], ',')) break;
    j = name[0] - 1;
  }
  if (names.length < 2) return null;
  // "On Saturday, O Norrvik and …": a word before a comma that names no outlet opens no name of the list.
  while (names.length > 2 && !outletLike(text, tokens, names[0]!)) names.shift();
  return names;
}

/** The name ending at token `j`: capitalised words, particles and initials inside it; null unless it opens capitalised. */
function nameEndingAt(text: string, tokens: readonly Token[], j: number): [number, number] | null {
  if (NOT_OUTLET_WORD.has(tokens[j]!.text)) return null;
  let i = j;
  while (i > 0 && j - i < MAX_NAME_TOKENS && continuesName(text, tokens, i - 1, i)) i--;
  while (i < j && NAME_PARTICLES.has(tokens[i]!.text)) i++;
  return isCapitalized(tokens[i]!.text) ? [i, j] : null;
}

/** True when the name opening at token `i` follows "and " (`and`) or ", " (`,`). */
function joinedBy(text: string, tokens: readonly Token[], i: number, by: 'and' | ','): boolean {
  if (i < 1) return false;
  const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  if (by === ',') return gap === ', ';
  return gap === ' ' && tokens[i - 1]!.text === 'and' && i >= 2;
}

/** True when token `a` joins the name that token `b` (right after it) continues. */
function continuesName(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
  const word = tokens[a]!.text;
  // "S. Hallberg": an initial and its full stop inside the name.
  if (gap === '. ') return word.length === 1 && isCapitalized(word);
  if (gap !== ' ') return false;
  if (NAME_PARTICLES.has(word)) return true;
  return isCapitalized(word) && word !== 'The' && !NOT_OUTLET_WORD.has(word);
}

/** A name that may be an outlet's: not one word that is a place, nationality, day or common word; no person's. */
function outletLike(text: string, tokens: readonly Token[], [i, j]: [number, number]): boolean {
  const first = tokens[i]!.text;
  if (FIRST_NAMES.has(first) && j > i) return false;
  if (i !== j) return !isPlace(text.slice(tokens[i]!.start, tokens[j]!.end));
  return !NATIONALITIES.has(first) && !isPlace(first) && !isCommonWord(first) && !NOT_OUTLET_WORD.has(first);
}
