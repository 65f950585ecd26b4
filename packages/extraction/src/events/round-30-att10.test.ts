import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 30 (att10): a share of the workforce of a company described in two words', () => {
  it('"N percent of the merged company’s staff", "a third of the shipping giant’s staff": the round’s percent', () => {
    const merged = extract(
      'Hallberg to cut jobs\n\nHallberg Group will cut 1,600 jobs, it said on Tuesday. ' +
        'The cuts represent almost 18 percent of the merged company’s full-time staff.',
    );
    expect(merged.cuts()).toEqual([{ count: 1600, percent: 18, when: null }]);
    const giant = extract(
      'Hallberg to cut jobs\n\nHallberg Group will cut jobs in a shake-up that will affect a third of the ' +
        'shipping giant’s staff.',
    );
    expect(giant.cuts().map((c) => c.percent)).toEqual([33]);
  });

  it('near miss: a share of what the described company sells or owns is no share of its staff', () => {
    const x = extract(
      'Hallberg to cut jobs\n\nHallberg Group will cut 1,600 jobs, it said on Tuesday. ' +
        'Exports make up almost 18 percent of the merged company’s sales.',
    );
    expect(x.cuts()).toEqual([{ count: 1600, percent: null, when: null }]);
  });
});
