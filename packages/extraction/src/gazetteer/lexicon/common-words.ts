import { COMMON_WORDS, VERY_COMMON_WORDS } from '../data/common-words.js';

let words: Set<string> | null = null;

/**
 * Ordinary words of business news that SCOWL's common sizes leave out: capitalised at a sentence's start
 * ("Layoffs have taken place only at …, says a source") they are vocabulary, not a name.
 */
const NEWS_WORDS = (
  'layoff layoffs retrenchment retrenchments buyout buyouts downsizing restructurings ' +
  'rightsizing demerger carmaker carmakers automaker automakers telco telcos lender lenders headcount ' +
  'reorganisation reorganization divestment divestiture'
).split(' ');
let veryCommon: Set<string> | null = null;

/**
 * True when the lower-cased word is common English (SCOWL sizes 10–35, generated into data/common-words.ts):
 * such a capitalised word ("Demand", "Total", "Shell") names something only with stronger evidence.
 */
export function isCommonWord(word: string): boolean {
  words ??= new Set([...VERY_COMMON_WORDS.split('|'), ...COMMON_WORDS.split('|'), ...NEWS_WORDS]);
  const lower = word.toLowerCase();
  if (words.has(lower)) return true;
  // "Production-line", "Low-cost": a compound of common words is common too.
  if (!lower.includes('-')) return false;
  const set = words;
  return lower.split('-').every((p) => p.length > 0 && set.has(p));
}

/**
 * True when the lower-cased word is among the most common English words (SCOWL sizes 10–20: "wood", "price",
 * "king"), not merely common ("taylor", "musk" are not): a surname that is such a word needs more than a given name.
 */
export function isVeryCommonWord(word: string): boolean {
  veryCommon ??= new Set(VERY_COMMON_WORDS.split('|'));
  return veryCommon.has(word.toLowerCase());
}

/**
 * Adjectives of a faith, capitalised like a nationality: alone they say what kind a bank or a unit is ("the Islamic
 * lender", "its Islamic arm"), never which; a name holds them with its own words ("Kora Islamic Bank").
 */
const FAITH_ADJECTIVES: ReadonlySet<string> = new Set([
  'Islamic',
  'Christian',
  'Catholic',
  'Jewish',
  'Muslim',
  'Buddhist',
  'Hindu',
]);

/** True for a faith's adjective written alone ("Islamic"). */
export function isFaithAdjective(word: string): boolean {
  return FAITH_ADJECTIVES.has(word);
}
