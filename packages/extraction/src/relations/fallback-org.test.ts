import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/**
 * A title that names no organization belongs to the company the sentence is about, else the company the article is
 * about — never merely the last company the sentence named before the title.
 */
describe('the organization of a title that names none', () => {
  it.each([
    [
      'Kestrel Motors will cut 2,000 jobs. Kestrel, which is advised by Saltvik Partners, said chief executive Jane Roe would present the plan.',
      'Kestrel Motors',
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. After talks with Saltvik Partners collapsed, chief executive Jane Roe said the plan was final.',
      'Kestrel Motors',
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. Demand from Saltvik Motors has fallen, chief executive Jane Roe told analysts.',
      'Kestrel Motors',
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. Saltvik Motors will hire 500 people, chief executive Jane Roe said.',
      'Saltvik Motors',
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. At Saltvik Motors, chief executive Jane Roe said the company would hire.',
      'Saltvik Motors',
    ],
  ])('%s', (text, org) => {
    expect(extract(text).role('Jane Roe')).toEqual({ title: 'chief executive', org });
  });

  it('"<Org>, whose secretary general, X, is …": the body before "whose"', () => {
    const x = extract(
      "Kestrel Air will close its subsidiary. Among the critics is the pilots' association KPA, whose secretary general, Pablo Lind, is well known.",
    );
    expect(x.role('Pablo Lind')).toEqual({ title: 'secretary general', org: 'KPA' });
  });
});

describe('the company of the paragraph', () => {
  it("the person's own sentence naming the main company outweighs a rival named before", () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs.\n\nSaltvik Motors, a rival, cut 1,000 jobs last year. Chief executive Jane Roe said Kestrel Motors had no choice.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Kestrel Motors');
  });

  it('a company named only as a point of comparison ("those at Saltvik") is not the paragraph\'s company', () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs.\n\nThe cuts mirror those at Saltvik Motors. Chief executive Jane Roe said the market was weak.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Kestrel Motors');
  });

  it('a paragraph about a rival still gives the rival', () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs.\n\nSaltvik Motors, a rival, cut 1,000 jobs last year. Chief executive Jane Roe said the market was weak.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Saltvik Motors');
  });
});
