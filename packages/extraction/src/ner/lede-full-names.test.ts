import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('the full name the lede opens with, and its head written later', () => {
  it('"X Shipbuilding & Marine Works" opening the lede, then "X Shipbuilding": one company, not a unit of it', () => {
    const r = extract(
      'Norrvik Shipbuilding to cut a quarter of its staff\n\n' +
        'OSLO (Wire) - Norrvik Shipbuilding & Marine Works, the second-largest yard in the country, plans to cut ' +
        '3,000 jobs this year.\n\n' +
        'Norrvik Shipbuilding expects about 1,000 employees to take voluntary retirement, it said.',
    );
    expect(r.names('Division')).toEqual([]);
    expect(r.entity('Norrvik Shipbuilding & Marine Works')?.aliases).toContain('Norrvik Shipbuilding');
  });

  it('near miss: the head written first in the body keeps "X & Y" as its unit', () => {
    const r = extract(
      'Norrvik Shipbuilding plans to cut 3,000 jobs this year.\n\n' +
        'Its subsidiary Norrvik Shipbuilding & Marine Works will close one yard, Norrvik Shipbuilding said.',
    );
    expect(r.names('Company')).toContain('Norrvik Shipbuilding');
    expect(r.entity('Norrvik Shipbuilding')?.aliases ?? []).not.toContain('Norrvik Shipbuilding & Marine Works');
  });

  it('a two-word name after a wire dateline ("Feb 23 (Wire) - X Y"), its first word alone later', () => {
    const r = extract(
      'Norrvik cuts fewer jobs after keeping a shaft open\n\n' +
        'Feb 23 (Wire) - Norrvik Vaalstrom on Friday said it had cut the number of job losses.\n\n' +
        'Norrvik said in a statement that about 2,000 workers had left the company.',
    );
    expect(r.orgs()).toEqual(['Company Norrvik Vaalstrom [Norrvik]']);
  });

  it('near miss: another name opening with the same head ("X Holdings") keeps "X Y" its unit', () => {
    const r = extract(
      'Feb 23 (Wire) - Norrvik Vaalstrom on Friday said it would cut 500 jobs.\n\n' +
        'Norrvik Holdings said in a statement that the arm had lost money. Norrvik said more.',
    );
    expect(r.parent('Norrvik Vaalstrom')).toBe('Norrvik Holdings');
  });

  it('a hyphenated name opening the lede, its first part alone later, is one company', () => {
    const r = extract('Norrvik-Vaalstrom will retrench 4 000 employees.\n\nNorrvik said the mines were losing money.');
    expect(r.orgs()).toEqual(['Company Norrvik-Vaalstrom [Norrvik]']);
  });

  it('near miss: the second part of the hyphenated lede name written alone keeps the first part a company', () => {
    const r = extract(
      'Norrvik-Vaalstrom will shed 400 jobs. Norrvik said the alliance would go on; Vaalstrom said not.',
    );
    expect(r.entity('Norrvik-Vaalstrom')?.aliases ?? []).not.toContain('Norrvik');
  });

  it('near miss: a hyphenated name not opening the lede leaves its first part a company of its own', () => {
    const r = extract(
      'Miners are cutting jobs across the region. Norrvik said on Monday it would close a shaft.\n\n' +
        'Its partner in the joint venture Norrvik-Vaalstrom said the shaft had lost money.',
    );
    expect(r.entity('Norrvik-Vaalstrom')?.aliases ?? []).not.toContain('Norrvik');
  });
});
