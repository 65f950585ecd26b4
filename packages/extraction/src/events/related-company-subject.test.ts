import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (sentence: string) =>
  extract(`Vessla Labs will cut 500 jobs, it said.\n\n${sentence}\n`, '2024-05-08')
    .events()
    .slice(1)
    .map((e) => [e.org, e.count]);

describe('a company named as another company’s customer, supplier or parent', () => {
  it('is the one that cuts, with or without commas around its name', () => {
    for (const sentence of [
      "Kora Group's biggest customer, carmaker Hallberg Motors, said on Monday it would cut 2,000 jobs.",
      "Kora Group's former parent, Hallberg Motors, will cut 2,000 jobs.",
      'Kora Group supplier Hallberg Motors said on Monday it would cut 2,000 jobs.',
    ])
      expect(rounds(sentence)).toEqual([['Hallberg Motors', 2000]]);
  });
});
