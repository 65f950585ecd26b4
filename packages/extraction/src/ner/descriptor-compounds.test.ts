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

  it.each([
    ['Airline Kestrel Air said it would close its Oslo base and cut 200 jobs.', 'Kestrel Air'],
    ['Airline Vessla said it would cut 200 pilots.', 'Vessla'],
    ['Lender Hallberg Bank will close 40 branches and cut 300 jobs.', 'Hallberg Bank'],
  ])('a company noun opening the sentence describes the name after it: %s', (text, company) => {
    expect(extract(text).names('Company')).toEqual([company]);
  });

  it('a word that also opens names stays before a name of one word ("Bank Mandor said")', () => {
    expect(extract('Bank Mandor said it would close 30 branches and cut 300 jobs.').names('Company')).toEqual([
      'Bank Mandor',
    ]);
  });

  it('a hyphenated given name stays whole', () => {
    expect(extract('Kestrel Electric will cut 7,000 jobs, said Lin Yu-ching, its president.').names('Person')).toEqual([
      'Lin Yu-ching',
    ]);
  });
});
