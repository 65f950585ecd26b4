import { describe, expect, it } from 'vitest';
import { formsAfterCity, shortForms } from './short-forms.js';
import { isClippedFrom } from './bracketed-acronym.js';
import { extract } from '../test-helpers.js';

describe('short forms', () => {
  const orgs = [
    { name: 'Keystone Global', type: 'Company' as const, ends: [], first: 10 },
    { name: 'Keystone Pictures', type: 'Company' as const, ends: [], first: 90 },
    { name: 'General Norrvik', type: 'Company' as const, ends: [], first: 120 },
  ];

  it('a common word opening a name is a short form only when asked (the caller saw it act as a company)', () => {
    expect(shortForms('', orgs).get('Keystone')).toBeUndefined();
    expect(shortForms('', orgs, true, true).get('Keystone')).toBe('Keystone Global');
  });

  it('an airline is initialled with "Airlines" as two words ("Kestrel Airlines" → "KAL"), the text\'s own use', () => {
    const r = extract(
      'Kestrel Airlines will lay off 2,700 employees, the flag carrier said on Tuesday.\n\n' +
        'KAL president Jane Roe said the airline had no choice. KAL will also close ten foreign offices.',
    );
    expect(r.names('Company')).toEqual(['Kestrel Airlines']);
    expect(r.role('Jane Roe')).toMatchObject({ title: 'president', org: 'Kestrel Airlines' });
  });

  it('so does a French sector word ("Compagnie Financière Orvallon" → "Orvallon")', () => {
    const named = [{ name: 'Compagnie Financière Orvallon', type: 'Company' as const, ends: [], first: 0 }];
    expect(shortForms('', named).get('Orvallon')).toBe('Compagnie Financière Orvallon');
  });

  it('a generic first word and a sector word drop ("Grupo Financiero Vellamex" → "Vellamex")', () => {
    const named = [{ name: 'Grupo Financiero Vellamex', type: 'Company' as const, ends: [], first: 0 }];
    expect(shortForms('', named).get('Vellamex')).toBe('Grupo Financiero Vellamex');
  });

  it('the first of two names run together in one word ("ProKestelSat.1 Media" → "ProKestel")', () => {
    const named = [
      { name: 'ProKestelSat.1 Media', type: 'Company' as const, ends: [], first: 0 },
      { name: 'VellarocMittal', type: 'Company' as const, ends: [], first: 10 },
    ];
    const forms = shortForms('', named);
    expect(forms.get('ProKestel')).toBe('ProKestelSat.1 Media');
    expect(forms.get('Vellaroc')).toBe('VellarocMittal');
  });

  it('a title word never is ("the Attorney General")', () => {
    expect(shortForms('', orgs, true, true).get('General')).toBeUndefined();
  });
});

describe('a short form at the end of the full name', () => {
  it.each([
    ['Deutsche Vesterlund AG will cut 2,000 jobs. Vesterlund said the cuts were needed.', 'Deutsche Vesterlund'],
    ['Robert Kessling GmbH will cut 2,000 jobs. Kessling said the cuts were needed.', 'Robert Kessling'],
    [
      'Telefonaktiebolaget LM Norrvik will cut 2,000 jobs. Norrvik said the cuts were needed.',
      'Telefonaktiebolaget LM Norrvik',
    ],
  ])('%s', (text, full) => {
    const x = extract(text);
    expect(x.names('Company')).toEqual([full]);
  });

  it('a joint venture named after a partner does not swallow the partner', () => {
    const x = extract(
      'Tan Kestrel Subaro Automotive will stop building cars. Subaro Corp said it would keep selling cars.',
    );
    expect(x.names('Company')).toContain('Subaro');
  });
});

describe('a contraction of the first two words', () => {
  it('"Cementos Varanos … Cevar said" is one company, whatever the accents', () => {
    const x = extract(
      'State-owned Cementos Varanos will cut 3,000 jobs. The plan removes duplicate functions, Cevar said on Wednesday. Petróleos Orientales also cut jobs, Petori said.',
    );
    expect(x.names('Company').sort()).toEqual(['Cementos Varanos', 'Petróleos Orientales']);
    expect(x.entity('Cementos Varanos')!.aliases).toContain('Cevar');
  });
});

describe('initials of a group name without its closing group word', () => {
  it('"Royal Bank of Norrvik Group … RBN" is one company, and its described unit belongs to it', () => {
    const x = extract(
      "Royal Bank of Norrvik Group will cut 3,000 jobs at its Kestrel unit. Ivo Brandt, head of RBN's digital lender Pennywise, will leave.",
    );
    expect(x.entity('Royal Bank of Norrvik Group')?.aliases).toContain('RBN');
    expect(x.parent('Pennywise')).toBe('Royal Bank of Norrvik Group');
  });
});

describe("a division's initials", () => {
  it('"Hallberg Steel Nordic … HSN" is the division, not a company of its own; its first word stays the parent\'s', () => {
    const x = extract(
      'Hallberg Steel plans to cut 1,600 jobs at Hallberg Steel Nordic, its Swedish arm.\n\n' +
        'The company employs 12,000 people under Hallberg Steel Nordic.\n\nThe company argued HSN will require a new structure.',
    );
    expect(x.names('Company')).toEqual(['Hallberg Steel']);
    expect(x.entity('Hallberg Steel Nordic')?.aliases).toContain('HSN');
  });
});

