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

describe('share classes, working names and people known by one name', () => {
  it('a share class is no company', () => {
    expect(extract("Vellmar's Class B shares have lost a quarter of their value.").entity('Class B')).toBeUndefined();
  });

  it("a product's working name is no company", () => {
    const x = extract('Vellmar Games said a new franchise codenamed Tessara is at an early stage.');
    expect(x.entity('Tessara')).toBeUndefined();
  });

  it('a lone name after a lower-case post is a person, not a company', () => {
    const x = extract('"They will not come back," union aviation organiser Kowhai said on Tuesday.');
    expect(x.entity('Kowhai')?.type).not.toBe('Company');
  });
});
