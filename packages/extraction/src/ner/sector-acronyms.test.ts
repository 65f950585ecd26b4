import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a sector abbreviation is no company', () => {
  it('"The FMCG giant has planned to cut 700 jobs" is Norrvik Foods\' round, and FMCG no company', () => {
    const x = extract(
      'Consumer goods group Norrvik Foods plans to cut 5% of its workforce. The FMCG giant has planned to cut 700 jobs in its offices, according to a report by the Kestrel Herald.',
      '2025-06-05',
    );
    expect(x.names('Company')).not.toContain('FMCG');
    expect(x.events().map((e) => [e.org, e.count])).toContainEqual(['Norrvik Foods', 700]);
  });

  it('keeps a company whose name only opens with such letters ("OEMtek said …")', () => {
    const x = extract('OEMtek said on Monday it will cut 200 jobs at its plant.', '2025-06-05');
    expect(x.names('Company')).toContain('OEMtek');
  });
});

describe('"MNC" is vocabulary too', () => {
  it('"The pharma MNC sold its own plant" names no company "MNC"', () => {
    const x = extract(
      'Kestrel Pharma will shut its plant in Thane. The pharma MNC sold its own plant in Goa last year.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Pharma']);
  });
});
