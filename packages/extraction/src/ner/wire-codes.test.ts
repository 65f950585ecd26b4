import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

// Syndicated wire copy often loses the brackets around an instrument code: "Kestrel KESTb.ST plans to cut …".
describe("a wire's instrument code without its brackets", () => {
  it('ends the name before it and names nothing of its own', () => {
    const x = extract(
      'STOCKHOLM, Feb 20 (Reuters) - Telecoms gear maker Kestrel KESTb.ST plans to cut about 1,400 jobs in Sweden, it said on Monday.',
    );
    // The wire credited in the dateline is cited (and so named), the code names nothing.
    expect(x.names('Company')).toEqual(['Reuters', 'Kestrel']);
    expect(x.names('Division')).toEqual([]);
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Kestrel', 1400]]);
  });

  it('reads a code with a market suffix of one letter too ("Norrvik Motors NORV.L said")', () => {
    const x = extract('Carmaker Norrvik Motors NORV.L said it would cut 800 jobs.');
    expect(x.names('Company')).toEqual(['Norrvik Motors']);
  });

  it('leaves a name written like a code alone when no name stands before it ("e-commerce firm KV.ID")', () => {
    const x = extract('Payments group Vessla and e-commerce firm KV.ID also reduced their workforce.');
    expect(x.names('Company')).toContain('KV.ID');
  });
});
