import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const orgs = (text: string) =>
  extract(text, '2024-08-12')
    .events()
    .map((e) => e.org);
const lede = (opening: string) =>
  `Norrvik unit seeks court protection\n\nSTOCKHOLM - The beauty group Norrvik Group ${opening} its subsidiary Vessla Products Inc. (VPI) filed for Chapter 11 protection in a court in Delaware.\n\nNorrvik Group bought Vessla in 2019.\n`;

describe('"informed the market on Monday that …" opens a reported clause, as "said that" does', () => {
  it('a subsidiary’s Chapter 11 filing told to the market is the subsidiary’s', () => {
    const got = orgs(lede('informed the market on Monday that'));
    expect(got).toContain('Vessla Products');
    expect(got).not.toContain('Norrvik Group');
  });

  it('the same filing with "said on Monday that" (unchanged)', () => {
    expect(orgs(lede('said on Monday that'))).toContain('Vessla Products');
  });

  it('near miss: "informed" with no "that" reports nothing; the informing company’s own move stays its own', () => {
    const text =
      'Norrvik shuts plant\n\nSTOCKHOLM - Norrvik Group informed staff on Monday of its decision to close the Orsk plant, cutting 300 jobs.\n';
    expect(orgs(text)).toContain('Norrvik Group');
  });
});
