import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a plant named by its owner's possessive is the owner's unit (owned-sites.ts)", () => {
  it('reads "its <adjective> <Town> plant" as a unit of the company in focus, named with and without its noun', () => {
    const r = extract(
      'Norrvik Motors said it would stop output at its ageing Tessby plant by 2027 and move work to its nearby Orsk Valley plant.',
    );
    expect(r.names('Division')).toEqual(expect.arrayContaining(['Tessby', 'Orsk Valley']));
    expect(r.entity('Tessby')?.aliases).toContain('Tessby plant');
    expect(r.parent('Tessby')).toBe('Norrvik Motors');
    expect(r.parent('Orsk Valley')).toBe('Norrvik Motors');
  });

  it("reads an owner's possessive before a named factory", () => {
    const r = extract("Workers at Kestrel Chemical's Vandmoor Compounds factory were told that 140 of them would go.");
    expect(r.names('Division')).toContain('Vandmoor Compounds');
    expect(r.parent('Vandmoor Compounds')).toBe('Kestrel Chemical');
  });

  it('gives a round at the plant to its owner, the company the article is about, not the one named last', () => {
    const r = extract(
      'Hallberg Group will cut 3,000 jobs. It sold its tools arm to Norrvik in 2019 and closed its Tessby foundry, with the loss of 450 jobs.',
      '2024-09-05',
    );
    expect(r.parent('Tessby')).toBe('Hallberg Group');
    expect(r.events().map((e) => [e.org, e.count])).toContainEqual(['Hallberg Group', 450]);
    expect(r.events().map((e) => e.org)).not.toContain('Tessby');
  });

  it('keeps a name joined by an Arabic article whole', () => {
    const r = extract('Vessla Spinning Company may not offer its Tell al-Varsa factory for sale, the court ruled.');
    expect(r.names('Division')).toContain('Tell al-Varsa');
  });

  it('names no unit for a nationality, a country, a plural, a count or a post after the noun', () => {
    for (const text of [
      'Norrvik Motors said it would close its Polish plant next year.',
      'Norrvik Motors said it would close its Brazil plant next year.',
      'Norrvik Motors said it would close its Tessby plants next year.',
      'Norrvik Motors said it would close its two Tessby plant lines next year.',
      'Norrvik Motors said its Tessby plant manager Jane Roe would leave.',
    ]) {
      const r = extract(text);
      expect(r.names('Division'), text).toEqual([]);
    }
  });

  it('leaves "the <Town> plant" without an owner\'s possessive a site', () => {
    const r = extract('Norrvik Motors said 300 jobs would go at the Tessby plant next year.');
    expect(r.names('Division')).not.toContain('Tessby');
  });
});
