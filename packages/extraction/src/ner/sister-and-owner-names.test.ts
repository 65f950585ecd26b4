import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('one entity per real thing: names that share words but not a company', () => {
  it('"<nationality> <company>" written as a name of its own is the sister company abroad, not the company', () => {
    const x = extract(
      'Norrvik Air said on Monday it would cut 400 jobs. Its affiliate Danish Norrvik Air will close a base, ' +
        'and Swedish Norrvik Air will keep flying.',
    );
    expect(x.names()).toEqual(expect.arrayContaining(['Norrvik Air', 'Danish Norrvik Air', 'Swedish Norrvik Air']));
    expect(x.entity('Norrvik Air')?.aliases).toEqual([]);
    expect(x.parent('Danish Norrvik Air')).toBe('Norrvik Air');
  });

  it('two sisters named after two countries are two companies besides the parent', () => {
    const x = extract('Norrvik Air said it would cut 300 jobs at Malaysian Norrvik Air and Indonesian Norrvik Air.');
    expect(x.names('Company').sort()).toEqual(['Indonesian Norrvik Air', 'Malaysian Norrvik Air', 'Norrvik Air']);
  });

  it('"Vessla\'s metals subsidiary … Vessla Metals": the bare name that owns the unit is the parent', () => {
    const x = extract(
      "Vessla's metals subsidiary will cut dozens of managers. Vessla Metals declined to comment, and Vessla's " +
        'investor day is next week.',
    );
    expect(x.entity('Vessla')?.type).toBe('Company');
    expect(x.parent('Vessla Metals')).toBe('Vessla');
  });

  it('so is a company named like a town: "Tarbes\'s metals subsidiary … Tarbes Metals"', () => {
    const x = extract(
      "Tarbes metals arm to cut jobs\n\nTarbes's metals subsidiary will let go of dozens of managers. Tarbes Metals " +
        'declined to comment.',
    );
    expect(x.entity('Tarbes')?.type).toBe('Company');
    expect(x.parent('Tarbes Metals')).toBe('Tarbes');
  });

  it('without such an owner, the bare first word stays the short form of the longer name', () => {
    const x = extract('Vessla Metals will cut 200 jobs. Vessla said the cuts would save $40 million.');
    expect(x.names()).toEqual(['Vessla Metals']);
  });
});

describe('a plural name with a bare apostrophe', () => {
  it('"Norrvik Gold Fields\' shares", "Norrfields\' workforce": the possessive of a name ending in "s" marks a company', () => {
    expect(extract("Norrvik Gold Fields' shares fell 4% after it said it would cut 300 jobs.").names()).toEqual([
      'Norrvik Gold Fields',
    ]);
    expect(extract("Norrfields' workforce will shrink by 900, the company said.").names()).toEqual(['Norrfields']);
  });

  it("a given name's bare apostrophe is a person's", () => {
    expect(extract("James' shares in the firm were sold.").names('Company')).toEqual([]);
  });
});

describe('names the rules used to miss', () => {
  it('capitals and a digit, described as a business: "K7S, the security group", "security group K7S"', () => {
    expect(
      extract('K9T, the security group, will cut 300 guards in Kenya. K9T said it would close two offices.').names(),
    ).toEqual(['K9T']);
    expect(extract('Security group K9T will cut 300 jobs in Kenya.').names()).toEqual(['K9T']);
  });

  it('a model code is still no company: "the A380 will be retired"', () => {
    expect(extract('Kestrel Air said the A380 will be retired, and it would cut 300 jobs.').names()).toEqual([
      'Kestrel Air',
    ]);
  });

  it('"<long name> (<clipped>s)": a brand clipped from the name with a plural "s" is the same company', () => {
    const x = extract(
      'The FTSE 100 miner, which owns a majority stake in Anglo Varnoa Platinum (Avplats), said it would cut 14,000 jobs. Avplats posted its first loss.',
    );
    expect(x.names()).toEqual(['Anglo Varnoa Platinum']);
    expect(x.entity('Anglo Varnoa Platinum')?.aliases).toContain('Avplats');
  });
});

describe('a dateline written with a dash', () => {
  it('"Nairobi - Kenya\'s biggest foods maker, X, …": the place opening the paragraph is no company', () => {
    const x = extract(
      "Kestrel Foods closing some mills\n\nNairobi - Kenya's biggest consumer foods maker, Kestrel Foods, will mothball " +
        'some mills at its Ugandan unit.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Foods']);
    expect(x.events().map((e) => e.org)).not.toContain('Nairobi');
  });
});
