import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 25 (cite8): agencies and outlets as wire copy and its reprints credit them', () => {
  it('cites the agency of a dateline whose city is written in title case with no date', () => {
    expect(extract('Kestrel to close plant\n\nHalden (AFP) –\n\nKestrel Motors will cut 500 jobs.').cited()).toEqual([
      'AFP',
    ]);
    // Near miss: an outlet's own desk in the same place credits no agency.
    expect(
      extract('Kestrel to close plant\n\nHalden (Nordvik Wire) –\n\nKestrel Motors will cut 500 jobs.').cited(),
    ).toEqual([]);
  });

  it('cites the agency of a copyright notice that closes a reprinted story', () => {
    expect(extract('Kestrel Motors will cut 500 jobs.\n\n© KYODO').cited()).toEqual(['KYODO']);
    expect(extract('Kestrel Motors will cut 500 jobs.\n\n© 2024 AFP').cited()).toEqual(['AFP']);
    expect(extract('Kestrel Motors will cut 500 jobs.\n\n[Copyright The Jiji Press, Ltd.]').cited()).toEqual([
      'Jiji Press',
    ]);
    // Near miss: the notice of a publisher that is no agency.
    expect(extract('Kestrel Motors will cut 500 jobs.\n\n© 2024 Hallberg Media').cited()).toEqual([]);
  });

  it('cites the outlet of a closing "Source:" line when its name says it is one', () => {
    expect(extract('Kestrel Motors will cut 500 jobs.\n\nSource: NRK').cited()).toEqual(['NRK']);
    expect(extract('Kestrel Motors will cut 500 jobs.\n\nSource: Vakta Daily News').cited()).toEqual([
      'Vakta Daily News',
    ]);
    // Near misses: a company's name, and a link line with no colon.
    expect(extract('Kestrel Motors will cut 500 jobs.\n\nSource: Kestrel').cited()).toEqual([]);
    expect(extract('Kestrel Motors will cut 500 jobs.\n\nSource and full story here').cited()).toEqual([]);
  });

  it('reads "press agency" as a news agency', () => {
    expect(extract('Kestrel Motors will cut 500 jobs, the Kova press agency reported.').cited()).toEqual(['Kova']);
    // Near miss: a press agency hired by the company says nothing.
    expect(extract('Kestrel Motors hired the Kova press agency to handle the launch.').cited()).toEqual([]);
  });

  it('cites the outlet "according to a X investigation" names', () => {
    expect(extract('Kestrel Motors will cut 500 jobs, according to a NRK investigation.').cited()).toEqual(['NRK']);
    // Near miss: an investigation with no source phrase before it cites nobody.
    expect(
      extract('Kestrel Motors will cut 500 jobs. The Kova investigation into the plant continues.').cited(),
    ).toEqual([]);
  });
});
