import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a town named as a site's place and as where staff work", () => {
  it('"a depot in Vandmoor … 68 staff at Vandmoor" is a town, no company', () => {
    const x = extract(
      'Kestrel Breweries is making 321 staff redundant by closing a brewery in Sheffield and a depot in Vandmoor. ' +
        'Work done by 68 staff at Vandmoor will move to other depots.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Breweries']);
  });

  it('a name written after "a stake in" and "staff at" is still a company', () => {
    const x = extract(
      'Kestrel Breweries bought a stake in Vandmoor last year. Some 68 staff at Vandmoor will lose their jobs.',
    );
    expect(x.names('Company')).toContain('Vandmoor');
  });
});
