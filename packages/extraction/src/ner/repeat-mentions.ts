import type { Token } from '../text/tokenize.js';

/** A trie over the words of names; `order` is the name's insertion index at the node where it ends. */
interface Node {
  next: Map<string, Node>;
  order: number;
  words?: string[];
}

const node = (): Node => ({ next: new Map(), order: -1 });

/**
 * Finds later bare occurrences of names already found in context ("Embracer Group, the Swedish games
 * conglomerate …" then "Embracer Group said"): every uncovered run of tokens spelling one of `names` word for word.
 * Where several names start at a token, the one given first wins (as a list scan would). `accept(i, wordCount)` may
 * veto a match (e.g. when a capitalised word follows); accepted runs are marked covered. A word trie keeps the
 * work per token bounded by the longest name, however many names share a first word.
 */
export function scanRepeatMentions(
  tokens: readonly Token[],
  covered: Uint8Array,
  names: Iterable<string>,
  onMatch: (name: string, first: Token, last: Token) => void,
  accept: (i: number, wordCount: number) => boolean = () => true,
): void {
  const root = node();
  let n = 0;
  for (const name of names) {
    const words = name.split(' ');
    let at = root;
    for (const w of words) {
      let child = at.next.get(w);
      if (!child) at.next.set(w, (child = node()));
      at = child;
    }
    if (at.order < 0) {
      at.order = n;
      at.words = words;
    }
    n++;
  }
  const ends: Node[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    ends.length = 0;
    let at = root.next.get(tokens[i]!.text);
    for (let k = i + 1; at; k++) {
      if (at.words) ends.push(at);
      if (k >= tokens.length || covered[k]) break;
      at = at.next.get(tokens[k]!.text);
    }
    ends.sort((a, b) => a.order - b.order);
    for (const end of ends) {
      const count = end.words!.length;
      if (!accept(i, count)) continue;
      onMatch(end.words!.join(' '), tokens[i]!, tokens[i + count - 1]!);
      covered.fill(1, i, i + count);
      break;
    }
  }
}
