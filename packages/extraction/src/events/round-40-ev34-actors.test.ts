import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string, day = '2023-06-13') =>
  extract(text, day)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count, e.percent, e.when]);

describe('"N of its hotels" counts sites, not jobs (quantity-hits.ts)', () => {
  it('"job cuts affecting 12 of its plants" gives a round without a count', () => {
    expect(rounds('Vessla Group plans job cuts affecting 12 of its plants.').map((r) => [r[0], r[1]])).toEqual([
      ['Vessla Group', null],
    ]);
  });

  it('near miss: "job cuts affecting 120 of its employees" keeps its count', () => {
    expect(rounds('Vessla Group plans job cuts affecting 120 of its employees.').map((r) => [r[0], r[1]])).toEqual([
      ['Vessla Group', 120],
    ]);
  });
});

describe('an agent taken on for a sale is not its seller (subject.ts)', () => {
  it('"Norrvik has appointed Kestrel Realty Partners for a sale of the Orsk works" stays with Norrvik', () => {
    const text =
      'Norrvik Chemicals is closing its resin plant in Orsk by the end of the year.\n\n' +
      'Norrvik has appointed Kestrel Realty Partners for a sale of the Orsk works.';
    expect(rounds(text).map((r) => r[0])).toEqual(['Norrvik Chemicals']);
  });

  it('"The company retained Orsk Advisory Group to handle the sale of the site" stays with the company', () => {
    const text =
      'Norrvik Chemicals is closing its resin plant in Orsk by the end of the year.\n\n' +
      'The company retained Orsk Advisory Group to handle the sale of the site.';
    expect(rounds(text).map((r) => r[0])).toEqual(['Norrvik Chemicals']);
  });

  it('near miss: "Kestrel Realty Partners is selling its own offices" is its own sale', () => {
    const text =
      'Norrvik Chemicals is closing its resin plant in Orsk by the end of the year.\n\n' +
      'Separately, Kestrel Realty Partners is selling its own offices in Vessla.';
    expect(rounds(text).map((r) => r[0])).toContain('Kestrel Realty Partners');
  });
});
