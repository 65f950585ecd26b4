import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('owners named in a compound before a company', () => {
  it('"Tarvik-backed Ombara": both are companies, and the bare owner later is the same one', () => {
    const x = extract('Tarvik-backed Ombara will lay off 200 workers. Tarvik said it supported the plan.');
    expect(x.names('Company')).toEqual(['Tarvik', 'Ombara']);
    const tarvik = x.entity('Tarvik')!;
    expect(tarvik.mentions).toHaveLength(2);
    // The span is the owner's name alone, not the whole compound.
    expect([tarvik.mentions[0]!.start, tarvik.mentions[0]!.end]).toEqual([0, 6]);
  });

  it('the company after the compound acts, not its owner', () => {
    const x = extract('Tarvik-backed Ombara will lay off 200 workers.');
    expect(x.events()).toMatchObject([{ org: 'Ombara', count: 200 }]);
  });

  it('an owner written in lower camel case ("varoLabs-backed") is cut off the company after it', () => {
    const x = extract('Last month, varoLabs-backed Ombara Learning shed 60 employees.');
    expect(x.names('Company')).toEqual(['varoLabs', 'Ombara Learning']);
    expect(x.events()).toMatchObject([{ org: 'Ombara Learning', count: 60 }]);
  });

  it('never a place, a nationality or a common word', () => {
    expect(extract('State-owned Ombara will cut jobs. Chinese-backed Vellmora too.').names('Company')).toEqual([
      'Ombara',
    ]);
  });
});

describe('phrases that put a company after them', () => {
  it.each([
    ['a joint venture between two companies', 'The plant is run by a joint venture between Ombara and Kessler.'],
    ['a passive announcement', 'The cuts were confirmed by Ombara and Kessler on Monday.'],
  ])('%s', (_label, text) => {
    expect(extract(text).names('Company')).toEqual(['Ombara', 'Kessler']);
  });
});
