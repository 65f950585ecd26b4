import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 30 (ent17): a chain named before its trade ("the Norrvik store chain")', () => {
  it('"the Norrvik store chain that" and "the Tarvo supermarket chain," name companies', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nKestrel said it would cut 300 jobs. The Norrvik store chain that it bought in 2019 will close 20 shops. The Tarvo supermarket chain, a rival, said sales fell.',
    );
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Norrvik', 'Tarvo']));
  });

  it('a store named after its town, a supply chain and a value chain stay no company (near miss)', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nKestrel said it would cut 300 jobs. The chain’s Norrvik store will close. The Lowveld supply chain is under strain, and the Midveld value chain, which feeds it, too. The Hallberg family holding company that controls Kestrel is quiet.',
    );
    expect(x.names('Company')).toEqual(['Kestrel']);
  });
});

describe('round 30 (ent17): a bank named in Catalan ("Norrvik Banc")', () => {
  it('"Norrvik Banc and unions agree" names a company, not a person', () => {
    const x = extract(
      'Norrvik Banc and unions agree on 900 job cuts\n\nNorrvik Banc and its unions agreed on 900 job cuts.',
    );
    expect(x.names('Company')).toContain('Norrvik Banc');
    expect(x.names('Person')).toEqual([]);
  });
});

describe("round 30 (ent17): a media group's mastheads listed after its bare name", () => {
  it('"several Kestrel mastheads, including A, B and C" makes each a unit of Kestrel', () => {
    const x = extract(
      'Orsk Media to cut 40 jobs\n\nOrsk Media said it would cut 40 jobs. Kestrel Media also told staff that several Kestrel Media mastheads, including the Norrvik Herald, Tarvo Advocate and Lyngby Times, could go weekly.',
    );
    expect(['Norrvik Herald', 'Tarvo Advocate', 'Lyngby Times'].map((n) => x.parent(n))).toEqual([
      'Kestrel Media',
      'Kestrel Media',
      'Kestrel Media',
    ]);
  });

  it('a nationality or a rival before "mastheads" and "newspapers" names no owner (near miss)', () => {
    const x = extract(
      'Orsk Media to cut 40 jobs\n\nOrsk Media said it would cut 40 jobs. Several Australian mastheads, including the Norrvik Herald, could go weekly, like rival newspapers such as the Tarvo Times.',
    );
    expect([x.parent('Norrvik Herald'), x.parent('Tarvo Times')]).toEqual([null, null]);
  });
});

describe('round 30 (ent17): the titles a publisher "publishes"', () => {
  it('"Kestrel, which publishes the Norrvik Daily and the Tarvo Post" makes both units of Kestrel', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nOrsk Media said sales fell. Kestrel, which publishes the Norrvik Daily and the Tarvo Post, said it would cut 300 jobs.',
    );
    expect([x.parent('Norrvik Daily'), x.parent('Tarvo Post')]).toEqual(['Kestrel', 'Kestrel']);
  });

  it('book titles after "publishes" are no units (near miss)', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nKestrel, which publishes Norrvik Tales and Winter Roads, said it would cut 300 jobs.',
    );
    expect(x.names('Division')).toEqual([]);
  });
});

describe('round 30 (ent17): a company introduced as a store of its trade ("the digital game store Norrvik")', () => {
  it('"owns the digital game store Norrvik" names a company the owner holds', () => {
    const x = extract(
      'Kestrel to cut 100 jobs\n\nKestrel, the Warsaw-listed company that also owns the digital game store Norrvik, said it would cut 100 jobs.',
    );
    expect(x.names()).toContain('Norrvik');
    expect(x.parent('Norrvik')).toBe('Kestrel');
  });

  it('"the store Jane Roe opened" and "the chain’s Tarvo store" name no company (near miss)', () => {
    const x = extract(
      'Kestrel to cut 100 jobs\n\nKestrel said it would cut 100 jobs. The store Jane Roe opened in 2019 and the chain’s Tarvo store will close.',
    );
    expect(x.names('Company')).toEqual(['Kestrel']);
  });
});
