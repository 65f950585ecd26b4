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
