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

describe('a relative "which" with a company verb outweighs a given name', () => {
  it('"Kora Hallberg, which has 2,300 shops and 12,500 employees, said" is a company', () => {
    const x = extract(
      'Kora Hallberg, which has 2,300 shops and 12,500 employees, said the closures of 700 shops could begin soon.',
    );
    expect(x.names('Company')).toEqual(['Kora Hallberg']);
    expect(x.names('Person')).toEqual([]);
  });

  it('"Kora Hallberg, which employs 2,300 people" is a company', () => {
    expect(extract('Kora Hallberg, which employs 2,300 people, said it would cut 300 jobs.').names('Company')).toEqual([
      'Kora Hallberg',
    ]);
  });

  it('keeps a person after "who has" ("Kora Hallberg, who has 2,300 shops")', () => {
    const x = extract('Kora Hallberg, who has 2,300 shops, said the closures could begin soon.');
    expect(x.names('Person')).toEqual(['Kora Hallberg']);
  });

  it('takes no count of residents for a company ("which has 2,300 residents")', () => {
    expect(extract('Kora Hallberg, which has 2,300 residents, voted.').names('Company')).toEqual([]);
  });
});
