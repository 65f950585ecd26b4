import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a name that does what only a business does is a company', () => {
  it.each([
    [
      'followed with cuts',
      'Rival carriers are shrinking. Tessel Atlantic followed with about 3,000 job cuts.',
      'Tessel Atlantic',
    ],
    [
      'itself shed jobs',
      'Marlow Brothers Media has itself shed thousands of jobs since the merger.',
      'Marlow Brothers Media',
    ],
    ['split into two', 'Consumer groups are slimming down. Kelloran split into two companies last year.', 'Kelloran'],
    ['a writedown', 'A day earlier Ostwind Kabel took a $9 billion writedown on its cable networks.', 'Ostwind Kabel'],
    ['reported a loss', 'In Lagos, Ombara Kettering reported a net loss for the year.', 'Ombara Kettering'],
    [
      'an analyst firm taking a view',
      'Brokers were split; Valorette took the view that the cut could prove too small.',
      'Valorette',
    ],
    ['sacked staff after a date', 'Ombara Telkom in July 2019 sacked 575 workers after a merger.', 'Ombara Telkom'],
    ['retrenched workers', 'Kestrel Platinum retrenched 1,100 workers at two shafts.', 'Kestrel Platinum'],
    [
      'disengaged staff, in a relative clause',
      'Vanta Nigeria which recently disengaged 280 long-serving staff may cut more.',
      'Vanta Nigeria',
    ],
  ])('%s', (_, text, name) => {
    expect(extract(text).entity(name)?.type).toBe('Company');
  });

  it('a person who fired staff, or someone seen "in July", stays no company', () => {
    expect(extract('Coach Nkosana Dube in July fired two assistants.').names('Company')).toEqual([]);
    expect(extract('Thandiwe Mokoena last week was named chair.').names('Company')).toEqual([]);
  });

  it('a stock ticker in brackets names a listed company; a bracketed acronym alone does not', () => {
    const x = extract('Last week, Mevio (MEVI3), a payments platform, announced the layoff of 59 people.');
    expect(x.entity('Mevio')?.type).toBe('Company');
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Mevio', count: 59, percent: null, when: null }]);
    expect(extract('Tarrow Kaya (7203.T) said sales fell.').entity('Tarrow Kaya')?.type).toBe('Company');
    expect(extract('Tarrow Kaya (NYSE: TKY) reported results.').entity('Tarrow Kaya')?.type).toBe('Company');
    expect(extract('Thandiwe Mokoena (TM) spoke first.').names('Company')).toEqual([]);
  });

  it('a person whose given name is unknown, met or quoted, stays no company', () => {
    const x = extract('Srettha Kanchana met the carmakers on Monday. Nkosana Dube followed the talks closely.');
    expect(x.names('Company')).toEqual([]);
  });

  it('a plan named in capitals that "follows" another is no company', () => {
    const x = extract(
      'Norrvik Pharma will cut 2,000 jobs under Flat Team Model (FTM), its new operating model. ' +
        'FTM follows a previous programme that cut 12,000 jobs.',
    );
    expect(x.names('Company')).toEqual(['Norrvik Pharma']);
  });

  it('a bare list whose members build factories or are "among companies that" is a list of companies', () => {
    const x = extract(
      'Two Japanese brands already assemble in Thailand, with Kanzhou, GAC Orion and Cherro building or planning ' +
        'factories. In Mumbai, Ombara, Tata Vellum and Aditi Birla Retail are among companies that plan to split.',
    );
    expect(x.names('Company').sort()).toEqual(
      ['Aditi Birla Retail', 'Cherro', 'GAC Orion', 'Kanzhou', 'Ombara', 'Tata Vellum'].sort(),
    );
  });
});

describe('what only an employer says or does', () => {
  it('reducing or trimming headcount, "already" or not, is what an employer does', () => {
    const x = extract('Tarvik will cut 300 jobs. Lantern had already reduced its headcount by 1,200.');
    expect(x.names('Company')).toContain('Lantern');
  });

  it('a power generator, a bottler or a dealer described before its name is a company', () => {
    const x = extract('Tarvik will cut 300 jobs. In Turkey, its stakes in the generator Vellmora are for sale.');
    expect(x.names('Company')).toContain('Vellmora');
  });

  it('"X Global" beside a bare "X" acting as the employer is one company, not its unit', () => {
    const x = extract('Kestrel Global will cut 500 jobs. Kestrel would reduce its workforce by about 10%, it said.');
    expect(x.names('Company')).toEqual(['Kestrel Global']);
    expect(x.names('Division')).toEqual([]);
  });
});

describe("a name written with its 's that cuts jobs", () => {
  it('is a company and the round\'s organization ("Cash-strapped Tejal\'s is laying off 500 employees")', () => {
    const x = extract("Cash-strapped Tejal's is laying off about 500 employees, or over 3 per cent of its workforce.");
    expect(x.names('Company')).toEqual(['Tejal']);
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Tejal', 500]]);
  });

  it('reads no company from a place\'s "\'s is"', () => {
    expect(extract("Britain's is the largest market in Europe.").names('Company')).toEqual([]);
  });
});
