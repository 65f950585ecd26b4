import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"shipowner" introduces a company, or a person with a given name', () => {
  it('"Greek shipowner X placed the order" names the company X', () => {
    const r = extract('Norrvik received an order for a new gas carrier. Greek shipowner Vessaris placed the order.');
    expect(r.names('Company')).toContain('Vessaris');
  });

  it('near miss: "Greek shipowner Jane Roe" is no company', () => {
    const r = extract('Norrvik received an order for a new gas carrier. Greek shipowner Jane Roe placed the order.');
    expect(r.names('Company')).not.toContain('Jane Roe');
  });
});

describe('"X wants to cut N jobs": a one-word name with no other cue acts as a company', () => {
  it('"wants to", "intends to", "aims to" before a job cut make the subject a company', () => {
    for (const aux of ['wants to cut', 'intends to lay off', 'aims to cut']) {
      const r = extract(`Norrvik ${aux} 500 jobs at its plant in the north, the newspaper reported on Monday.`);
      expect(r.names('Company')).toEqual(['Norrvik']);
    }
  });

  it('near miss: a person named before, or no jobs after the verb, makes no company', () => {
    const person = extract(
      'Per Hallberg, the new chief executive, arrived in March. Hallberg wants to cut 500 jobs at the plant.',
    );
    expect(person.names('Company')).toEqual([]);
    expect(extract('Norrvik wants to cut costs at the plant, the newspaper reported.').names('Company')).toEqual([]);
  });
});
