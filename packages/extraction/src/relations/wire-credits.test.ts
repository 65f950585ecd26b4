import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('wire credits: the news agency a dateline or a closing line credits is a cited source', () => {
  it('cites the agency in a dateline, not the city or the date before it', () => {
    const x = extract(
      'Norrvik Bank to cut 700 jobs\n\nVESTBY, March 3 (AFP) - Norrvik Bank said it would cut 700 jobs.',
    );
    expect(x.cited()).toEqual(['AFP']);
  });

  it('cites a bare agency line and a bracketed agency after the last full stop', () => {
    expect(extract('Hallberg Group said it would close its Lindvik plant.\n\nReuters').cited()).toEqual(['Reuters']);
    expect(extract('Hallberg Group said it would close its Lindvik plant. (Yonhap)').cited()).toEqual(['Yonhap']);
  });

  it('gives a closing agency its bracketed initials', () => {
    const x = extract('Hallberg Group will retrench 300 miners.\n\n– African News Agency (ANA)');
    expect(x.cited()).toEqual(['African News Agency']);
    expect(x.entity('African News Agency')!.aliases).toContain('ANA');
  });

  it('is one source when the text names the agency in full as well', () => {
    const x = extract(
      'TORONTO (CP) — Norrvik Air will cut 900 jobs. The airline confirmed the figure to The Canadian Press on Monday.',
    );
    expect(x.cited()).toEqual(['Canadian Press']);
  });

  it('ignores an outlet’s own desk, the reporting credits and bracketed notes', () => {
    expect(extract('OSLO, May 2 (Nordvik Wire) - Hallberg Group cut 200 jobs.').cited()).toEqual([]);
    const credits = extract('Hallberg Group cut 200 jobs. (Reporting by Jane Roe; Editing by John Doe)');
    expect(credits.cited()).toEqual([]);
    expect(extract('(Adds union comment)\n\nHallberg Group cut 200 jobs.').cited()).toEqual([]);
  });
});
