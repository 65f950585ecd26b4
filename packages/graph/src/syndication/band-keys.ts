import { LSH_BANDS, lshBandHashes } from '@newsgraph/documents';
import { cypherFragment, type CypherFragment } from '../query.js';

/**
 * An article's lookup keys are properties of the article itself, each with a range index (schema-statements.ts):
 * `textHash` (the exact key) and `band0` … `band15`, the hashes of its MinHash signature's LSH bands (integers), in
 * the order of `syndicationKeys` (exact first, then band 0 onwards). Before (Round 8 and earlier), every key was a
 * `:TextBand {key}` node with a unique-index entry and an `IN_BAND` relationship per article, though nearly every
 * band key is one article's own: 3.4 KiB of transaction log per article (docs/BENCHMARKS.md, Round 9).
 */
export const KEY_PROPERTIES: readonly CypherFragment[] = [
  cypherFragment`textHash`,
  cypherFragment`band0`,
  cypherFragment`band1`,
  cypherFragment`band2`,
  cypherFragment`band3`,
  cypherFragment`band4`,
  cypherFragment`band5`,
  cypherFragment`band6`,
  cypherFragment`band7`,
  cypherFragment`band8`,
  cypherFragment`band9`,
  cypherFragment`band10`,
  cypherFragment`band11`,
  cypherFragment`band12`,
  cypherFragment`band13`,
  cypherFragment`band14`,
  cypherFragment`band15`,
];

/** A band property's name. */
export type BandProperty = `band${number}`;

/** The band properties' names: `band<i>` for each of the LSH_BANDS bands. */
export const BAND_PROPERTY_NAMES: readonly BandProperty[] = Array.from(
  { length: LSH_BANDS },
  (_, b): BandProperty => `band${b}`,
);

/**
 * The band properties stored on an article (`band<i>`: its band hashes; all null without a signature, so a text
 * replaced by one too short for MinHash loses the old ones when the map is set with `+=`). Pure.
 */
export function bandProperties(minhash: readonly number[] | null): Record<BandProperty, number | null> {
  const hashes = minhash ? lshBandHashes(minhash) : null;
  return Object.fromEntries(BAND_PROPERTY_NAMES.map((name, b) => [name, hashes?.[b] ?? null]));
}
