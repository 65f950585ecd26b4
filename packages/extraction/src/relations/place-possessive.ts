import { isPlace } from '../gazetteer/lexicon/places.js';
import { endsWithPossessiveS } from '../text/char-class.js';

/** A capitalised name of one or two words in the possessive, ending the text: "Germany's ", "South Korea's ". */
const POSSESSIVE_END_RE = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u;

/**
 * The text before a name with a place's possessive cut off its end ("told Germany's " → "told "), or null when
 * no place's possessive ends it. News writes "Brazil's Kora Valor reported", "told Japan's Kora Keizai": the place
 * says where the outlet is, the citing words stand before it.
 */
export function beforePlacePossessive(before: string): string | null {
  const m = endsWithPossessiveS(before) ? POSSESSIVE_END_RE.exec(before) : null;
  return m && isPlace(m[1]!) ? before.slice(0, m.index) : null;
}
