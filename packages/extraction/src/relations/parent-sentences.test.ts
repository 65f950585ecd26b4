import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a country unit named after an owner the text names apart', () => {
  it('"Norrvik Zambia" with "Norrvik" named as a unit of the group: the country unit is Norrvik\'s', () => {
    const x = extract(
      'Hallberg Holdings owns Norrvik, a commercial banking unit, and is cutting jobs at its Johannesburg office. ' +
        'Last year, Norrvik Zambia fired 75 workers.',
    );
    expect(x.parent('Norrvik Zambia')).toBe('Norrvik');
    expect(x.parent('Norrvik')).toBe('Hallberg Holdings');
  });

  it('"Kestrel South Africa": a country of two words', () => {
    const x = extract(
      'Kestrel Group will sell its stake in a Kenyan brewer. Kestrel South Africa will close a plant in Durban, ' +
        'Kestrel Group said.',
    );
    expect(x.parent('Kestrel South Africa')).toBe('Kestrel Group');
  });

  it('near miss: "Norrvik Zambia" where the text names no "Norrvik" organization stays alone', () => {
    const x = extract('Norrvik Zambia will cut 80 jobs at its Lusaka branch, the lender said on Monday.');
    expect(x.names()).toContain('Norrvik Zambia');
    expect(x.parent('Norrvik Zambia')).toBeNull();
  });

  it('near miss: the owner\'s name and a town ("Norrvik Lusaka") is a site, no unit', () => {
    const x = extract(
      'Hallberg Holdings owns Norrvik, a commercial banking unit. Staff at Norrvik Lusaka received letters on Monday.',
    );
    expect(x.parent('Norrvik Lusaka')).toBeNull();
  });
});

describe('"The parent company is B" opening a sentence', () => {
  it('belongs to the company the sentence before opens with, not the last one it names', () => {
    const x = extract(
      'Karoo Mines will make 263 employees redundant in the first quarter. Karoo Mines Plc was incorporated in 1997 ' +
        'following the privatization of the then Vantermet Consolidated Copper Limited. The parent company is ' +
        'Ostrava Metals (Pty) Limited of South Africa, which owns 85% of the shares.',
    );
    expect(x.parent('Karoo Mines')).toMatch(/^Ostrava Metals\b/);
    expect(x.parent('Vantermet Consolidated Copper')).toBeNull();
  });

  it('near miss: "Its main customer is B" names a customer, no parent', () => {
    const x = extract(
      'Karoo Engineering Sdn Bhd closed its operations after losses. Its main customer is Youngstar Motors, of China.',
    );
    expect(x.parent('Karoo Engineering')).toBeNull();
  });
});

describe('a described purchase before the bought name ("acquired pan-African banking group, B")', () => {
  it('the buyer owns the one it bought', () => {
    const x = extract(
      'Investment firm Atlas Vale last year acquired pan-African banking group, Kestrel Holdings - which owns Kestrel Bank - along with ' +
        'a lender in Ghana.',
    );
    expect(x.parent('Kestrel Holdings')).toBe('Atlas Vale');
  });

  it('near miss: the name opens a new clause ("acquired a rival bank, B said")', () => {
    const x = extract('Investment firm Atlas Vale acquired a rival bank, Kestrel Holdings said on Monday.');
    expect(x.parent('Kestrel Holdings')).toBeNull();
  });

  it('near miss: a clause after a comma that is no description stays no purchase', () => {
    const x = extract(
      'The two companies Atlas Vale acquired over the last two years, Kestrel Holdings reported, will cut 40 jobs.',
    );
    expect(x.parent('Kestrel Holdings')).toBeNull();
  });
});

describe('"A, African arm of B": a unit noun after one word and no article', () => {
  it('belongs to B', () => {
    const x = extract(
      'Telecom group Karoo Mobile, African arm of Vantermet Telecom, will sell units in five countries.',
    );
    expect(x.parent('Karoo Mobile')).toBe('Vantermet Telecom');
  });

  it('near miss: a former arm is no part', () => {
    const x = extract(
      'Telecom group Karoo Mobile, former arm of Vantermet Telecom, will sell units in five countries.',
    );
    expect(x.parent('Karoo Mobile')).toBeNull();
  });

  it('near miss: a rival named with "of" is no parent', () => {
    const x = extract(
      'Telecom group Karoo Mobile, main rival of Vantermet Telecom, will sell units in five countries.',
    );
    expect(x.parent('Karoo Mobile')).toBeNull();
  });
});

describe('"A, a B majority-owned company"', () => {
  it('belongs to B', () => {
    const x = extract(
      'Vantermet Group said on Monday that Karoo Steel Ltd., a Vantermet Group majority-owned steel company, will cut 300 jobs.',
    );
    expect(x.parent('Karoo Steel')).toBe('Vantermet Group');
  });

  it('near miss: B named with a noun that is no owned one ("a B supplier owned by its founders")', () => {
    const x = extract(
      'Vantermet Group said on Monday that Karoo Steel Ltd., a Vantermet Group supplier owned by its founders, will cut 300 jobs.',
    );
    expect(x.parent('Karoo Steel')).toBeNull();
  });
});

describe('"bought A from B": B sold A, B is no part of the buyer', () => {
  it('A belongs to the buyer, the seller stays alone', () => {
    const x = extract('Hallberg Group bought Norrvik Foods from the Swedish conglomerate Ostra Holdings in 2008.');
    expect(x.parent('Norrvik Foods')).toBe('Hallberg Group');
    expect(x.parent('Ostra Holdings')).toBeNull();
  });

  it('near miss: a second thing bought, joined by "and", is still bought', () => {
    const x = extract('Hallberg Group bought Norrvik Foods and Ostra Holdings in 2008.');
    expect(x.parent('Ostra Holdings')).toBe('Hallberg Group');
  });
});

describe('"A, the parent company to B"', () => {
  it('B belongs to A, as with "parent company of"', () => {
    const x = extract(
      'Kora Media Bhd, the parent company to Vessla Press Holdings and four television stations, will cut 500 jobs.',
    );
    expect(x.parent('Vessla Press Holdings')).toBe('Kora Media');
  });

  it('near miss: "a supplier to B" makes no part', () => {
    const x = extract('Kora Media Bhd, a supplier to Vessla Press Holdings, will cut 500 jobs.');
    expect(x.parent('Vessla Press Holdings')).toBeNull();
    expect(x.parent('Kora Media')).toBeNull();
  });
});
