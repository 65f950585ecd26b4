import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("an owner read from a unit's name yields to the text and to the nearest owner", () => {
  it('"A, a subsidiary of B" beats the owner A\'s first word points to', () => {
    const x = extract(
      'Norvald AG said its profit rose. Norvald Windkraft, a subsidiary of the Bremen-based Norvald Energie AG, will cut 900 jobs, Norvald Energie said.',
    );
    expect(x.parent('Norvald Windkraft')).toBe('Norvald Energie');
  });

  it('a subsidiary named after a unit belongs to that unit, not to the group', () => {
    const x = extract(
      'Tervane AG reported a loss on Monday. Tervane Marine, a subsidiary of Tervane AG, will cut 400 jobs. Tervane Marine is also looking at the future of its Brazilian subsidiary, Tervane Marine Servicos Navais Ltda, which repairs ships in Santos.',
    );
    expect(x.parent('Tervane Marine Servicos Navais')).toBe('Tervane Marine');
  });
  it('a unit opening the sentence is what "its" means, a nearer owner of the same family than the name gives', () => {
    const x = extract(
      'Tervane Corporation will cut 300 jobs. Tervane Land, the property subsidiary, builds homes. Tervane Land has itself two listed trusts, Tervane REIT and Tervane Oak REIT, through its fund management subsidiary, Tervane Capital.',
    );
    expect(x.parent('Tervane Capital')).toBe('Tervane Land');
  });
});

describe('an outlet quoted just before a list of units owns none of them', () => {
  it('"… told the Gulf Freight Review. The group\'s other businesses include A; B": the article\'s company', () => {
    const x = extract(
      'Sorvani Airways will cut a fifth of its staff, its chief executive said.\n\n' +
        'Sorvani Airways has already grounded most of its fleet. A spokesperson told the Gulf Freight Review that ' +
        'the airline would not comment.\n\n' +
        "The group's other businesses include Lintra Duty Free, which runs the airport shops; and Dalmek Ground " +
        'Services, which handles aircraft on the ground.',
    );
    expect(x.parent('Lintra Duty Free')).toBe('Sorvani Airways');
    expect(x.parent('Dalmek Ground Services')).toBe('Sorvani Airways');
  });
});

describe('a possessive owner before a majority-owned unit', () => {
  it('"Orsk Group\'s majority-owned Vellmark Foods": Vellmark belongs to Orsk', () => {
    const x = extract("Orsk Group will cut 500 jobs. Orsk Group's majority-owned Vellmark Foods will close a plant.");
    expect(x.parent('Vellmark Foods')).toBe('Orsk Group');
  });
});

describe('a company whose plant the owner calls "its"', () => {
  it('"Norrvik Group said its Vessla Motors plant in Tarnby will close": Vessla Motors belongs to Norrvik Group', () => {
    const x = extract('Norrvik Group said on Monday that its Vessla Motors plant in Tarnby will close by June.');
    expect(x.parent('Vessla Motors')).toBe('Norrvik Group');
  });

  it('leaves a town sharing a word with another company alone: "its Vandmoor plant" is no Vandmoor Mining\'s', () => {
    const x = extract(
      'Vandmoor Mining said it would cut 200 jobs. Norrvik Motors said on Monday that its Vandmoor plant was in jeopardy.',
    );
    expect(x.parent('Vandmoor Mining')).toBeNull();
  });

  it('leaves "the Vessla Motors plant" (no "its") alone', () => {
    const x = extract('Norrvik Group said on Monday that the Vessla Motors plant in Tarnby will close by June.');
    expect(x.names('Company')).toContain('Vessla Motors');
    expect(x.parent('Vessla Motors')).toBeNull();
  });
});
