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
