import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a union's post named before its holder", () => {
  it('"Vandor Mineworkers Union (VMU) president Tom Banda": the union, not the company the sentence names', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'Vandor Mineworkers Union (VMU) president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ title: 'president', org: 'Vandor Mineworkers Union' });
  });

  it('"Mineworkers Union of Norland (MUN) president": a body ending in "of <name>" before its acronym', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'And Mineworkers Union of Norland (MUN) president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ title: 'president', org: 'Mineworkers Union of Norland' });
  });

  it('a sentence-opening "And" is no part of the union\'s name', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'And Vandor Mineworkers Union president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ org: 'Vandor Mineworkers Union' });
  });
});

describe("an acronym's post after a body written out with the acronym in brackets", () => {
  it('"VLC President, Jane Roe" after "the Varnoa Labour Congress (VLC)": a body ending in no "Union"', () => {
    const r = extract(
      'The Varnoa Labour Congress (VLC) has raised concerns about job cuts at Hallberg Bank. ' +
        'VLC President, Jane Roe, said workers would suffer.',
    );
    expect(r.role('Jane Roe')).toMatchObject({ title: 'President', org: 'Varnoa Labour Congress' });
  });

  it('a body whose name runs past a comma, with an acronym of seven letters', () => {
    const r = extract(
      'The Association of Senior Staff of Banks, Insurance and Financial Institutions (ASSBIFI) raised concerns ' +
        'about job cuts at Hallberg Bank. ASSBIFI President, Jane Roe, said workers would suffer.',
    );
    expect(r.role('Jane Roe')).toMatchObject({
      org: 'Association of Senior Staff of Banks, Insurance and Financial Institutions',
    });
  });

  // Near misses: initials that do not spell the acronym, and a company's acronym, make no body.
  it('an acronym whose initials differ from the bracketed one names no body', () => {
    const r = extract(
      'The Varnoa Labour Congress (VLC) has raised concerns about job cuts at Hallberg Bank. ' +
        'VLU President, Jane Roe, said workers would suffer.',
    );
    expect(r.role('Jane Roe')?.org ?? null).not.toBe('Varnoa Labour Congress');
  });

  it("a company's bracketed acronym stays the company's", () => {
    const r = extract('Hallberg Bank (HB) will cut 300 jobs. HB President, Jane Roe, said the bank would change.');
    expect(r.role('Jane Roe')).toMatchObject({ org: 'Hallberg Bank' });
    expect(r.names('Source')).toEqual([]);
  });
});
