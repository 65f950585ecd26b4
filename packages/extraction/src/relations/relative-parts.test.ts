import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('parts named in a relative clause after their owner', () => {
  it('"the Private Bank, which includes Norvik Sparkasse": the part belongs to the unit named before the comma', () => {
    const x = extract(
      'Kessler Bank will cut 18,000 jobs. It will be split into four businesses: a new Corporate Bank; the Private ' +
        'Bank, which includes Norvik Sparkasse; and Asset Management. Norvik Sparkasse employs 9,000 people.',
    );
    expect(x.parent('Norvik Sparkasse')).toBe('Private Bank');
    expect(x.parent('Private Bank')).toBe('Kessler Bank');
  });

  it('"which runs Kestrel\'s stores": a possessive names what belongs to someone else', () => {
    const x = extract(
      "Orvane Group said profit fell. Tamsel Logistics, which runs Kestrel Foods' warehouses, will cut 200 jobs.",
    );
    expect(x.parent('Kestrel Foods')).not.toBe('Tamsel Logistics');
  });
});
