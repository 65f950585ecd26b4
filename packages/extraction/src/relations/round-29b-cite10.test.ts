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

describe('an outlet that reports citing another, or that learned the news', () => {
  it('cites an outlet whose present-tense report cites in turn', () => {
    const x = extract(
      'Kestrel Motors plans to cut 1,130 jobs, the company said in a letter, Tarvo reports citing a memo.',
    );
    expect(x.cited()).toContain('Tarvo');
  });

  it('not a company that reports a loss, citing weak demand', () => {
    const x = extract('Kestrel Motors plans to cut 1,130 jobs. Norrvik Steel reports a loss, citing weak demand.');
    expect(x.cited()).not.toContain('Norrvik Steel');
  });

  it('cites an outlet that learned the news', () => {
    const x = extract('Over 2,000 staff at Kestrel Motors applied for early retirement, Hallberg Media learned.');
    expect(x.cited()).toEqual(['Hallberg Media']);
  });

  it('not a company that learned a lesson', () => {
    const x = extract('Norrvik Motors learned lessons from the crisis, and Kestrel Motors plans to cut 1,130 jobs.');
    expect(x.cited()).toEqual([]);
  });
});

describe('an outlet a report cites in turn', () => {
  it('cites the agency or newspaper after "citing"', () => {
    const x = extract('Kestrel Motors plans to cut 1,130 jobs, Tarvo reported, citing Reuters.');
    expect(x.cited().sort()).toEqual(['Reuters', 'Tarvo']);
    const y = extract('Kestrel Motors plans to cut 1,130 jobs, Tarvo reported, citing the Orsk Daily’s report.');
    expect(y.cited().sort()).toEqual(['Orsk Daily', 'Tarvo']);
  });

  it('not a company whose name ends in an outlet’s noun, nor a company cited as a reason', () => {
    const x = extract('Kestrel Motors plans to cut 1,130 jobs, citing Royal Mail and falling orders.');
    expect(x.cited()).toEqual([]);
    const y = extract('Kestrel Motors plans to cut 1,130 jobs, citing Norrvik Steel’s weak demand.');
    expect(y.cited()).toEqual([]);
  });
});
