import { describe, expect, it } from 'vitest';
import { lshBandHashes, minhashSignature, normalizedTextHash, syndicationKeys } from '@newsgraph/documents';
import { BAND_PROPERTY_NAMES, bandProperties, KEY_PROPERTIES } from './band-keys.js';

const text = Array.from({ length: 60 }, (_, i) => `norrvik${i % 17} kestrel${i % 5}`).join(' ');

describe('band keys on the article', () => {
  it('stores each LSH band of syndicationKeys as band<i>, in the order the lookup reads them', () => {
    const minhash = minhashSignature(text)!;
    const props = bandProperties(minhash);
    expect(Object.keys(props)).toEqual(BAND_PROPERTY_NAMES);
    expect(KEY_PROPERTIES.map((p) => p.text)).toEqual(['textHash', ...BAND_PROPERTY_NAMES]);
    const keys = syndicationKeys(normalizedTextHash(text), minhash);
    expect(keys.slice(1)).toEqual(BAND_PROPERTY_NAMES.map((name, b) => `b${b}:${props[name]!.toString(16)}`));
    expect(Object.values(props)).toEqual(lshBandHashes(minhash));
  });

  it('gives every band null without a signature, so a shorter new text drops the old ones', () => {
    expect(Object.values(bandProperties(null)).every((v) => v === null)).toBe(true);
  });
});
