import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe('round-ups of several companies', () => {
  it('reads "has so far sent home only 80 employees"', () => {
    expect(
      rounds('Although Kestra Airways has so far sent home only 80 employees, it plans to lay off 600 more later.'),
    ).toEqual([
      ['Kestra Airways', 80],
      ['Kestra Airways', 600],
    ]);
  });

  it('gives a lede’s sum over the companies told below to none of them', () => {
    expect(
      rounds(
        'The jobless total rose yesterday with a string of factory and office closures that will lead to 3,000 ' +
          'redundancies.\n\nNorrvik, the Norwegian construction group, is planning to restructure its UK operations ' +
          'with the possible loss of 2,000 jobs at its shipyards in Scotland.\n\nTarnby Mining also announced plans ' +
          'to close its colliery in Vessby, with the loss of 300 jobs.',
      ),
    ).toEqual([
      [null, 3000],
      ['Norrvik', 2000],
      ['Tarnby Mining', 300],
    ]);
  });

  it('still gives a headline figure to the company its lede names', () => {
    expect(
      rounds(
        'Kessa grounds its local airline, putting 1,715 jobs at risk\n\nKessa Airlines Group said on Wednesday that ' +
          'its local subsidiary would stop flying, leaving the future of its 1,715 local employees open.',
      ).map(([org]) => org),
    ).not.toContain(null);
  });

  it('gives a lede told before its company is named ("Around 95 jobs are to be lost at a printing plant.") to it', () => {
    expect(
      rounds(
        '---\ntitle: Nearly 100 jobs to go at print plant\n---\nNearly 100 jobs to go at print plant\n\nAround 95 jobs ' +
          'are to be lost at a printing plant that prints four local dailies.\n\nVessby Printing has confirmed that ' +
          'it was proposing to shut its centre in Tarnmouth.\n\nVessby Printing managing director Jane Roe said staff ' +
          'had accepted the proposals.',
      ),
    ).toContainEqual(['Vessby Printing', 95]);
  });
});
