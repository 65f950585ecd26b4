import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const outlet = (text: string, name: string) => {
  const r = extract(text);
  return { cited: r.cited().includes(name), kind: r.entity(name)?.kind, type: r.entity(name)?.type };
};

describe('an outlet known by how "according to" cites it', () => {
  it('takes a news agency, a title opened by "The" and a name ending in a paper noun for outlets (companies)', () => {
    for (const [text, name] of [
      ['Hallberg Bank will close ten branches, according to Reuters.', 'Reuters'],
      ['The cuts follow a weak year at Hallberg Bank, according to The Norrvik Courant.', 'Norrvik Courant'],
      ['Wages at Hallberg Bank will be frozen, according to Vestby Dagblad.', 'Vestby Dagblad'],
    ])
      expect(outlet(text!, name!)).toEqual({ cited: true, kind: 'news-outlet', type: 'Company' });
  });

  it('takes the name cited after "reportedly" in the same sentence for an outlet', () => {
    expect(
      outlet('Kestrel Air has reportedly laid off 40 pilots, according to Tarvo Indonesia.', 'Tarvo Indonesia'),
    ).toEqual({ cited: true, kind: 'news-outlet', type: 'Company' });
  });

  it('keeps a bare name with no cue, or one ending in a company word, a cited source that is no outlet', () => {
    expect(
      outlet('Kestrel Air has laid off 40 pilots, according to Tarvo Indonesia.', 'Tarvo Indonesia').kind,
    ).not.toBe('news-outlet');
    expect(outlet('Pay talks at Hallberg Bank will resume in May, according to Brandvik.', 'Brandvik').kind).not.toBe(
      'news-outlet',
    );
    expect(
      outlet('Hallberg Bank has reportedly cut 40 jobs, according to The Norrvik Institute.', 'Norrvik Institute').kind,
    ).not.toBe('news-outlet');
  });
});

describe('an outlet that ran the piece someone spoke in', () => {
  it('cites "in a Norrvik Globe article" as an outlet', () => {
    expect(
      outlet(
        'Jane Roe, a director at Kestrel Air, said in a Lisbon Globe article that 40 pilots would go.',
        'Lisbon Globe',
      ),
    ).toEqual({ cited: true, kind: 'news-outlet', type: 'Company' });
    expect(
      outlet(
        'Jane Roe of Kestrel Air said in an interview that 40 pilots would go, in a Tarvo Financiero editorial.',
        'Tarvo Financiero',
      ).kind,
    ).toBe('news-outlet');
  });

  it("takes no company's own report or statement for an outlet's piece", () => {
    expect(
      outlet('Kestrel Air said in a Norrvik Globe report that 40 pilots would go.', 'Norrvik Globe').kind,
    ).not.toBe('news-outlet');
    expect(
      outlet('Kestrel Air said in a Vestby Holdings statement that 40 pilots would go.', 'Vestby Holdings').kind,
    ).not.toBe('news-outlet');
  });
});

describe("the body of someone whose words the article took from an outlet's piece", () => {
  it('cites the outlet, not the official\'s ministry, where the words come from "a Norrvik Globe article"', () => {
    const cited = extract(
      'Kestrel Air cut 40 pilots. A senior official from the Vestby Transport Ministry, Jane Roe, said in a Norrvik Globe article that the ministry supports the decision.',
    ).cited();
    expect(cited).toContain('Norrvik Globe');
    expect(cited).not.toContain('Vestby Transport Ministry');
  });

  it('keeps a body that speaks to an outlet, or speaks again elsewhere', () => {
    expect(
      extract(
        'Kestrel Air cut 40 pilots. Jane Roe, head of the Kestrel Pilots Union, told the Norrvik Globe that the cuts were illegal.',
      ).cited(),
    ).toContain('Kestrel Pilots Union');
    expect(
      extract(
        'Kestrel Air cut 40 pilots, the Kestrel Pilots Union said. Its chair Jane Roe said in a Norrvik Globe interview that the cuts were illegal.',
      ).cited(),
    ).toContain('Kestrel Pilots Union');
  });
});

