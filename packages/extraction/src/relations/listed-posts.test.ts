import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('posts in a list of people: each title goes to the name before it', () => {
  it('"A, chief executive, B, finance director, and C, chair"', () => {
    const x = extract(
      'Hallberg Group named Jane Roe, chief executive, John Doe, finance director, and Mary Major, chair, as it cut 300 jobs.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Hallberg Group' });
    expect(x.role('John Doe')).toEqual({ title: 'finance director', org: 'Hallberg Group' });
    expect(x.role('Mary Major')).toEqual({ title: 'chair', org: 'Hallberg Group' });
  });

  it('"appointed A as chief executive, B as finance director and C as chair"', () => {
    const x = extract(
      'The board of Hallberg Group appointed Jane Roe as chief executive, John Doe as finance director and Mary Major as chair.',
    );
    expect(x.role('John Doe')).toEqual({ title: 'finance director', org: 'Hallberg Group' });
    expect(x.role('Mary Major')).toEqual({ title: 'chair', org: 'Hallberg Group' });
  });

  it('a title before a lone name after a comma is still that name\'s: "its chief executive, Jane Roe"', () => {
    const x = extract('Kestrel Mining said its chief executive, Jane Roe, would step down after the cuts.');
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Kestrel Mining' });
  });
});
