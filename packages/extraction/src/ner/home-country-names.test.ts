import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"X <country>" and a bare "X": the same company when the text calls it that country\'s own', () => {
  it('a nationality descriptor before "X Norway" makes the bare "X" its short form, not a parent', () => {
    const r = extract(
      'Brevik to cut 400 jobs\n\n' +
        'OSLO — Norwegian flag carrier Brevik Norway will cut 400 jobs, it said on Monday.\n\n' +
        'Brevik has struggled since the pandemic. Brevik employs 5,000 people.',
    );
    expect(r.names('Division')).not.toContain('Brevik Norway');
    expect(r.names('Company').filter((n) => n.startsWith('Brevik'))).toEqual(['Brevik Norway']);
  });

  it('"flag carrier" and "state-owned" say the same without a nationality', () => {
    const r = extract(
      'The ministry named the state-owned lender Maren Chile and flag carrier Tolva Peru among firms to merge.\n\n' +
        'Maren and Tolva said they would keep their staff.',
    );
    expect(r.names('Division')).toEqual([]);
    expect(r.names('Company')).toEqual(expect.arrayContaining(['Maren Chile', 'Tolva Peru']));
    expect(r.names('Company')).not.toContain('Maren');
  });

  it('a unit another company owns, named after a country, is what its bare first word names', () => {
    const r = extract(
      'Hallberg Air is replacing the head of its budget unit, Korvo Indonesia, as it restructures.\n\n' +
        'Korvo is an important unit for Hallberg Air. Two other Korvo executives may also go.',
    );
    expect(r.names('Company')).not.toContain('Korvo');
    expect(r.parent('Korvo Indonesia')).toBe('Hallberg Air');
  });

  it('an abbreviation\'s full stop does not end the sentence: "Hallberg Air said on Jan. 5 its budget unit, …"', () => {
    const r = extract(
      'Hallberg Air said on Jan. 5 its budget unit, Korvo Indonesia, would cut 300 jobs.\n\n' +
        'Korvo is an important unit for Hallberg Air. Two other Korvo executives may also go.',
    );
    expect(r.names('Company')).not.toContain('Korvo');
    expect(r.parent('Korvo Indonesia')).toBe('Hallberg Air');
  });

  it('without such words "X Nigeria" stays the unit of "X"" (a group abroad and its local company)', () => {
    const r = extract(
      'Vantoro Nigeria has laid off 280 staff, about 16% of its workforce.\n\n' +
        'Vantoro, which operates in 20 countries, paid a fine last year.',
    );
    expect(r.parent('Vantoro Nigeria')).toBe('Vantoro');
  });

  it('"its high-street bank, X UK" with no other owner in the sentence stays the unit of "X"', () => {
    const r = extract(
      'Marwick is splitting into four divisions, the bank said on Tuesday.\n\n' +
        'It will report separately on Marwick UK, its high-street bank, and on its trading arm.',
    );
    expect(r.parent('Marwick UK')).toBe('Marwick');
  });
});

describe('a national carrier written with a capital or a legal form before its name', () => {
  it('"National carrier PT Kestrel Indonesia … Kestrel": one company, named without its leading legal form', () => {
    const r = extract(
      'JAKARTA, Oct 27 — National carrier PT Kestrel Indonesia will end the contracts of 700 workers next month, ' +
        'its chief executive said. Kestrel employed 7,878 people by the end of December.',
    );
    expect(r.names('Company')).toEqual(['Kestrel Indonesia']);
    expect(r.entity('Kestrel Indonesia')?.aliases).toEqual(expect.arrayContaining(['Kestrel', 'PT Kestrel Indonesia']));
    expect(r.names('Division')).toEqual([]);
  });

  it('"Grupo" opening a name is a word of the name, not a legal form', () => {
    const r = extract('Grupo Vellmar will cut 500 jobs in Mexico, the company said.');
    expect(r.names('Company')).toEqual(['Grupo Vellmar']);
  });
});
