import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('places and portfolios that words around make look like organizations', () => {
  it('a town only ever written after "in" is no company, though a verb follows it', () => {
    const x = extract(
      'The Coast Herald in Marrowby will stop its print edition. Other sites include Tessford in Vandleshire, which makes blades.',
    );
    expect(x.entity('Marrowby')).toBeUndefined();
    expect(x.entity('Vandleshire')).toBeUndefined();
  });

  it('a compass word before a nationality is an adjective', () => {
    const x = extract('Vellmar has completed the sale of its North American operations to Kestrel Holdings.');
    expect(x.entity('North American')).toBeUndefined();
  });

  it('a portfolio before "Minister" names no company', () => {
    const x = extract('Tessaland Resources Minister Jane Roe said the state had been blindsided by Vellmar.');
    expect(x.entity('Tessaland Resources')).toBeUndefined();
  });
});

describe('"New" and single letters in names', () => {
  it('"Air New Zealand" is one company, not "Air" and the country', () => {
    const x = extract('WELLINGTON - Air New Zealand will reduce its workforce by up to 30 percent, the carrier said.');
    expect(x.entity('Air New Zealand')?.type).toBe('Company');
  });

  it('a letter alone after "union" names nothing ("the union E tū")', () => {
    const x = extract('Pilots will be affected, and the union E tū said talks would start next week.');
    expect(x.entity('E')).toBeUndefined();
  });
});
