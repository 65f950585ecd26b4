import { COMMON_WORDS } from '../data/common-words.js';

let words: Set<string> | null = null;

/**
 * True when the lower-cased word is common English (SCOWL sizes 10–35, generated into data/common-words.ts):
 * such a capitalised word ("Demand", "Total", "Shell") names something only with stronger evidence.
 */
export function isCommonWord(word: string): boolean {
  words ??= new Set(COMMON_WORDS.split('|'));
  const lower = word.toLowerCase();
  if (words.has(lower)) return true;
  // "Production-line", "Low-cost": a compound of common words is common too.
  if (!lower.includes('-')) return false;
  const set = words;
  return lower.split('-').every((p) => p.length > 0 && set.has(p));
}
