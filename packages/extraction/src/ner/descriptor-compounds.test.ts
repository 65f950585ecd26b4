import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a descriptor compound opening the sentence is no part of the name', () => {
  it.each([
    ['Cash-strapped Norrvik Air said it would cut 900 jobs.', 'Norrvik Air'],
    ['Loss-making Hallberg Steel will close its Tarsa plant.', 'Hallberg Steel'],
    ['Scandal-plagued Kestrel Electric will cut 7,000 jobs.', 'Kestrel Electric'],
    ['Debt-laden Ombara Foods will shed 300 staff.', 'Ombara Foods'],
  ])('%s', (text, company) => {
    expect(extract(text).names('Company')).toEqual([company]);
  });

  it('a hyphenated given name stays whole', () => {
    expect(extract('Kestrel Electric will cut 7,000 jobs, said Lin Yu-ching, its president.').names('Person')).toEqual([
      'Lin Yu-ching',
    ]);
  });
});
