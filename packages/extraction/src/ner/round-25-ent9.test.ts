import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a bare "n" joins the two words of one name', () => {
  it('"Kestrel n Vale said" is one company', () => {
    const x = extract('Kestrel n Vale said it would cut 400 jobs. Kestrel n Vale chief executive Jane Roe said so.');
    expect(x.names('Company')).toEqual(['Kestrel n Vale']);
    expect(x.role('Jane Roe')?.org).toBe('Kestrel n Vale');
  });

  it('keeps "Kestrel" alone when a lower-case word follows the "n"', () => {
    expect(extract('Kestrel n more said it would cut 400 jobs.').names('Company')).not.toContain('Kestrel n more');
  });
});

describe('a rank standing alone before a title names nothing', () => {
  it('"signed by Acting Chief Executive Officer Jane Roe" makes no company "Acting"', () => {
    const x = extract(
      'Norrvik Media said it would cut 40 jobs, in a memo signed by Acting Chief Executive Officer Jane Roe.',
    );
    expect(x.names('Company')).not.toContain('Acting');
    expect(x.names('Person')).toContain('Jane Roe');
  });

  it('keeps a rank word that opens a name with no title after it ("Kora Acting School")', () => {
    expect(extract('The Kora Acting School said it would cut 12 jobs.').names()).toContain('Kora Acting School');
  });
});

describe('Romance names with particles after a house, fund or courier word', () => {
  it('"Casa dos Ventos" and "Cassa dei Risparmi di Vellano" are whole names', () => {
    const x = extract(
      'Casa dos Ventos, the wind developer, said it would cut 80 jobs. Cassa dei Risparmi di Vellano will shed 120 staff, the bank said.',
    );
    expect(x.names('Company')).toEqual(['Casa dos Ventos', 'Cassa dei Risparmi di Vellano']);
  });

  it('"Cassa Integrazione" with no particle is a furlough scheme, not a company', () => {
    const x = extract(
      'Kestrel Motors will cut 700 jobs, and the union asked Kestrel Motors to pay a bonus for workers put into Cassa Integrazione.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Motors']);
  });
});

describe('names a person never has', () => {
  it('"Oral V toothpaste" ending in a bare capital is no person', () => {
    expect(extract('Norrvik, maker of Ariel soap and Oral V toothpaste, will cut 500 jobs.').names('Person')).toEqual(
      [],
    );
  });

  it('keeps a middle initial ("Jane B. Roe said")', () => {
    expect(extract('Jane B. Roe said Norrvik would cut 500 jobs.').names('Person')).toEqual(['Jane B. Roe']);
  });

  it('"revealed by Norrvik Bakeries USA" is no person "Norrvik Bakeries"', () => {
    const x = extract(
      'Mexico-based Grupo Norrvik plans to shut a bakery. Another closure was revealed by Norrvik Bakeries USA in May.',
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('keeps a surname in "-ies" that is no common noun ("Tom Davies said")', () => {
    expect(extract('Tom Davies said Norrvik would cut 500 jobs.').names('Person')).toEqual(['Tom Davies']);
  });
});

describe('"commonly referred to as" gives a short name', () => {
  it('"the Postal Corporation of Kestrel, commonly referred to as Kesta" is one company', () => {
    const x = extract(
      'The Postal Corporation of Kestrel, commonly referred to as Kesta, plans to fire 504 employees. Kesta said so.',
    );
    expect(x.orgs()).toEqual(['Company Postal Corporation of Kestrel [Kesta]']);
  });

  it('takes no alias from a lower-case description ("commonly referred to as the post office")', () => {
    const x = extract(
      'The Postal Corporation of Kestrel, commonly referred to as the post office, plans to fire 504 employees.',
    );
    expect(x.orgs()).toEqual(['Company Postal Corporation of Kestrel']);
  });
});
