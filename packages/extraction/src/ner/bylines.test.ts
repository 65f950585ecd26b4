import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("the article's own bylines and credits", () => {
  it.each([
    'Norrvik Motors to cut 900 jobs\n\nBy Ingrid Solberg, Business Desk\n\nOSLO — Norrvik Motors said it would cut 900 jobs.',
    'Norrvik Motors to cut 900 jobs\n\nBy Ingrid Solberg and Tomas Halvorsen\n\nNorrvik Motors said it would cut 900 jobs.',
    'Norrvik Motors said it would cut 900 jobs.\n\n(Reporting by Ingrid Solberg in Oslo; additional reporting by Tomas Halvorsen; Editing by Sarah Okafor)\n',
    'Norrvik Motors said it would cut 900 jobs.\n\nCompiled by Ingrid Solberg; edited by Tomas Halvorsen\n',
  ])('names no person: %s', (text) => {
    const x = extract(text);
    expect(x.names('Person')).toEqual([]);
    expect(x.names('Company')).toEqual(['Norrvik Motors']);
  });

  it('keeps a sentence that opens with "By" and people named by the story', () => {
    const x = extract(
      'Norrvik Motors will cut 900 jobs.\nBy March the plant in Oslo had closed, chief executive Ingrid Solberg said.',
    );
    expect(x.names('Person')).toEqual(['Ingrid Solberg']);
    expect(x.role('Ingrid Solberg')?.org).toBe('Norrvik Motors');
  });

  it.each([
    'Norrvik Motors may cut 900 jobs in Oslo, writes Ingrid Solberg.\nThe carmaker said demand had fallen.',
    'Norrvik Motors will close its plant in Oslo. Workers gathered at the gate on Monday. - Ingrid Solberg / Kora Photo Agency\n\nThe carmaker said demand had fallen.',
    'Workers gathered at the gate of the Norrvik Motors plant. Picture: Ingrid Solberg/ Kora Photo Agency\n\nNorrvik Motors will close its plant in Oslo.',
  ])('names no photographer or writer credited in the text: %s', (text) => {
    expect(extract(text).names('Person')).toEqual([]);
  });

  it('keeps a person who writes a letter and one named after a dash', () => {
    const x = extract(
      'Chief executive Ingrid Solberg writes to staff every week. The union - Tomas Halvorsen said - will fight the cuts at Norrvik Motors.',
    );
    expect(x.names('Person').sort()).toEqual(['Ingrid Solberg', 'Tomas Halvorsen']);
  });
});

describe('a byline of a name and an outlet on a line of its own', () => {
  it('"Jane Roe, Kora News" under the headline names the writer, no one the story is about', () => {
    const x = extract(
      'Norrvik to shut its shops\n\nJane Roe, Kora News\n\nHALDEN - Norrvik will shut its shops by June, John Moyo, vice president of Norrvik, said on Wednesday.',
    );
    expect(x.names('Person')).toEqual(['John Moyo']);
  });

  it('keeps a line that goes on after the outlet ("Jane Roe, Kora News editor, said …")', () => {
    const x = extract('Norrvik to shut its shops\n\nJane Roe, Kora News editor, said Norrvik would shut its shops.\n');
    expect(x.names('Person')).toEqual(['Jane Roe']);
  });
});
