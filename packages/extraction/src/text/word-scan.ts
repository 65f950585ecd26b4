/**
 * A char-code scanner that finds exactly what the global, case-insensitive expression `\b(?:w1|w2|…)\b` (`gi`,
 * no `u`) finds, for literal words that start with an ASCII word character — without the expression: irregexp
 * tries every alternative at every position, while this reads each run of word characters once and looks its
 * lower-cased text up in a map of the words it can open. Semantics kept: `\w` is `[A-Za-z0-9_]`, only ASCII
 * letters fold case (as in a non-unicode `i` expression), alternatives are tried in the order given (the first
 * that matches with a boundary after it wins), and matches do not overlap.
 */

/** One match: its offset and the word (as given, lower case) that matched there. */
export interface WordMatch {
  index: number;
  word: string;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Compiles `words` (lower case, in the order the alternation lists them) into a scanner of `text` from `from`.
 * Throws when a word is not lower case or does not start with `[a-z0-9_]` (the equivalence needs both).
 */
export function createWordScanner(words: readonly string[]): (text: string, from: number) => WordMatch[] {
  // The words a run of word characters can open: those whose own first run is that run's text.
  const byRun = new Map<string, string[]>();
  let longestRun = 0;
  for (const w of words) {
    if (w !== w.toLowerCase() || !isWordCode(w.charCodeAt(0)))
      throw new Error(`word-scan: "${w}" must be lower case and start with [a-z0-9_]`);
    let e = 1;
    while (e < w.length && isWordCode(w.charCodeAt(e))) e++;
    const run = w.slice(0, e);
    longestRun = Math.max(longestRun, e);
    const list = byRun.get(run);
    if (list) list.push(w);
    else byRun.set(run, [w]);
  }
  return (text, from) => {
    const out: WordMatch[] = [];
    const n = text.length;
    let p = from;
    outer: while (p < n) {
      if (!isWordCode(text.charCodeAt(p))) {
        p++;
        continue;
      }
      let e = p + 1;
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      // Inside a run (only possible at `from`) no boundary precedes any position: skip to its end.
      if (p > 0 && isWordCode(text.charCodeAt(p - 1))) {
        p = e;
        continue;
      }
      const candidates = e - p <= longestRun ? byRun.get(text.slice(p, e).toLowerCase()) : undefined;
      if (candidates)
        for (const w of candidates)
          if (matchesAt(text, p, w)) {
            out.push({ index: p, word: w });
            p += w.length;
            continue outer;
          }
      p = e;
    }
    return out;
  };
}

/** `w` at `p` with ASCII case folded, and a word boundary right after it. */
function matchesAt(text: string, p: number, w: string): boolean {
  if (p + w.length > text.length) return false;
  for (let k = 0; k < w.length; k++) {
    let c = text.charCodeAt(p + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  const q = p + w.length;
  return isWordCode(text.charCodeAt(q - 1)) !== (q < text.length && isWordCode(text.charCodeAt(q)));
}
