import type { Token } from '../text/tokenize.js';

/**
 * Finds later bare occurrences of names already found in context ("Embracer Group, the Swedish games
 * conglomerate …" then "Embracer Group said"): every uncovered run of tokens spelling one of `names` word for word.
 * `accept(i, wordCount)` may veto a match (e.g. when a capitalised word follows); accepted runs are marked covered.
 */
export function scanRepeatMentions(
  tokens: readonly Token[],
  covered: Uint8Array,
  names: Iterable<string>,
  onMatch: (name: string, first: Token, last: Token) => void,
  accept: (i: number, wordCount: number) => boolean = () => true,
): void {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of names) {
    const words = name.split(' ');
    byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), words]);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    for (const words of byFirstWord.get(tokens[i]!.text) ?? []) {
      let matches = true;
      for (let k = 1; k < words.length && matches; k++) matches = tokens[i + k]?.text === words[k] && !covered[i + k];
      if (!matches || !accept(i, words.length)) continue;
      onMatch(words.join(' '), tokens[i]!, tokens[i + words.length - 1]!);
      covered.fill(1, i, i + words.length);
      break;
    }
  }
}
