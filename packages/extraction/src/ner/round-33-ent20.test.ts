import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe('round 33 (ent20): a list after "include" whose subject is a plural company noun', () => {
  it('"Other ed-tech companies and platforms that have cut staff include A, B, C and D" names four companies', () => {
    const text =
      'Kestrel Learning cuts 40 jobs\n\nKestrel Learning said on Monday it would cut 40 jobs. Other ed-tech companies and online learning platforms that have recently cut staff include Vornel, Quistra, DeltaRow and Ossify, among others.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Vornel', 'Quistra', 'DeltaRow', 'Ossify']));
  });

  it('"other carmakers likely to close plants included A, B and C" (past tense) names three companies', () => {
    const text =
      'Plants shut in Orsk\n\nKestrel Motors will close its Orsk plant. A chamber official said other carmakers likely to close plants included Brakvik, Olmsted and Varnu.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Brakvik', 'Olmsted', 'Varnu']));
  });

  it('"Investors that sold shares include Jane Roe and …": a noun people hold too makes no company of a person (near miss)', () => {
    const text =
      'Kestrel Foods cuts 300 jobs\n\nKestrel Foods said it would cut 300 jobs. Investors that sold shares include Jane Roe and Marten Vesterlund.';
    expect(companies(text)).toEqual(['Kestrel Foods']);
  });

  it('"Its brands include A, B and C" names no company (near miss: no company noun)', () => {
    const text =
      'Kestrel Foods cuts 300 jobs\n\nKestrel Foods said it would cut 300 jobs. Its brands include Vornel, Quistra and Ossify.';
    expect(companies(text)).toEqual(['Kestrel Foods']);
  });

  it('"Markets where carmakers sell include …" and "its product lines include …" name no company (near misses)', () => {
    const text =
      'Kestrel Foods cuts 300 jobs\n\nKestrel Foods said it would cut 300 jobs. Markets where carmakers sell most include Vestria, Norland and Ostmark. Its product lines include Belmark, Tarnex and Pellow.';
    expect(companies(text)).toEqual(['Kestrel Foods']);
  });

  it('"the new business groups include …" names no company (near miss: a company\'s parts)', () => {
    const text =
      'Kestrel Foods cuts 300 jobs\n\nKestrel Foods said it would cut 300 jobs. The three new business groups include Vornel, Quistra and Ossify.';
    expect(companies(text)).toEqual(['Kestrel Foods']);
  });

  it('a list of plain words after "companies … include" names no company (near miss)', () => {
    const text =
      'Kestrel Foods cuts 300 jobs\n\nKestrel Foods said it would cut 300 jobs. Its operating companies include Home Care, Personal Care and Foods.';
    expect(companies(text)).toEqual(['Kestrel Foods']);
  });
});

describe('round 33 (ent20): the Spanish layoff procedure "ERE" is no company', () => {
  it('"The company\'s May 14 ERE aims to cut 54 jobs" gives the round to the company, no company "ERE"', () => {
    const x = extract(
      "Kestrel Fertilizantes workers strike\n\nKestrel Fertilizantes workers went on strike on Monday. The company's May 14 ERE aims to cut 54 jobs across five plants. Unions denounce the ERE.",
    );
    expect(x.names('Company')).toEqual(['Kestrel Fertilizantes']);
  });

  it('other initials in the same place still name an organization (near miss: "its unit ERV aims to cut 54 jobs")', () => {
    const x = extract(
      'Kestrel Fertilizantes cuts jobs\n\nKestrel Fertilizantes said on Monday its unit ERV aims to cut 54 jobs across five plants. ERV said the plan was final.',
    );
    expect(x.names('Division')).toContain('ERV');
  });
});

describe("round 33 (ent20): the word between a city and a trade is a Chinese company's short form", () => {
  it('"Wuxi Kelvar Textiles Limited … Kelvar\'s stake" is one company', () => {
    const text =
      "Textile maker shuts factory\n\nWuxi Kelvar Textiles Limited will close its dyeing hall next month. Tessel Holdings, which owns 40 percent of Kelvar's shares, said it would reduce capacity. Kelvar employed 3,000 people.";
    expect(companies(text)).toEqual(['Wuxi Kelvar Textiles', 'Tessel Holdings']);
  });

  it('a city and one word without a trade lends no short form (near miss: "Wuxi Kelvar … Kelvar Holdings")', () => {
    const text =
      'Parts maker cuts jobs\n\nWuxi Kelvar said it would cut 300 jobs. Kelvar Holdings, its former owner, said it would not comment. Kelvar Holdings employs 9,000 people.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Wuxi Kelvar', 'Kelvar Holdings']));
  });
});
