import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const orgs = (text: string) => extract(text).orgs();
const companies = (text: string) => extract(text).names('Company');

describe('round 37 (ent23): names in other languages are not cut at their lower-case inner words', () => {
  it('"de la" inside a union\'s name a prefix word opens runs to the name\'s end, past seven words', () => {
    const text =
      'KORTA, el Sindicato Nacional de Trabajadores del Vidrio de la Cuenca Vesslana, ha reaccionado ante el ' +
      'cierre. Además, KORTA pidió una reunión.';
    expect(companies(text)).toEqual(['Sindicato Nacional de Trabajadores del Vidrio de la Cuenca Vesslana']);
  });

  it('near miss: "de la" before a lower-case word ends the name ("el Banco Kestrel de la semana")', () => {
    const text = 'Vessla cerrará la planta, dijo el Sindicato Vesslano de la semana pasada.';
    expect(companies(text).some((n) => n.includes('de la'))).toBe(false);
  });

  it('"S.A. de C.V.": the Mexican legal form is one legal form, kept whole in the written name', () => {
    const text =
      'The bottler Norrvik Bebidas S.A. de C.V., the second largest in the region, shut its plant. Norrvik ' +
      'Bebidas said 300 jobs would go.';
    expect(orgs(text)).toContain('Company Norrvik Bebidas [Norrvik Bebidas S.A. de C.V.]');
  });

  it('near miss: "S.A. de" before a place is no legal form of its own ("Vessla Motors S.A. de Orsk")', () => {
    const text = 'Vessla Motors S.A. de Orsk said it would cut 200 jobs.';
    expect(orgs(text).some((o) => o.includes('de Orsk'))).toBe(false);
  });

  it('Turkish "ve" joins two trades inside a name a legal form closes ("Sanayi ve Ticaret AS")', () => {
    const text =
      'Vessla Kimya Sanayi ve Ticaret AS, a chemicals maker based in Orsk, plans to buy a rival abroad next year.';
    expect(orgs(text)).toEqual(['Company Vessla Kimya Sanayi ve Ticaret [Vessla Kimya Sanayi ve Ticaret AS]']);
  });

  it('near miss: "ve" with no legal form after it joins nothing ("Kestrel ve Orsk would merge")', () => {
    const text = 'Vessla said Kestrel ve Orsk would merge.';
    expect(companies(text).some((n) => n.includes(' ve '))).toBe(false);
  });
});

describe('round 37 (ent23): a country whose name is a plural, written bare in a list with a company, is that company', () => {
  it('"rivals Bahamas and Vessla Airways": listed before a company', () => {
    const text = 'Kestrel Air slowed its growth as it faced regional rivals Bahamas and Vessla Airways.';
    expect(companies(text)).toContain('Bahamas');
  });

  it('"Unlike Vessla Air and Seychelles, which grounded …": listed after a company', () => {
    const text = 'Unlike Vessla Air and Seychelles, which grounded their fleets, Kestrel Air kept flying.';
    expect(companies(text)).toContain('Seychelles');
  });

  it('near miss: after "the", after "in", or beside a place, the plural country is the place', () => {
    expect(companies('Kestrel Air cut 90 jobs in the Bahamas and Orsk.')).not.toContain('Bahamas');
    expect(companies('Kestrel Air grew in Seychelles and Vessla Airways grew too.')).not.toContain('Seychelles');
    expect(companies('Kestrel Air flies to Bahamas and Jamaica, it said.')).not.toContain('Bahamas');
  });

  it('near miss: a singular place ending in "s" is never taken ("Wales and Vessla Road")', () => {
    const text = 'Kestrel Air named Wales and Vessla Road as its two hubs.';
    expect(companies(text)).not.toContain('Wales');
  });
});

describe("round 37 (ent23): a nation's people named by an irregular plural are never a company", () => {
  it('"Danes can keep posting parcels", "Swedes get two rounds": the people, not an organization', () => {
    const text =
      'Norrvik Postal Group will stop delivering letters next year. Danes can keep posting parcels, the minister ' +
      'told reporters. Swedes get two rounds a week, Norrvik Postal Group said.';
    expect(companies(text)).toEqual(['Norrvik Postal Group']);
  });

  it('near miss: a company whose name only starts with such a word keeps its name ("Danes Kestrel Holdings")', () => {
    const text = 'Danes Kestrel Holdings said it would cut 80 jobs.';
    expect(companies(text)).toContain('Danes Kestrel Holdings');
  });
});

describe('round 37 (ent23): a name, a "which" clause between commas, then an act only a business does', () => {
  it('"Vessla Orvo, which applied for a stock listing in May, has retrenched 200 workers"', () => {
    const text =
      'Kestrel Group said it would cut jobs. Vessla Orvo, which applied for a stock listing in Orsk in May, has ' +
      'retrenched 200 workers, two people told us.';
    expect(companies(text)).toContain('Vessla Orvo');
  });

  it('near miss: "who" opens a person\'s clause ("Jane Orvo, who moved to Orsk in May, has retrenched …")', () => {
    const text =
      'Kestrel Group said it would cut jobs. Jane Orvo, who moved to Orsk in May, has retrenched 20 workers at ' +
      'her farm, two people told us.';
    expect(companies(text)).not.toContain('Jane Orvo');
  });

  it('near miss: after the clause, speech alone proves nothing ("Vessla Orvo, which …, said it regretted …")', () => {
    const text = 'Kestrel Group said it would cut jobs. Vessla Orvo, which has a long history, said it regretted them.';
    expect(companies(text)).not.toContain('Vessla Orvo');
  });
});

describe('round 37 (ent23): a common word listed with a company as the subject of a verb is a company', () => {
  it('"as Kestrel Telecom, Lantern and Summit offered cheaper bundles": all three compete', () => {
    const text =
      'Kestrel Telecom cut 300 jobs. Revenue slid as Kestrel Telecom, Lantern and Summit offered cheaper bundles.';
    expect(companies(text)).toEqual(['Kestrel Telecom', 'Lantern', 'Summit']);
  });

  it('near miss: a noun after the list makes its words parts or products ("… and Summit products sold less")', () => {
    const text =
      'Kestrel Telecom cut 300 jobs. Revenue slid as Kestrel Telecom, Lantern and Summit products sold less.';
    expect(companies(text)).toEqual(['Kestrel Telecom']);
  });

  it('near miss: a list after "its" or "in" names parts or places ("in Kestrel Telecom, Lantern and Summit stores")', () => {
    const text = 'Kestrel Telecom cut 300 jobs. Revenue grew in Kestrel Telecom, Lantern and Summit stores alike.';
    expect(companies(text)).toEqual(['Kestrel Telecom']);
  });

  it('near miss: two names only ("Kestrel Telecom and Summit offered") keep the common word out', () => {
    const text = 'Kestrel Telecom cut 300 jobs. Revenue slid as Kestrel Telecom and Summit offered cheaper bundles.';
    expect(companies(text)).toEqual(['Kestrel Telecom']);
  });
});
