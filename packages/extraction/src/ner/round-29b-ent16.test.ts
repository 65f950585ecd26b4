import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 29b (ent16): a company named once, with an adverb before its verb', () => {
  it('"Norrvik Ghana also announced a similar action" names a company', () => {
    const x = extract(
      'Kestrel Gold said it would cut 300 jobs at its mines in Ghana.\n\nNorrvik Ghana also announced a similar action in a press release on Monday.',
    );
    expect(x.names('Company')).toContain('Norrvik Ghana');
  });

  it('a place, a person and a body with "also announced" stay no company (near miss)', () => {
    const x = extract(
      'Kestrel Gold said it would cut 300 jobs, chief executive Jane Roe said.\n\nRoe also announced a review. Ghana also announced new rules for miners. Parliament also said it would look into it.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Gold']);
  });

  it('an adverb before a verb of doing reads as before (near miss)', () => {
    expect(extract('Tessel recently completed its review of the plan.').names('Company')).toEqual([]);
  });
});

describe('round 29b (ent16): a post "of <company>" followed directly by its holder', () => {
  /** The companies and the people extracted from `text`. */
  const companiesAndPeople = (text: string) => {
    const x = extract(text);
    return { companies: x.names('Company'), people: x.names('Person') };
  };

  it('"The chief executive of Kestrel Jane Roe said" splits the company and the person', () => {
    expect(
      companiesAndPeople(
        'Kestrel to cut 200 jobs\n\nThe chief executive of Kestrel Jane Roe said the company would cut 200 jobs.',
      ),
    ).toEqual({ companies: ['Kestrel'], people: ['Jane Roe'] });
  });

  it('"the chief executive of Kestrel Jane Holdings said" keeps the organization word (near miss)', () => {
    expect(
      companiesAndPeople('The chief executive of Kestrel Jane Holdings said the company would cut 200 jobs.'),
    ).toEqual({ companies: ['Kestrel Jane Holdings'], people: [] });
  });

  it('"the managing director of Kestrel Jane Property, Tom Vale," keeps a singular organization word (near miss)', () => {
    expect(
      companiesAndPeople('The managing director of Kestrel Jane Property, Tom Vale, runs the developer.').people,
    ).toEqual(['Tom Vale']);
  });
});
