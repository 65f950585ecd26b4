const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes every Lucene operator character so user input is matched literally. */
export function escapeLucene(input: string): string {
  return input.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * How loosely a typed name may match: `words` — the exact phrase or all its words (cheapest, for resolving a
 * known name); `prefix` — the last word may be unfinished, as while typing; `fuzzy` — like prefix, and words of
 * 5+ letters may also be one edit away (the slowest: a fallback when nothing else matched).
 */
export type NameMatch = 'words' | 'prefix' | 'fuzzy';

/**
 * A Lucene query for a name typed by a user; the exact phrase always scores highest. Words are lower-cased so
 * `AND`/`OR`/`NOT` are words, not operators, and every Lucene special character is escaped.
 * Returns null when nothing searchable is left (empty or whitespace input).
 */
export function nameSearchLucene(input: string, match: NameMatch = 'prefix'): string | null {
  const words = input.slice(0, 200).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map(escapeLucene);
  const phrase = `"${escaped.join(' ')}"^4`;
  const all = `(${escaped.join(' AND ')})^2`;
  if (match === 'words') return `${phrase} OR ${all}`;
  const prefix = `(${escaped.map((word, i) => (i === escaped.length - 1 ? `${word}*` : word)).join(' AND ')})`;
  if (match === 'prefix') return `${phrase} OR ${all} OR ${prefix}`;
  const fuzzy = `(${escaped.map((word, i) => (words[i]!.length >= 5 ? `${word}~1` : word)).join(' AND ')})`;
  return `${phrase} OR ${all} OR ${prefix} OR ${fuzzy}`;
}
