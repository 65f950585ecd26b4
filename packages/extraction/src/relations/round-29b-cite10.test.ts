import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an outlet credited in a bracket opening the body is a cited company', () => {
  it('cites an outlet no list knows when its credit opens the story', () => {
    const x = extract('Kestrel cuts jobs\n\n(Orsk Daily) — Kestrel Motors said on Monday it would cut 500 jobs.');
    expect(x.cited()).toEqual(['Orsk Daily']);
    expect(x.entity('Orsk Daily')!.type).toBe('Company');
  });

  it('cites a broadcaster’s call sign opening the story', () => {
    const x = extract('Kestrel cuts jobs\n\n(KTVN) - Kestrel Motors said on Monday it would cut 500 jobs.');
    expect(x.cited()).toEqual(['KTVN']);
  });

  it('not the initials of the company in focus', () => {
    const x = extract('Kestrel cuts jobs\n\n(KES) - Kestrel Energy Systems said on Monday it would cut 500 jobs.');
    expect(x.cited()).toEqual([]);
  });

  it('not a ticker, a photo note or a bracket in mid-sentence', () => {
    const texts = [
      'Kestrel cuts jobs\n\n(NYSE: KES) - Kestrel Motors said on Monday it would cut 500 jobs.',
      'Kestrel cuts jobs\n\n(pictured) - Kestrel Motors said on Monday it would cut 500 jobs.',
      'Kestrel cuts jobs\n\nKestrel Motors said (Orsk Daily) - on Monday it would cut 500 jobs.',
    ];
    for (const t of texts) expect(extract(t).cited()).toEqual([]);
  });

  it('not the desk after a dateline’s city, which the gold files list as a company only', () => {
    const x = extract(
      'Kestrel cuts jobs\n\nKESTREL CITY, March 3 (Norrvik Wire) - Kestrel Motors said it would cut 500 jobs.',
    );
    expect(x.cited()).toEqual([]);
  });
});