describe('a bare name a company writes in full company form is that company', () => {
  it('"Halvard Corporation … Halvard Capital … both Halvard and Ostrel": Halvard stays the corporation', () => {
    const x = extract(
      'Halvard Corporation has completed the merger of its yards with Ostrel Marine. Halvard Land has two listed trusts, Halvard REIT and Halvard Oak REIT, through its fund management subsidiary, Halvard Capital. Ostrel Marine chief executive Chris Ong said the group would have 40,000 staff. Kalmar, the state investor, is the largest shareholder of both Halvard and Ostrel Marine.',
    );
    expect(x.entity('Halvard Capital')?.aliases ?? []).not.toContain('Halvard');
  });
});

describe('short forms of names written with a town or a hyphen', () => {
  it('a legal name that goes on with a town is one company, and its first word its short form', () => {
    const x = extract(
      'Dutch lighting group Kestrel Eindhoven NV will cut 1,200 jobs. Kestrel said the cuts were needed.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Eindhoven']);
    expect(x.entity('Kestrel Eindhoven')?.aliases).toContain('Kestrel');
  });

  it('the first part of a hyphenated name stands for it while the second never stands alone', () => {
    const x = extract('Mining group Tarvik-Vellquist will close two mines. Tarvik said 900 workers would lose jobs.');
    expect(x.names('Company')).toEqual(['Tarvik-Vellquist']);
    const alliance = extract(
      'Renvik-Halder will shed 400 jobs. Renvik said the alliance would go on, while Halder said it would not.',
    );
    expect(alliance.names('Company')).toContain('Renvik');
  });

  it('a town after "in" is the place, not the exchange named after it', () => {
    const x = extract(
      'Vellquist will cut 800 jobs, the company said. The Osaka Stock Exchange suspended its shares. ' +
        'Executives met investors at a briefing in Osaka on Friday.',
    );
    expect(x.entity('Osaka Stock Exchange')?.aliases ?? []).not.toContain('Osaka');
  });
});

describe('names that share a word but not a company', () => {
  it('a shareholder named like the company it holds stays a company of its own', () => {
    const x = extract(
      'Vellmora Pharma A/S will cut 900 jobs. The chief executive was pushed out by controlling shareholder ' +
        'Vellmora Holdings. Vellmora said the cuts would save money.',
    );
    expect(x.names('Company')).toEqual(['Vellmora Pharma', 'Vellmora Holdings']);
    expect(x.entity('Vellmora Pharma')?.aliases).toContain('Vellmora');
  });
});

describe('a name clipped into a brand, in brackets after the full name', () => {
  it('is that company, named by its full name', () => {
    const x = extract(
      'Norvale Copper Holdings (Norcops) has begun talks with unions on cutting 900 jobs. Norcops reported a drop in earnings.',
    );
    expect(x.names('Company')).toEqual(['Norvale Copper Holdings']);
    expect(x.entity('Norvale Copper Holdings')!.aliases).toEqual(['Norcops']);
  });

  it('but a word in brackets not made of the name’s letters is not', () => {
    expect(isClippedFrom('Norcops', 'Norvale Copper Holdings')).toBe(true);
    expect(isClippedFrom('Pemex', 'Petróleos Mexicanos')).toBe(true);
    expect(isClippedFrom('Brixton', 'Norvale Copper Holdings')).toBe(false);
    expect(isClippedFrom('Norvale', 'Norvale Copper Holdings')).toBe(false);
  });

  it('initials may take the "of" inside a name ("Bank of Kessaland" … "BOK")', () => {
    const x = extract(
      'Bank of Kessaland will close 12 branches, it said on Friday. BOK Managing Director Jane Roe told ' +
        'journalists that some staff would be made redundant.',
    );
    expect(x.names('Company')).toEqual(['Bank of Kessaland']);
    expect(x.entity('Bank of Kessaland')!.aliases).toContain('BOK');
  });
});

describe('a nationality adjective ending a name', () => {
  it('"Kestrel American" beside a bare "Kestrel" is one company, its platinum arm its unit', () => {
    const x = extract(
      'Kestrel American to cut jobs\n\nMining group Kestrel American said on Tuesday it would cut 3,000 jobs at its corporate office. Kestrel American Platinum, its platinum unit, will also close two shafts. Kestrel said the cuts were needed.',
    );
    expect(x.names('Company')).toEqual(['Kestrel American']);
    expect(x.parent('Kestrel American Platinum')).toBe('Kestrel American');
  });
});

describe('the word between a city and a trade (formsAfterCity)', () => {
  it('gives the trade in the singular as written ("Wuxi Kelvar Industries" → "Kelvar Industry")', () => {
    expect(formsAfterCity(['Wuxi', 'Kelvar', 'Industries'])).toEqual([
      'Kelvar',
      'Kelvar Industries',
      'Kelvar Industry',
    ]);
    expect(formsAfterCity(['Wuxi', 'Kelvar', 'Textiles'])).toContain('Kelvar Textile');
  });

  it('near miss: a trade ending in "ss" or in no plural has no singular ("Kelvar Expres", "Kelvar Stee")', () => {
    expect(formsAfterCity(['Wuxi', 'Kelvar', 'Express'])).toEqual(['Kelvar', 'Kelvar Express']);
    expect(formsAfterCity(['Wuxi', 'Kelvar', 'Steel'])).toEqual(['Kelvar', 'Kelvar Steel']);
  });

  it('near miss: a faith\'s adjective between the city and the trade is no short form ("Ningbo Islamic Bank")', () => {
    expect(formsAfterCity(['Ningbo', 'Islamic', 'Bank'])).toEqual([]);
    const x = extract(
      'Ningbo Islamic Bank will cut 200 jobs, it said on Monday. Islamic banks in the region have grown fast.',
    );
    expect(x.orgs()).toEqual(['Company Ningbo Islamic Bank']);
  });
});
