import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('units listed in a relative clause after a unit noun', () => {
  it('"its watchmakers division, which includes A, B and C": the names are the company’s units', () => {
    const x = extract(
      'Richmond Group makes most of its money from jewellery. Its specialist watchmakers division, which includes ' +
        'Vaudrey-LeMaitre, Orsk Geneve and Palvara, has been weaker.',
    );
    for (const name of ['Vaudrey-LeMaitre', 'Orsk Geneve', 'Palvara']) expect(x.parent(name)).toBe('Richmond Group');
  });

  it('"its brands, which includes A and B" after a plural noun, the verb with an s', () => {
    const x = extract('Tarvane Foods said its brands, which includes Kolvo and Merrit Snacks, would be sold.');
    expect(x.parent('Kolvo')).toBe('Tarvane Foods');
    expect(x.parent('Merrit Snacks')).toBe('Tarvane Foods');
  });
});
