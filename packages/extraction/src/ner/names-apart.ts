/**
 * Whether "A and B Ltd" lists two companies although a legal form closes it: "a merger between Kestrel and Vessla
 * SA" when the text also writes "Kestrel" on its own ("Kestrel said"), or "cuts at Orsk Media and Norrvik Corp" when
 * it also writes "Norrvik Corp" after another name ("Tarvo and Norrvik Corp"). A name the text writes apart is a
 * name of its own, so "and" lists; "Port and Free Zone Kestrel FZE" or "Orsk Drugs and Pharmaceuticals Ltd", whose
 * parts the text never writes apart, stay one name. Token positions come from one index per token list, and each
 * check reads at most MAX_LOOKS occurrences of one word, never a scan of the text.
 */
import { isCapitalized, type Token } from '../text/tokenize.js';

/** Occurrences of a word read per check: a name written apart shows up among its first few mentions. */
const MAX_LOOKS = 64;
const POSITIONS = new WeakMap<readonly Token[], Map<string, number[]>>();

/** The indexes at which each capitalised word occurs, found once per token list. */
function positions(tokens: readonly Token[]): Map<string, number[]> {
  let map = POSITIONS.get(tokens);
  if (!map) {
    map = new Map();
    tokens.forEach((t, n) => {
      if (!isCapitalized(t.text)) return;
      const list = map!.get(t.text);
      if (list) list.push(n);
      else map!.set(t.text, [n]);
    });
    POSITIONS.set(tokens, map);
  }
  return map;
}

/** Whether tokens `a` and `a + 1` stand one space apart. */
function spaced(text: string, tokens: readonly Token[], a: number): boolean {
  return a >= 0 && a + 1 < tokens.length && text.slice(tokens[a]!.end, tokens[a + 1]!.start) === ' ';
}

/** Whether the words `from`…`to` are written again from token `at`. */
function sameWords(text: string, tokens: readonly Token[], from: number, to: number, at: number): boolean {
  if (at + (to - from) >= tokens.length) return false;
  for (let n = 1; n <= to - from; n++)
    if (tokens[at + n]!.text !== tokens[from + n]!.text || !spaced(text, tokens, at + n - 1)) return false;
  return true;
}

/** Whether the word at `n` continues a name written with a space before or after it. */
function joinedName(text: string, tokens: readonly Token[], n: number): boolean {
  return n >= 0 && n < tokens.length && isCapitalized(tokens[n]!.text);
}

/**
 * True when, in the run "A and B … L" (A = tokens `i`…`j`, "and" at `j + 1`, B from `j + 2`, legal form L at `k`),
 * the text writes A elsewhere as a whole name of its own, neither inside a longer name nor before "and", and not only
 * opening sentences; or writes "B … L" elsewhere after something other than "<A's last word> and".
 */
export function namedApart(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  k: number,
  opensSentence: (pos: number) => boolean,
): boolean {
  const map = positions(tokens);
  for (const at of (map.get(tokens[i]!.text) ?? []).slice(0, MAX_LOOKS)) {
    if (at === i || !sameWords(text, tokens, i, j, at)) continue;
    const end = at + (j - i);
    if (spaced(text, tokens, at - 1) && joinedName(text, tokens, at - 1)) continue;
    if (spaced(text, tokens, end) && (joinedName(text, tokens, end + 1) || tokens[end + 1]!.text === 'and')) continue;
    if (!opensSentence(tokens[at]!.start)) return true;
  }
  for (const at of (map.get(tokens[j + 2]!.text) ?? []).slice(0, MAX_LOOKS)) {
    if (at === j + 2 || !sameWords(text, tokens, j + 2, k, at)) continue;
    if (at >= 2 && tokens[at - 1]!.text === 'and' && tokens[at - 2]!.text === tokens[j]!.text) continue;
    if (spaced(text, tokens, at - 1) && joinedName(text, tokens, at - 1)) continue;
    return true;
  }
  return false;
}
