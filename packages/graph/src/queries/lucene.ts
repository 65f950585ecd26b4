const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes every Lucene operator character so user input is matched literally. */
export function escapeLucene(input: string): string {
  return input.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * A Lucene query for a name typed by a user: the exact phrase (strongest) or every word as a prefix; with
 * `fuzzy`, every word of 5+ letters may instead be one edit away (slower: used only when nothing matched).
 * Words are lower-cased so `AND`/`OR`/`NOT` are words, not operators.
 * Returns null when nothing searchable is left (empty or whitespace input).
 */
export function nameSearchLucene(input: string, options: { fuzzy?: boolean } = {}): string | null {
  const words = input.slice(0, 200).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map(escapeLucene);
  const phrase = `"${escaped.join(' ')}"^4`;
  const prefixes = `(${escaped.map((word) => `${word}*`).join(' AND ')})^2`;
  if (!options.fuzzy) return `${phrase} OR ${prefixes}`;
  const fuzzy = `(${escaped.map((word, i) => (words[i]!.length >= 5 ? `${word}~1` : word)).join(' AND ')})`;
  return `${phrase} OR ${prefixes} OR ${fuzzy}`;
}
