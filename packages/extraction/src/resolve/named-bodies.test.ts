import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a body cited by its full name is a company as well as a source (named-bodies.ts)', () => {
  it('"Jane Roe, president of Norrvik Council of Trade Unions, told …": a Company, still cited', () => {
    const x = extract(
      'Kestrel Telecom will cut 50 jobs.\n\nJane Roe, president of Norrvik Council of Trade Unions, told the Kora Courier the plan was rushed.',
    );
    expect(x.entity('Norrvik Council of Trade Unions')?.type).toBe('Company');
    expect(x.cited()).toContain('Norrvik Council of Trade Unions');
    expect(x.role('Jane Roe')?.org).toBe('Norrvik Council of Trade Unions');
  });

  it('"the Kora Union of Aeronauts said": a union that speaks in its own name', () => {
    const x = extract('Vessla Air will cut 300 jobs, the Kora Union of Aeronauts said on Monday.');
    expect(x.names('Company')).toContain('Kora Union of Aeronauts');
    expect(x.names('Source')).not.toContain('Kora Union of Aeronauts');
  });

  it('joins the company its short name was found as ("NPWU" and "Norrvik Postal Workers Union (NPWU)"): one company', () => {
    const x = extract(
      'Vessla Post will cut 900 jobs. The Norrvik Postal Workers Union (NPWU) said it would oppose the plan.\n\nNPWU has called a strike for Monday.',
    );
    const unions = x.doc.entities.filter((e) => e.type === 'Company' && /NPWU|Norrvik Postal/.test(e.name));
    expect(unions).toHaveLength(1);
  });

  it('a short name found as a company first takes the full name ("MKU" … "the Media and Kora Union said" → one, in full)', () => {
    const x = extract(
      'Norrtel will cut 700 jobs. The Media and Kora Union said it was told. MKU deputy national president Ines Vik said the cuts were a blow.',
    );
    expect(x.role('Ines Vik')?.org).toBe('Media and Kora Union');
    expect(x.names('Company').filter((n) => /MKU|Media and Kora/.test(n))).toEqual(['Media and Kora Union']);
  });

  it('near miss: "Union officials said", "the works council said": no name, no company', () => {
    const x = extract(
      'Vessla Gold will cut 900 jobs. Union officials said they would oppose the plan. The Works Council said it was not consulted.',
    );
    expect(x.names('Company')).toEqual(['Vessla Gold']);
  });

  it('near miss: a piece of a longer body\'s name ("Allied Norrvik Workers Union" inside "Timber and Allied Norrvik Workers Union")', () => {
    const x = extract(
      'Vessla Foods will cut 200 jobs, the Timber and Allied Norrvik Workers Union said. The Allied Norrvik Workers Union said members would strike.',
    );
    expect(x.names('Company')).not.toContain('Allied Norrvik Workers Union');
  });
});
