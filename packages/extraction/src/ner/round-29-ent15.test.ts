import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 29 (ent15): joint ventures and country adjectives', () => {
  it('", a joint venture of A and B," makes the name a company of its own, not a unit of A', () => {
    const x = extract(
      'Orsk mine to cut jobs\n\nChilean copper mine Orsk, a joint venture of Norrvik Mining and Tarvo, said on Wednesday it would cut 115 jobs.\n\nOrsk said in a statement that the cuts were needed.',
    );
    expect(x.orgs()).toContain('Company Orsk');
    expect(x.parent('Orsk')).toBeNull();
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Norrvik Mining', 'Tarvo']));
    expect(x.events()[0]).toMatchObject({ org: 'Orsk', count: 115 });
    expect(x.cited()).toContain('Orsk statement');
  });

  it('", a joint venture of A," with one owner named stays a unit of A (near miss)', () => {
    const x = extract('Orsk, a joint venture of Norrvik Mining, said on Wednesday it would cut 115 jobs.');
    expect(x.orgs()).toContain('Division Orsk');
    expect(x.parent('Orsk')).toBe('Norrvik Mining');
  });

  it('", a venture of A and B," without "joint" reads as before (near miss)', () => {
    const x = extract('Orsk, a venture of Norrvik Mining and Tarvo, said on Wednesday it would cut 115 jobs.');
    expect(x.parent('Orsk')).toBe('Norrvik Mining');
  });

  it('"The Philippine unit of Kestrel" names no unit called "Philippine"', () => {
    const x = extract(
      "Norrvik Motor Co has cut 300 jobs.\n\nThe Philippine unit of Japan's Norrvik Motor Co has also restricted trips, the paper said.",
    );
    expect(x.names()).not.toContain('Philippine');
    expect(x.names('Company')).toContain('Norrvik Motor');
  });

  it('"The Kestrel unit of Norrvik" still names the unit, and "Philippine Airlines" stays a company (near miss)', () => {
    const x = extract(
      'Norrvik Motor Co has cut 300 jobs. The Kestrel unit of Norrvik Motor Co has also restricted trips.\n\nPhilippine Airlines said it would let go of 2,300 employees.',
    );
    expect(x.parent('Kestrel')).toBe('Norrvik Motor');
    expect(x.names('Company')).toContain('Philippine Airlines');
  });
});
