import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a company’s possessive right before another company’s name', () => {
  it('"Tamberg\'s Kora Studios": the possessor is a company and owns the studio', () => {
    const x = extract(
      'Media groups are cutting staff. Tamberg’s Kora Studios is expected to lay off up to 20% of its 1,300 employees.',
    );
    expect(x.names('Company')).toContain('Tamberg');
    expect(x.parent('Kora Studios')).toBe('Tamberg');
  });

  it('"Norrvik\'s Orsk Airlines": a company named earlier owns the airline', () => {
    const x = extract('Norrvik will cut 400 jobs. Norrvik’s Orsk Airlines will close a base in the north.');
    expect(x.parent('Orsk Airlines')).toBe('Norrvik');
  });

  it('a place’s possessive or a deal noun after the name makes no part', () => {
    const x = extract(
      'Britain’s Kora Bank will cut 300 jobs. Talks stalled, and Tamberg’s Vessla Bank bid had failed, analysts said.',
    );
    expect(x.parent('Kora Bank')).toBeNull();
    expect(x.parent('Vessla Bank')).toBeNull();
    expect(x.names('Company')).not.toContain('Tamberg');
  });
});