describe('unnamed generic sources', () => {
  it('cites "a Kestrel staffer said" as the company\'s staff member, but not "a Kestrel employee said"', () => {
    expect(
      extract('Kestrel Air will cut 40 pilots. A Kestrel Air staffer said the programme is voluntary.').cited(),
    ).toEqual(['Kestrel Air staff member']);
    expect(
      extract('Kestrel Air will cut 40 pilots. A Kestrel Air employee said the programme is voluntary.').cited(),
    ).toEqual([]);
  });

  it('cites "Norrvik media outlets reported" as media reports, not "media outlets were invited"', () => {
    expect(
      extract(
        'Kestrel Motors shut down its plant. Several Norrvik media outlets reported that departments were dissolved.',
      ).cited(),
    ).toEqual(['media reports']);
    expect(
      extract('Kestrel Motors shut down its plant. Norrvik media outlets were invited to the plant on Monday.').cited(),
    ).toEqual([]);
  });
});

describe('desks credited without a city', () => {
  const body = 'Norrvik Motors said on Tuesday it would cut 160 jobs at its Vestby plant.';
  it('takes the agency of a dateline with only a date, of a "Written by … for" byline, and of a closing site', () => {
    for (const text of [
      `Norrvik Motors cuts 160 jobs\n\nSept 12 (Kora Press Agency) - ${body}`,
      `Norrvik Motors cuts 160 jobs\n\nWritten by Jane Roe and Jan Berg for Kora Press Agency\n\n${body}`,
    ])
      expect(extract(text).cited()).toContain('Kora Press Agency');
    expect(extract(`Norrvik Motors cuts 160 jobs\n\n${body}\n\nreuters.com`).entity('Reuters')).toMatchObject({
      type: 'Company',
      kind: 'news-outlet',
    });
    expect(
      extract(`Norrvik Motors cuts 160 jobs\n\n${body} The union objected. – Vestlandia.com`).entity('Vestlandia'),
    ).toMatchObject({ type: 'Company', kind: 'news-outlet' });
  });

  it('credits no company short form in brackets after a date, nor a company site on the last line', () => {
    expect(extract(`Norrvik Motors cuts 160 jobs\n\nSept 12 (Norrvik) - ${body}`).cited()).not.toContain('Norrvik');
    expect(extract(`Norrvik Motors cuts 160 jobs\n\n${body}\n\nnorrvikmotors.com`).cited()).toEqual([]);
  });
});

describe('a union named in a sentence the company speaks, its verb inverted', () => {
  it('cites no union only named before "…, said the company"', () => {
    expect(
      extract(
        'Kestrel Steel will close its Vestby plant. Operations will end subject to talks with the works council and the Kora Metall trade union, impacting about 220 employees, said the company.',
      ).cited(),
    ).not.toContain('Kora Metall');
  });

  it('still cites the union that speaks past an apposition', () => {
    expect(
      extract(
        'Kestrel Steel will close its Vestby plant. The Kora Metall trade union, which represents 220 employees, said the closure was a mistake.',
      ).cited(),
    ).toContain('Kora Metall');
  });
});

describe('a union that says what the company will do', () => {
  it('still cites "the union said the company would …"', () => {
    expect(
      extract(
        'Kestrel Steel will close its Vestby plant. The Kora Metall union said the company would cut 220 jobs.',
      ).cited(),
    ).toContain('Kora Metall');
  });
});

describe('a newsroom by its own verbs: "learned", "quoted a source"', () => {
  it('cites "…, Tarvo learned today." and "Tarvo quoted a source in its report" as outlets', () => {
    for (const s of [
      'Over 2,000 employees at Kestrel Motors applied for early retirement, Tarvo learned today.',
      'About 100 staff at Kestrel Motors were promoted recently, Tarvo quoted a senior source in its report.',
    ])
      expect(extract(`Kestrel Motors will cut 300 jobs. ${s}`).entity('Tarvo')).toMatchObject({
        type: 'Company',
        kind: 'news-outlet',
      });
  });

  it('takes no one who learned from something, or quoted figures, for an outlet', () => {
    expect(
      extract('Kestrel Motors will cut 300 jobs. Norrvik learned from its mistakes in the last round.').cited(),
    ).toEqual([]);
    expect(
      extract('Kestrel Motors will cut 300 jobs. Tarvo quoted the figures in its annual report.').cited(),
    ).not.toContain('Tarvo');
  });
});
