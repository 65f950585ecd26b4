import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('two trades joined by "and" inside one company name', () => {
  it('"Norrvik Iron and Steel Group" is one company, not a person "Norrvik Iron" and a company "Steel Group"', () => {
    const x = extract('Norrvik Iron and Steel Group will cut 300 jobs, the company said.');
    expect(x.names('Company')).toEqual(['Norrvik Iron and Steel Group']);
    expect(x.names('Person')).toEqual([]);
  });

  it('"Kestrel Oil and Gas" keeps its second trade', () => {
    const x = extract('Kestrel Oil and Gas said it would cut 50 jobs.');
    expect(x.names('Company')).toEqual(['Kestrel Oil and Gas']);
    expect(x.events()[0]?.org).toBe('Kestrel Oil and Gas');
  });

  it('keeps two companies apart when a name of its own follows "and" ("Kestrel Steel and Norrvik Gas")', () => {
    const x = extract('Kestrel Steel and Norrvik Gas said they would cut 50 jobs each.');
    expect(x.names('Company')).not.toContain('Kestrel Steel and Norrvik Gas');
    expect(x.names('Company')).toContain('Kestrel Steel');
  });

  it('joins no pair of trades that is not a set one ("Kestrel Steel and Gas")', () => {
    expect(extract('Kestrel Steel and Gas prices rose, Kestrel Steel said.').names('Company')).toEqual([
      'Kestrel Steel',
    ]);
  });
});
