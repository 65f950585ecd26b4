import type { GazetteerIndex } from '../gazetteer/index.js';
import type { Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { DOTTED_SUFFIX, LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';

/**
 * Longest-match lookup of gazetteer names over the token stream: one Map hit per token, then a check of
 * the following tokens and of the separators between them ("Challenger, Gray & Christmas").
 * Returns the mentions and marks the tokens they cover in `covered`.
 */
export function matchGazetteer(
  text: string,
  tokens: readonly Token[],
  index: GazetteerIndex,
  covered: Uint8Array,
): Mention[] {
  const out: Mention[] = [];
  const lowerFirst = lowerInitials(index);
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (c >= 97 && c <= 122 && !lowerFirst.has(c)) continue;
    const candidates = index.get(tokens[i]!.text);
    if (!candidates) continue;
    for (const alias of candidates) {
      const n = alias.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const t = tokens[i + k]!;
        if (t.text !== alias.tokens[k]) ok = false;
        else if (text.slice(tokens[i + k - 1]!.end, t.start).replace(/\s+/g, ' ') !== alias.gaps[k - 1]) ok = false;
      }
      if (!ok) continue;
      const e = alias.entry;
      // "Siemens AG", "Oracle Corp.": a legal form after a known company belongs to its mention.
      let end = tokens[i + n - 1]!.end;
      const next = tokens[i + n];
      if (
        e.type === 'Company' &&
        next &&
        next.start === end + 1 &&
        text.charCodeAt(end) === 32 &&
        LEGAL_SUFFIX.has(next.text)
      ) {
        end = next.end + (DOTTED_SUFFIX.has(next.text) && text.charCodeAt(next.end) === 46 ? 1 : 0);
        covered[i + n] = 1;
      }
      out.push({
        start: tokens[i]!.start,
        end,
        type: e.type,
        name: e.name,
        ...(e.kind ? { kind: e.kind } : {}),
        ...(e.parent ? { parent: e.parent } : {}),
      });
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  return out;
}

const initialsCache = new WeakMap<GazetteerIndex, Set<number>>();

/** First characters (a–z) of gazetteer names written in lower case ("layoffs.fyi", "eBay"): other lower-case tokens are skipped. */
function lowerInitials(index: GazetteerIndex): Set<number> {
  let set = initialsCache.get(index);
  if (!set) {
    set = new Set([...index.keys()].map((k) => k.charCodeAt(0)).filter((c) => c >= 97 && c <= 122));
    initialsCache.set(index, set);
  }
  return set;
}
