import { isCommonWord } from './lexicon/common-words.js';
import { isCountryOrRegion, isPlace } from './lexicon/places.js';
import { LEGAL_SUFFIX } from './lexicon/legal-forms.js';
import { ORG_HEAD_WORDS, PUBLIC_BODY_WORDS } from './lexicon/org-nouns.js';
import { GIVEN_NAMES, WEAK_GIVEN_NAMES } from './data/given-names.js';

/**
 * Common English short forms that faker's locale lists lack, added here because data/given-names.ts is generated
 * (rerunning the script would drop a hand edit there). Those that are no common word are given names; those that are
 * ("rob", "val", "ed" as in "Ed." for editor) are weak. Other short forms ("Tom", "Sam", "Bob", "Pat" …) already come
 * from faker; "Sun", "Max"-style words stay out, and so do short forms that open company names ("Walt") or are
 * common words in headlines ("Will", "Dot", "Les").
 */
const SHORT_FORMS = ['Meg', 'Jen', 'Jo', 'Bea', 'Viv', 'Stu', 'Alfie', 'Bess', 'Roz', 'Trish', 'Tash'];
const WEAK_SHORT_FORMS = ['Rob', 'Val', 'Ed'];

/**
 * Given names of ~70 locales (generated from @faker-js/faker by scripts/build-lexicon.mjs), without the ones that
 * are common English words. A capitalised word from this set followed by another name word starts a person's name.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES.split('|'), ...SHORT_FORMS]);

/**
 * Given names that are also common English words ("Mark", "Frank", "Grace"): they start a person's name only before
 * a distinctive word ("Mark Tanaka", not "Grace Period").
 */
export const WEAK_FIRST_NAMES: ReadonlySet<string> = new Set([...WEAK_GIVEN_NAMES.split('|'), ...WEAK_SHORT_FORMS]);

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

/**
 * True when a name reads as a person's: one given name alone, or two to four words opened by a given name with no
 * organization word among them ("Kora Rail Office", "Hana Motors" are not people).
 */
export function isPersonLikeName(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1) return FIRST_NAMES.has(name);
  if (words.length > 4 || !opensWithGivenName(words)) return false;
  return !words.some((w) => ORG_HEAD_WORDS.has(w) || PUBLIC_BODY_WORDS.has(w) || LEGAL_SUFFIX.has(w));
}
