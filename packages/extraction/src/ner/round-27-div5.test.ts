import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 27: units named once, and units whose name extends the owner’s', () => {
  it('"Vessla South Africa … Vessla": a name plus a country of two words is the unit there, the bare name its owner', () => {
    const x = extract(
      'Vessla to cut local jobs\n\nBeer producer Vessla South Africa has said it will cut its local staff by about ' +
        '7%. The firm, a unit of Dutch brewer Vessla, employs 1,000 people.',
    );
    expect(x.entity('Vessla South Africa')?.type).toBe('Division');
    expect(x.parent('Vessla South Africa')).toBe('Vessla');
  });

  it('near miss: "Vessla South Brewing … Vessla": words that are no place together leave the bare name its short form', () => {
    const x = extract(
      'Vessla to cut local jobs\n\nBeer producer Vessla South Brewing has said it will cut its staff by about 7%. ' +
        'Vessla employs 1,000 people.',
    );
    expect(x.orgs()).toContain('Company Vessla South Brewing [Vessla]');
  });

  it('near miss: "Vessla South Africa" with no bare "Vessla" stays a company of its own', () => {
    const x = extract(
      'Brewer to cut local jobs\n\nBeer producer Vessla South Africa has said it will cut its local staff by about ' +
        '7%. The firm employs 1,000 people.',
    );
    expect(x.entity('Vessla South Africa')?.type).toBe('Company');
    expect(x.parent('Vessla South Africa')).toBeNull();
  });

  it('"Kestrel … within Kestrel Business": the company’s name and a line of business no company ends in is its unit', () => {
    const x = extract(
      'Kestrel to reorganise\n\nKestrel plans to restructure its enterprise segment, it said on Wednesday. ' +
        '"Employee engagements within Kestrel Business are expected to continue over the coming weeks," Kestrel said.',
    );
    expect(x.entity('Kestrel Business')?.type).toBe('Division');
    expect(x.parent('Kestrel Business')).toBe('Kestrel');
  });

  it('"Kestrel Bank … Kestrel Markets’ workforce": the owner may be named in full, its first word its short form', () => {
    const x = extract(
      'Bank cuts staff\n\nKestrel Bank is cutting a quarter of its US staff. This is part of the bank’s plan to cut ' +
        '20 percent of Kestrel Markets’ non-UK workforce, a spokesperson from Kestrel Markets said.',
    );
    expect(x.parent('Kestrel Markets')).toBe('Kestrel Bank');
  });

  it('near miss: "Kestrel Business Park" goes on past the line of business and is no unit', () => {
    const x = extract(
      'Kestrel to reorganise\n\nKestrel plans to restructure its enterprise segment, it said on Wednesday. ' +
        '"Employee engagements within Kestrel Business Park are expected to continue," Kestrel said.',
    );
    expect(x.names('Division')).not.toContain('Kestrel Business Park');
    expect(x.parent('Kestrel Business Park')).toBeNull();
  });

  it('"the fund manager\'s private bank Norrvik & Co": the company in focus named by its trade owns the unit', () => {
    const x = extract(
      'Fund manager cuts jobs\n\nJane Roe, the new chief executive of Kestrel, removed a handful of UK jobs. As many ' +
        "as 19 bankers are leaving, including John Doe, co-chief executive of the fund manager's private bank Norrvik & Co.",
    );
    expect(x.parent('Norrvik & Co')).toBe('Kestrel');
  });

  it('"the bank\'s asset management business, Norrvik Invest": a trade noun with a possessive owns the unit', () => {
    const x = extract(
      "Bank trims staff\n\nKestrel Bank will cut 300 jobs, it said on Monday. Most of the cuts fall on the bank's " +
        'asset management business, Norrvik Invest, which runs 40 funds.',
    );
    expect(x.parent('Norrvik Invest')).toBe('Kestrel Bank');
  });

  it('near miss: "the airline\'s parent company, Norrvik Group" names the owner, not a unit', () => {
    const x = extract(
      "Airline cuts jobs\n\nKestrel Air will cut 1,200 jobs, it said on Monday. The airline's parent company, " +
        'Norrvik Group, said it needed to restructure.',
    );
    expect(x.parent('Norrvik Group')).not.toBe('Kestrel Air');
  });

  it('near miss: "the rival bank\'s private bank Norrvik & Co" is another company\'s unit', () => {
    const x = extract(
      'Fund manager cuts jobs\n\nJane Roe, the new chief executive of Kestrel, removed a handful of UK jobs. As many ' +
        "as 19 bankers are leaving, including John Doe, co-chief executive of the rival bank's private bank Norrvik & Co.",
    );
    expect(x.parent('Norrvik & Co')).not.toBe('Kestrel');
  });

  it('"Kestrel New Energy Vehicle Group Ltd": "New" before an organization word stays inside the name', () => {
    const x = extract(
      'Carmaker cuts pay\n\nKestrel New Energy Vehicle Group Ltd plans to suspend salary payments to 25 per cent of ' +
        'its workers, a source said.',
    );
    expect(x.names('Company')).toContain('Kestrel New Energy Vehicle Group');
    expect(x.names('Company')).not.toContain('Energy Vehicle Group');
  });

  it('near miss: "Kestrel New York" — "New" before a place opens the place, not a longer name', () => {
    const x = extract('Carmaker cuts jobs\n\nKestrel Group said on Monday that Kestrel New York will cut 200 jobs.');
    expect(x.names()).not.toContain('Kestrel New York');
  });
});
