import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('states, provinces and peoples are no companies', () => {
  it('an ISO 3166-2 subdivision is a place, whatever a company would do there', () => {
    for (const text of [
      'Norrvik Mining will close two shafts, and Jalisco will lose 3,000 jobs, the company said.',
      "Selangor's workforce has shrunk since Norrvik Mining closed its plant.",
      'Norrvik Mining is selling its Aichi business to Kestrel Holdings.',
    ]) {
      const x = extract(text);
      expect(x.names()).toContain('Norrvik Mining');
      for (const place of ['Jalisco', 'Selangor', 'Aichi']) expect(x.entity(place)).toBeUndefined();
    }
  });

  it('a brand may bear a state\'s name: "the Aragua brand" is a unit, "the Spanish brand" says where', () => {
    const x = extract('Kestrel Brewing agreed to sell the Aragua brand and the Spanish brand to Vessla Drinks.');
    expect(x.entity('Aragua')?.type).toBe('Division');
    expect(x.parent('Aragua')).toBe('Kestrel Brewing');
    expect(x.entity('Spanish')).toBeUndefined();
  });

  it('a name between a country\'s possessive and "state" or "province" is part of the country', () => {
    const x = extract("Norrvik Trucks will shed 800 workers at its plant in Brazil's Varnoa state.");
    expect(x.entity('Varnoa')).toBeUndefined();
    expect(x.entity('Norrvik Trucks')?.type).toBe('Company');
  });

  it('the plural of a nationality names people', () => {
    const x = extract(
      'Vessla Partners owns 60 per cent of Kora Telecom, with the other shares held by Norwegians through a state fund.',
    );
    expect(x.entity('Norwegians')).toBeUndefined();
  });
});

describe('units and their owners as wire copy writes them', () => {
  it('"its … unit, <name> said": the name after the comma reports, it is no unit', () => {
    const x = extract('Hallberg Group will cut 900 jobs as it spins off its frozen foods unit, Vessla said.');
    expect(x.entity('Vessla')?.type).toBe('Company');
    expect(x.parent('Vessla')).toBeNull();
  });

  it('"<two-word nationality> <organization word>, part of <owner>,": both are companies, the first the unit', () => {
    const x = extract(
      'Sri Lankan Breweries, part of Kora-Vessla InBev, will delay a new bottling line and freeze hiring.',
    );
    expect(x.names()).toEqual(expect.arrayContaining(['Sri Lankan Breweries', 'Kora-Vessla InBev']));
    expect(x.parent('Sri Lankan Breweries')).toBe('Kora-Vessla InBev');
  });

  it('a name in its own legal form described as a brand, with no owner, is a company', () => {
    const x = extract(
      'Shoppers know the old brand Tarrow Foods Pvt Ltd for its crackers. It will close two bakeries, Jane Roe, category head at Tarrow, said, as demand for brands such as Tarrow-G has fallen.',
    );
    expect(x.entity('Tarrow Foods')?.type).toBe('Company');
    expect(x.entity('Tarrow')).toBeUndefined();
    expect(x.parent('Tarrow Foods')).toBeNull();
  });

  it('a bracketed acronym before the possessive still owns the unit: "Hallberg Motors Co. (HM)\'s Kestrel division"', () => {
    const x = extract(
      "Workers fear for 900 jobs after Hallberg Motors Co. (HM)'s Kestrel division said it would end assembly in Orsk.",
    );
    expect(x.entity('Kestrel')?.type).toBe('Division');
    expect(x.parent('Kestrel')).toBe('Hallberg Motors');
  });

  it('a name only ever written as a site\'s ("the Vandmoor plant") is no company', () => {
    const x = extract(
      'Norrvik Pharmaceutical bought the Vandmoor plant from Kestrelpharm in 2010 and will shut it next year.',
    );
    expect(x.entity('Vandmoor')).toBeUndefined();
  });

  it('a place in brackets before a two-word legal form stays in the name: "Kora Print (Malaya) Sdn Bhd"', () => {
    const x = extract(
      'Kora Print Holdings Bhd will shut the printing arm run by its subsidiary Kora Print (Malaya) Sdn Bhd (KPM), with 120 jobs lost.',
    );
    expect(x.entity('Sdn')).toBeUndefined();
    expect(x.entity('Kora Print (Malaya)')?.aliases).toContain('KPM');
    expect(x.parent('Kora Print (Malaya)')).toBe('Kora Print Holdings');
  });

  it('a round-up that gives each name its job count in brackets lists employers, never places', () => {
    const x = extract(
      'Drugmakers have cut lab staff before: Kestrel (132 jobs), Vessla-Norr Canada (100 jobs), the former Tarrow-Brisk (150 jobs) and Hallberg (200 jobs). Norrvik will close sites in Leeds (640 jobs) and Derby (300 jobs).',
    );
    expect(x.names()).toEqual(expect.arrayContaining(['Kestrel', 'Vessla-Norr Canada', 'Tarrow-Brisk', 'Hallberg']));
    expect(x.entity('Leeds')).toBeUndefined();
    expect(x.entity('Derby')).toBeUndefined();
  });

  it('a wire\'s instrument code in brackets is a ticker: "its Norrbank (NRBGn.DE) division"', () => {
    const x = extract(
      'Vessla Bank (VSBGn.DE) aims to cut 2,000 jobs by spinning off its Norrbank (NRBGn.DE) division.',
    );
    expect(x.entity('Norrbank')).toBeDefined();
    expect(x.parent('Norrbank')).toBe('Vessla Bank');
  });

  it('"which includes the brands A\'s, B and C": names right after "the brands" are units, one with "\'s" too', () => {
    const x = extract(
      "Hallberg will list its frozen unit, which includes the brands Kestrel's, Vandle and Orsk, next year.",
    );
    for (const brand of ['Kestrel', 'Vandle', 'Orsk']) expect(x.parent(brand)).toBe('Hallberg');
  });

  it('"Vessla Telecom\'s Internet arm Kestrelnet": the name after the unit noun is the unit, the word before describes', () => {
    const x = extract("Vessla Telecom will merge its mobile business with Vessla Telecom's Internet arm Kestrelnet.");
    expect(x.entity('Internet')).toBeUndefined();
    expect(x.parent('Kestrelnet')).toBe('Vessla Telecom');
  });

  it('initials in legal form are the company they abbreviate: "Hallberg & Hallberg … H&H Ltd."', () => {
    const x = extract(
      'Carmaker Hallberg & Hallberg has let go of about 300 managers this year. "We had to simplify," said Jane Roe, head of human resources at H&H Ltd.',
    );
    expect(x.names('Company')).toEqual(['Hallberg & Hallberg']);
  });
});
