import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe("round 34 (ent21): a sector or a trade's workers opening a quotation is no company", () => {
  it('"told reporters, “Lenders are …”" and "“Steelworkers are …”" name no company', () => {
    const text =
      'Norrvik Steel will shed 400 jobs.\n\nA manager told reporters, “Lenders are pulling back from the whole sector.”\n\n“Steelworkers are paying for decisions made in boardrooms,” a shop steward said.';
    expect(companies(text)).toEqual(['Norrvik Steel']);
  });

  it("near miss: a company's own name opening a quotation stays a company", () => {
    const text = 'She said, “Norrvik Bank will shed 300 roles this year.”';
    expect(companies(text)).toEqual(['Norrvik Bank']);
  });

  it('near miss: a union named for a trade\'s workers is still a body ("the Vessla Dockworkers Union")', () => {
    const text = 'Kestrel Ports will cut 200 jobs.\n\nDockworkers plan a walkout, the Vessla Dockworkers Union said.';
    expect(companies(text)).toContain('Vessla Dockworkers Union');
    expect(companies(text)).not.toContain('Dockworkers');
  });
});

describe('round 34 (ent21): money put into a place makes no company of it', () => {
  it('"the port city of Bergen … a new investment in Bergen" (a known town) names no company', () => {
    const text =
      'Engine maker Kestrelvik plans to shed 900 roles.\n\nMost of the losses fall on the port city of Bergen. In spring the group unveiled a new investment in Bergen that would add a test hall.';
    expect(companies(text)).toEqual(['Kestrelvik']);
  });

  it('"the harbour town of Norrhamn … an investment in Norrhamn": a town the text names as one stays a place', () => {
    const text =
      'Kestrelvik plans to shed 900 roles.\n\nThe harbour town of Norrhamn loses most. Last year the firm made a large investment in Norrhamn.';
    expect(companies(text)).toEqual(['Kestrelvik']);
  });

  it('near miss: "an investment in Vessla Robotics" still names a company', () => {
    const text = 'Kestrelvik plans to shed 900 roles. A pension fund made an investment in Vessla Robotics last year.';
    expect(companies(text)).toContain('Vessla Robotics');
  });
});

describe('round 34 (ent21): the buyer in ", which acquired X" is a company', () => {
  it('"Separately, Norrvik Transcontinental, which acquired Vessla Trust Bank Plc, disengaged …"', () => {
    const text =
      'Kestrel Bank shed 30 roles. Separately, Norrvik Transcontinental, which acquired Vessla Trust Bank Plc last year, disengaged an unstated number of clerks in March.';
    expect(companies(text)).toContain('Norrvik Transcontinental');
  });

  it('near miss: ", which acquired cult status" names no company', () => {
    const text =
      'Kestrel Bank shed 30 roles. The Norrvik Summer Festival, which acquired cult status in the 1990s, drew crowds.';
    expect(companies(text)).toEqual(['Kestrel Bank']);
  });
});

describe('round 34 (ent21): a name inside the subject after "noun + preposition" takes no verb of its own', () => {
  it('"the move to Orskflow will change …": a working method, no company', () => {
    const text =
      'Kestrel Telecom will cut 50 jobs. "Put simply, the move to Orskflow will change how every team plans its week."';
    expect(companies(text)).toEqual(['Kestrel Telecom']);
  });

  it('near miss: "Vessla will cut …" with no noun and preposition before it is still a company', () => {
    const text = 'Kestrel Telecom will cut 50 jobs. Meanwhile, Vessla will cut 200 jobs, it said.';
    expect(companies(text)).toContain('Vessla');
  });
});

describe('round 34 (ent21): Portuguese and Spanish bodies and posts', () => {
  it('"a Associação Nacional dos Fabricantes de Norrvik (Anfanor)": an association word opens a name with its particles', () => {
    const text =
      'A Kestrel Motores vai fechar uma fábrica. A Associação Nacional dos Fabricantes de Norrvik (Anfanor) lamenta a decisão.';
    expect(companies(text)).toContain('Associação Nacional dos Fabricantes de Norrvik');
  });

  it('"o diretor da Fundição Norrvik Aços, Ana Vessla": a post before "da" names its organization', () => {
    const text = 'A Kestrel Motores vai fechar uma fábrica, disse o diretor da Fundição Norrvik Aços, Ana Vessla.';
    expect(companies(text)).toContain('Fundição Norrvik Aços');
  });

  it('near miss: "o presidente do Senado", "la presidenta de la Comunidad de Madrid" name no company (one word)', () => {
    const text =
      'A Kestrel Motores vai fechar uma fábrica, disse o presidente do Senado, Davi Norrvik.\n\nSegún la presidenta de la Comunidad de Madrid, el cierre es grave.';
    expect(companies(text)).not.toContain('Senado');
    expect(companies(text)).not.toContain('Comunidad');
  });
});

describe('round 34 (ent21): "para" inside a body\'s name, and the other party of a merger in Spanish or Portuguese', () => {
  it('"o Sindicato dos Fabricantes de Peças para Tratores Norrvik (Sinfapet)" is one name', () => {
    const text =
      'A Kestrel Motores vai fechar uma fábrica, disse o presidente do Sindicato dos Fabricantes de Peças para Tratores Norrvik (Sinfapet), Paulo Vessla.';
    expect(companies(text)).toContain('Sindicato dos Fabricantes de Peças para Tratores Norrvik');
  });

  it('near miss: "a venda do Banco Norrvik para Vessla Holdings" keeps two names (no bracket closes them)', () => {
    const text = 'A venda do Banco Norrvik para Vessla Holdings foi aprovada. O Banco Norrvik vai fechar 30 agências.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Banco Norrvik', 'Vessla Holdings']));
  });

  it('"después de la absorción de Norrbank", "a fusão com Vesslabank" name companies; "la fusión con Madrid" does not', () => {
    const text =
      'Kestrelbanca cerrará 90 oficinas después de la absorción de Norrbank el año pasado.\n\nA fusão com Vesslabank foi aprovada. La fusión con Madrid fue un error.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Norrbank', 'Vesslabank']));
    expect(companies(text)).not.toContain('Madrid');
  });
});
