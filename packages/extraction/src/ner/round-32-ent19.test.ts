import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');
const divisions = (text: string) => extract(text).names('Division');

describe('round 32 (ent19): a name described as "another" firm of a trade is a company', () => {
  it('"Hallberg Stampings, another prominent auto ancillary unit, …" names a company, not a unit', () => {
    const text =
      'Parts makers cut shifts\n\nKestrel Motors said on Monday it would cut 300 jobs at its plant in Orsk. Hallberg Stampings, another prominent auto ancillary unit, which has Kestrel Motors as its main client, is working only in single shifts.';
    expect(companies(text)).toContain('Hallberg Stampings');
    expect(divisions(text)).not.toContain('Hallberg Stampings');
  });

  it('"Norrvik Tarvo, another German equipment maker, said …" names a company', () => {
    const text =
      'Suppliers close plants\n\nKestrel Motors will close its plant in Orsk. Norrvik Tarvo, another German equipment maker, said on Friday it would shut a site too.';
    expect(companies(text)).toContain('Norrvik Tarvo');
  });

  it('"another unit of" with an owner keeps the owner (near miss)', () => {
    const text =
      'Kestrel Group sells units\n\nKestrel Group said it would cut 300 jobs. Norrvik Tarvo, another unit of Kestrel Group, will be sold next year.';
    expect(companies(text)).not.toContain('Norrvik Tarvo');
  });

  it('"another of its brands", "another Kestrel brand": an owner before the noun keeps the unit (near misses)', () => {
    for (const apposition of ['another of its brands', 'another Kestrel Foods brand', "another of the group's units"]) {
      const text = `Kestrel Foods cuts 300 jobs\n\nKestrel Foods will cut 300 jobs, it said on Monday. Vornel Snacks, ${apposition}, will close a plant.`;
      expect(companies(text)).not.toContain('Vornel Snacks');
      expect(divisions(text)).toContain('Vornel Snacks');
    }
  });

  it('a person or a town described with "another" names no company (near miss)', () => {
    const text =
      'Kestrel Group cuts jobs\n\nKestrel Group said it would cut 300 jobs. Jane Roe, another senior manager at the group, will leave. Orsk Vale, another industrial town, loses its plant.';
    expect(companies(text)).toEqual(['Kestrel Group']);
  });
});

describe('round 32 (ent19): "of" after a trade inside a name a legal form closes', () => {
  it('"Kestrel Services of Outsourcing S.A" is one company, not "Outsourcing"', () => {
    const text =
      'Workers protest dismissals\n\nMore than 500 workers were dismissed this year. The union had signed an agreement with the Kestrel Services of Outsourcing S.A, which came into effect in 2019.';
    expect(companies(text)).toContain('Kestrel Services of Outsourcing');
    expect(companies(text)).not.toContain('Outsourcing');
  });

  it('a post before "of" and the same words with no legal form stay as written (near misses)', () => {
    const post =
      'Kestrel Services to cut jobs\n\nJane Roe, Managing Director of Kestrel Services Ltd, said on Monday it would cut 500 jobs.';
    expect(companies(post)).toContain('Kestrel Services');
    const bare =
      'Workers protest dismissals\n\nMore than 500 workers were dismissed this year by the Norrvik Services of Orsk Vale, which runs depots.';
    expect(companies(bare)).not.toContain('Norrvik Services of Orsk Vale');
  });
});

describe('round 32 (ent19): "A Trade and Trade2 and B" — the first "and" joins two trades inside one name', () => {
  it('"from Kestrel Teas and Infusions and Tarvo Estates Kenya" names two companies', () => {
    const text =
      'Tea firm to cut 2,000 jobs\n\nNorrvik East Africa plans to cut 2,000 jobs in Kenya, a year after it acquired 11 plantations from Kestrel Teas and Infusions and Tarvo Estates Kenya in Vellmora.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Kestrel Teas and Infusions', 'Tarvo Estates Kenya']));
    expect(companies(text)).not.toContain('Kestrel Teas');
  });

  it('a name of its own after the first "and" stays a second company (near miss)', () => {
    const text =
      'Tea firm to cut 2,000 jobs\n\nNorrvik East Africa plans to cut 2,000 jobs, a year after it acquired plantations from Kestrel Teas and Hallberg and Tarvo Estates Kenya.';
    expect(companies(text)).not.toContain('Kestrel Teas and Hallberg');
  });
});
