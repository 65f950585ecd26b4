import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 25: units and their parents', () => {
  it('"the acquisition of A’s German mobile network B": A sold B, it was not bought; B is A’s', () => {
    const x = extract(
      'Kestrel to axe 1,600 jobs\n\nKestrel Deutschland will cut 1,600 jobs in Germany, weeks after it closed the ' +
        'acquisition of Norrvik’s German mobile network Hallberg.',
    );
    expect(x.parent('Norrvik')).toBeNull();
    expect(x.parent('Hallberg')).toBe('Norrvik');
  });

  it('near miss: "the acquisition of mobile network A" with no seller named: A is the buyer’s', () => {
    const x = extract(
      'Kestrel to axe 1,600 jobs\n\nKestrel Deutschland will cut 1,600 jobs in Germany, weeks after it closed the ' +
        'acquisition of German mobile network Norrvik.',
    );
    expect(x.parent('Norrvik')).not.toBeNull();
  });

  it('"A, like rivals B and C, … the purchase of D": D is A’s, not the rival named last', () => {
    const x = extract(
      'Kestrel Motors, like key domestic rivals Norrvik and Hallberg, has suffered in its television business, while ' +
        'its debt was inflated by the purchase of smaller rival Vellmark.',
    );
    expect(x.parent('Vellmark')).toBe('Kestrel Motors');
  });

  it('near miss: a company outside the aside, named last before the verb, is the buyer', () => {
    const x = extract(
      'Kestrel Motors, like rival Norrvik, has suffered, and Hallberg Group completed the purchase of Vellmark Foods.',
    );
    expect(x.parent('Vellmark Foods')).toBe('Hallberg Group');
  });

  it('"the A, B and C business divisions": three units, the last two not one name', () => {
    const x = extract(
      'Kestrel Electronics began offering voluntary retirement last month.\n\nThe program now covers the Home ' +
        'Appliance Solution, Vehicle Solution and Eco Solution business divisions.',
    );
    expect(x.parent('Vehicle Solution')).toBe('Kestrel Electronics');
    expect(x.parent('Eco Solution')).toBe('Kestrel Electronics');
    expect(x.names('Division')).not.toContain('Vehicle Solution and Eco Solution');
  });

  it('near miss: "a Corporate and Wholesale Banking unit" stays one unit', () => {
    const x = extract('Kestrel Bank will create a Corporate and Wholesale Banking unit next year.');
    expect(x.names('Division')).toContain('Corporate and Wholesale Banking');
  });

  it('"its power generation division, called Gas and Power (GP)": the unit so named is the company’s', () => {
    const x = extract(
      'Kestrel said its power generation division, called Gas and Power (GP), would have to save more.',
    );
    expect(x.parent('Gas and Power')).toBe('Kestrel');
  });

  it('"its power division, known as A": A is the company’s unit', () => {
    const x = extract('Kestrel said its power generation division, known as Norrvik Energy, would have to save more.');
    expect(x.parent('Norrvik Energy')).toBe('Kestrel');
  });

  it('near miss: "its savings programme, called Project Vella" names no unit', () => {
    const x = extract('Kestrel said its savings programme, called Project Vella, would cut costs.');
    expect(x.names('Division')).toEqual([]);
  });

  it('near miss: "its unit, as Hallberg said," is no unit named "Hallberg"', () => {
    const x = extract('Kestrel Group will sell its trucking unit, as Hallberg said, to cut its debt.');
    expect(x.parent('Hallberg')).toBeNull();
  });
});

describe('round 25: a product category is no unit’s name', () => {
  it('"its TV division", "the EV unit" name no division', () => {
    const x = extract(
      'Kestrel Electronics began offering voluntary retirement at its TV division last month. The EV unit of ' +
        'Norrvik Group will cut 10% of its staff.',
    );
    expect(x.names('Division')).not.toContain('TV');
    expect(x.names('Division')).not.toContain('EV');
  });

  it('near miss: "its Kestrel TV division" names the unit', () => {
    const x = extract('Hallberg Media said its Kestrel TV division will cut 200 jobs.');
    expect(x.parent('Kestrel TV')).toBe('Hallberg Media');
  });
});
