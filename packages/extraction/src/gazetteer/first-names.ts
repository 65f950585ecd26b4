import { isCommonWord } from './lexicon/common-words.js';
import { isCountryOrRegion, isPlace } from './lexicon/places.js';
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from './data/given-names.js';

/**
 * Given names of ~70 locales (generated from @faker-js/faker by scripts/build-lexicon.mjs), without the ones that
 * are common English words. A capitalised word from this set followed by another name word starts a person's name.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES.split('|'));

/**
 * Given names that are also common English words ("Mark", "Frank", "Grace"): they start a person's name only before
 * a distinctive word ("Mark Tanaka", not "Grace Period").
 */
export const WEAK_FIRST_NAMES: ReadonlySet<string> = new Set(WEAK_GIVEN_NAMES.split('|'));

/**
 * True when the words open like a person's name: a given name, or a weak one ("Mark", "Sydney") before a word that
 * is no common word or place ("Mark Ellison", not "Sydney Morning Herald"); never a name ending in a country ("Santa
 * Brasil").
 */
export function opensWithGivenName(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || words.length < 2 || isCountryOrRegion(words[words.length - 1]!)) return false;
  if (FIRST_NAMES.has(first)) return true;
  return WEAK_FIRST_NAMES.has(first) && !isCommonWord(words[1]!) && !isPlace(words[1]!);
}
