import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe('round 38 (ent24): "A and B Ltd" lists two companies when the text writes a part apart', () => {
  it('"a merger between Kestrel and Vessla SA" with "Kestrel" written alone: two companies', () => {
    const text =
      'The regulator last year approved a merger between Kestrel and Vessla SA. On Monday, Kestrel said it ' +
      'would close its Orsk plant, cutting 200 jobs.';
    const names = companies(text);
    expect(names).toContain('Kestrel');
    expect(names.some((n) => n.startsWith('Vessla'))).toBe(true);
    expect(names.some((n) => n.includes(' and '))).toBe(false);
  });

  it('"cuts at Orsk Media and Norrvik Corp" with "Norrvik Corp" written after another name: two companies', () => {
    const text =
      'The cuts follow job losses at Orsk Media and Norrvik Corp. The union urged Tarvo, Lindqvist and Norrvik ' +
      'Corp to find savings elsewhere.';
    expect(companies(text).some((n) => n.includes('Orsk Media and'))).toBe(false);
  });

  it('near miss: "Vessla Paints and Coatings Ltd", no part written apart, stays one name', () => {
    const text =
      'The two firms named were Kestrel Paints and Coatings Ltd, with Vessla Paints and Coatings Ltd, both owned by the state.';
    expect(companies(text)).toContain('Vessla Paints and Coatings');
  });

  it('near miss: a name written apart only where it opens a sentence says nothing ("Kestrel and Vessla SA")', () => {
    const text = 'The regulator approved a merger between Kestrel and Vessla SA. Kestrel employs 3,000 people.';
    expect(companies(text).some((n) => n.includes(' and '))).toBe(true);
  });

  it('near miss: "Port" opening a sentence is no name written apart ("Port and Free Zone Orsk FZE")', () => {
    const text =
      'Its majority owner, Port and Free Zone Orsk FZE, will buy the shares. Port officials declined to comment.';
    expect(companies(text)).toContain('Port and Free Zone Orsk');
  });
});

describe('round 38 (ent24): a company named by its web address goes by the name before ".com"', () => {
  it('"Kestrel.com Ltd." then "Kestrel said": one company', () => {
    const text =
      'Kestrel lays off 200 employees\n\nNorwegian web services company Kestrel.com Ltd. (Nasdaq: KSTL) yesterday ' +
      'laid off 200 employees. Kestrel said the cuts would save money.';
    expect(extract(text).orgs()).toContain('Company Kestrel.com [Kestrel, Kestrel.com Ltd.]');
  });

  it('near miss: the bare name stays with a company named first in full ("Norrvik Group … Norrvik.com")', () => {
    const text =
      'Norrvik Group said on Monday it would cut 300 jobs. Its online shop, Norrvik.com, will close. Norrvik said ' +
      'the stores stay open.';
    expect(
      extract(text)
        .orgs()
        .some((o) => o.startsWith('Company Norrvik.com') && o.includes('Norrvik,')),
    ).toBe(false);
  });
});

describe('round 38 (ent24): a ministry named by its remits keeps a last remit of two words', () => {
  it('"the Ministry of Sport, Labour, and Rural Affairs" is one body, not three names', () => {
    const text =
      'Figures from the Ministry of Sport, Labour, and Rural Affairs, quoted by Kestrel Daily, show 9,000 ' +
      'planned layoffs.';
    const names = companies(text);
    expect(names).toContain('Ministry of Sport, Labour, and Rural Affairs');
    expect(names).not.toContain('Labour');
  });

  it('near miss: a post after the last remit is no part of the ministry ("… and Energy Minister Jane Roe")', () => {
    const text =
      'The Ministry of Trade, Industry and Energy Minister Jane Roe said on Monday that Vessla would cut jobs.';
    expect(companies(text).some((n) => n.includes('Minister'))).toBe(false);
  });
});
