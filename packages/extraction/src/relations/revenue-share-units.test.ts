import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a share of a company’s takings names a part of it', () => {
  it('"Tessaro Studios, which still provides about half of revenue": a part of the company in focus', () => {
    const x = extract(
      'Vorlane agreed to sell its beauty arm to Castel Group. Sales at Tessaro Studios, which still provides about ' +
        'half of revenue, kept falling.',
    );
    expect(x.parent('Tessaro Studios')).toBe('Vorlane');
  });

  it('"Brisa Foods, which generates 20% of Castel Group\'s sales": a part of the company named', () => {
    const x = extract(
      "Vorlane agreed to sell its beauty arm to Castel Group. Brisa Foods, which generates 20% of Castel Group's " +
        'sales, grew.',
    );
    expect(x.parent('Brisa Foods')).toBe('Castel Group');
  });
});
