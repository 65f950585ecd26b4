import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('posts told from the organization\'s side ("led by", "run by", "headed by")', () => {
  it('the body before "led by" holds the person, with no title when the text gives none', () => {
    const x = extract(
      'Kora Air will cut 2,000 jobs. The Ministry of Labour, led by Tomas Reyes, ordered the airline to keep paying wages.',
    );
    expect(x.role('Tomas Reyes')).toEqual({ title: undefined, org: 'Ministry of Labour' });
  });

  it('"is headed by President X" and "the X division, run by its president, Y"', () => {
    const x = extract(
      'Kora Holdings will cut 900 jobs. Kora Air is headed by President Emi Sato. ' +
        'For the Chemicals division, run by its president, Jon Vik, the quarter was better.',
    );
    expect(x.role('Emi Sato')).toEqual({ title: 'President', org: 'Kora Air' });
    expect(x.role('Jon Vik')).toEqual({ title: 'president', org: 'Chemicals' });
  });

  it('"The company, run by X" and "Y\'s management, led by X"', () => {
    const x = extract('Tessel Chemie AG will cut 900 jobs. The company, run by Lars Holm, expects savings.');
    expect(x.role('Lars Holm')?.org).toBe('Tessel Chemie');
    const y = extract(
      "Tessel Chemie sold Nordvik Foods last year, and Nordvik Foods's management, led by Ada Obi, must cut costs.",
    );
    expect(y.role('Ada Obi')?.org).toBe('Nordvik Foods');
  });

  it('a title naming its own organization after the name wins, and a round led by an investor is no post', () => {
    const x = extract(
      'Kora Telecom will cut 500 jobs. The Spanish business is run by Ana Ruiz, chairman of Kora Telecom Iberia. ' +
        'Vanta Labs raised $20m in a round led by Pelham Capital partner Ivo Brandt.',
    );
    expect(x.role('Ana Ruiz')).toEqual({ title: 'chairman of Kora Telecom Iberia', org: 'Kora Telecom Iberia' });
    expect(x.role('Ivo Brandt')?.org).not.toBe('Vanta Labs');
  });

  it('"presided by X", as translated news writes "chaired by": the body before it holds the person', () => {
    const x = extract(
      'Kestrel Bank will cut 3,500 jobs. Kestrel Bank, presided by Ana Ruiz, had 27,000 employees in Spain.',
    );
    expect(x.role('Ana Ruiz')?.org).toBe('Kestrel Bank');
  });
});
