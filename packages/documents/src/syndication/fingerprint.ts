import { sha256 } from '../hash.js';

/** Words per shingle: 5-word sequences tell a copy from an article on the same subject. */
export const SHINGLE_WORDS = 5;
/** MinHash values per signature; the Jaccard estimate's standard error is about 1/√64 ≈ 0.06 at worst. */
export const MINHASH_SIZE = 64;
/** LSH bands × rows = MINHASH_SIZE: two texts with Jaccard 0.7 share a band with probability 0.99, at 0.3 with 0.12. */
export const LSH_BANDS = 16;
export const LSH_ROWS = 4;
/** Estimated Jaccard similarity at or above which two articles are syndicated copies of one text (one copy group). */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
/** Below this many words a text gets no near-duplicate signature (exact duplicates are still found). */
export const MIN_WORDS_FOR_MINHASH = 30;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The words of a text, case-folded and Unicode-normalised (NFKC): punctuation, markup spacing and case ignored. */
export function normalizedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD_RE) ?? [];
}

/** sha256 of the normalised words: equal for two copies that differ only in spacing, case or punctuation. */
export function normalizedTextHash(text: string): string {
  return sha256(normalizedWords(text).join(' '));
}

/** FNV-1a over a string, then a murmur3 finaliser: a well-spread 32-bit hash (unsigned). */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a text's 5-word shingles: MINHASH_SIZE minima of hash functions h_i = h1 + i·h2
 * (Kirsch–Mitzenmacher double hashing), so the share of equal positions between two signatures estimates the
 * Jaccard similarity of their shingle sets. Null below MIN_WORDS_FOR_MINHASH words. Linear in the text.
 */
export function minhashSignature(text: string): number[] | null {
  const words = normalizedWords(text);
  if (words.length < MIN_WORDS_FOR_MINHASH) return null;
  const mins = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(' ');
    const h1 = hash32(shingle, 0);
    const h2 = hash32(shingle, 0x9e3779b9) | 1;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = (h1 + Math.imul(k, h2)) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return mins;
}

/** Share of equal positions of two signatures: the estimated Jaccard similarity of the two texts (0…1). */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/**
 * The keys under which a text is looked up for copies: `exact:<normalised text hash>` always, plus one key per
 * LSH band of its MinHash signature (`b<i>:<hash of the band's rows>`). Two texts sharing any key are compared.
 */
export function syndicationKeys(textHash: string, signature: readonly number[] | null): string[] {
  const keys = [`exact:${textHash}`];
  if (signature)
    for (let b = 0; b < LSH_BANDS; b++)
      keys.push(`b${b}:${hash32(signature.slice(b * LSH_ROWS, (b + 1) * LSH_ROWS).join(','), b).toString(16)}`);
  return keys;
}
