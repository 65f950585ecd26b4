import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('brands listed after "brands" are what a company sells, not who cuts', () => {
  it('"Maker of beer brands A and B has sold a brewery, cutting 360 jobs": the round is the maker\'s', () => {
    const x = extract(
      'Maker of beer brands Vesterbrau and Kolbinger 1880 has sold a brewery in Norrland, potentially cutting 360 jobs.\n\n' +
        'Kestrel Breweries PLC will close a brewery in Norrland, with the loss of more than 360 jobs, the company said.',
    );
    const layoffs = x.events().filter((e) => e.kind === 'layoff');
    expect(layoffs.map((e) => e.org)).toEqual(['Kestrel Breweries']);
  });

  it('a company named after "the owner of the brands," still acts', () => {
    const x = extract(
      'The owner of the brands, Vesterbrau Holdings, will cut 200 jobs at its brewery in Norrland, it said on Monday.',
    );
    expect(x.events().map((e) => e.org)).toEqual(['Vesterbrau Holdings']);
  });
});
