import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a round of cuts named as an exercise the company runs', () => {
  const MINES = 'Mine unions warn of more cuts\n\n';

  it('"Kestrel Platinum recently finished a retrenchment exercise at its two mines": a layoff without a figure', () => {
    expect(
      rounds(`${MINES}Kestrel Platinum recently finished a retrenchment exercise at its Orm and Vessla mines.`),
    ).toContainEqual(['layoff', 'Kestrel Platinum', null]);
  });

  it('"Norrvik Media will begin launching large-scale redundancy rounds": a layoff without a figure', () => {
    expect(
      rounds(
        `Publisher to cut costs\n\nNorrvik Media will begin launching large-scale redundancy rounds from Thursday.`,
      ),
    ).toContainEqual(['layoff', 'Norrvik Media', null]);
  });

  it('near miss: "The union criticised the retrenchment exercise at Kestrel Platinum" (only named) is no round', () => {
    expect(rounds(`${MINES}The union criticised the retrenchment exercise at Kestrel Platinum.`)).toEqual([]);
  });

  it('near miss: "Kestrel Platinum started talks on the redundancy process" (talks about it) is no round', () => {
    expect(rounds(`${MINES}Kestrel Platinum started talks on the redundancy process with the union.`)).toEqual([]);
  });
});
