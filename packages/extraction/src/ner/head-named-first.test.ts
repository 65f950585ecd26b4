import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const story = (body: string) => extract(`Kestrel to cut 300 jobs\n\n${body}`, '2025-03-12');

describe('a head written alone in the body before a longer name is a company of its own', () => {
  it('makes "Kestrel Helicopters", named after "Kestrel said …", a unit of Kestrel, which keeps its round', () => {
    const x = story(
      'Kestrel said on Tuesday it will cut 300 jobs in Norway as orders fall. The engineering group employs 4,000 ' +
        'people.\n\nIngo Hallberg, head of Kestrel Helicopters, said the unit would move production abroad.',
    );
    expect(x.parent('Kestrel Helicopters')).toBe('Kestrel');
    expect(x.events()).toMatchObject([{ org: 'Kestrel', count: 300 }]);
  });

  it('near miss: a headline short form above the full name is that company', () => {
    const x = story(
      'Kestrel Helicopters said on Tuesday it will cut 300 jobs in Norway. Kestrel employs 4,000 people.',
    );
    expect(x.orgs()).toEqual(['Company Kestrel Helicopters [Kestrel]']);
  });

  it('near miss: a full name of group or industry words after the head is the same company, named in full', () => {
    const x = story(
      'Kestrel said on Tuesday it will cut 300 jobs in Norway. Kestrel Airlines, listed in Oslo, employs 4,000.',
    );
    expect(x.orgs()).toEqual(['Company Kestrel Airlines [Kestrel]']);
  });
});
