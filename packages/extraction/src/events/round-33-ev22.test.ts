import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a closure told with its consequence for the staff', () => {
  it('"the closure of its plant … has left more than 500 employees without a paycheck": a round of 500', () => {
    const text =
      'Kestrel Foams to close Norrvik plant\n\n' +
      'Kestrel Foams will close its plant in Norrvik by the end of the year, the company said on Monday.\n\n' +
      'The sudden closure of the Norrvik plant, on the river across from Orsk, has left more than 500 employees ' +
      'without a paycheck.\n';
    expect(rounds(text)).toContainEqual(['layoff', 'Kestrel Foams', 500]);
  });

  it('"shut down its factory, leaving Mara Holm and some 300 other workers without jobs": a round of 300', () => {
    const text =
      'Norrvik factory closure leaves 300 jobless\n\n' +
      'In August, Hallberg Ribbons shut down its Norrvik factory, leaving Mara Holm and some 300 other workers ' +
      'without jobs.\n';
    expect(rounds(text)).toContainEqual(['layoff', 'Hallberg Ribbons', 300]);
    expect(rounds(text).filter((r) => r[2] === 300)).toHaveLength(1);
  });

  it('near miss: the closure leaves staff at another site, no loss told of them — no round', () => {
    const text =
      'Hallberg Ribbons closes Norrvik factory\n\n' +
      'Hallberg Ribbons shut down its Norrvik factory in August, leaving some 300 workers at its Orsk plant, which ' +
      'takes over the work.\n';
    expect(rounds(text).map((r) => r[2])).not.toContain(300);
  });

  it("near miss: the closure of no site (a border, a government shutdown) tells no company's round", () => {
    for (const line of [
      'The closure of the border with Norland has left more than 5,000 truck drivers without pay, the carrier said.',
      'The government shutdown has left some 800,000 federal employees without pay.',
    ]) {
      const text = `Kestrel Airlines warns on bookings\n\nKestrel Airlines said on Monday bookings fell in March. ${line}\n`;
      expect(rounds(text)).toEqual([]);
    }
  });

  it('near miss: a consequence with a loss but no closure (a sale) is left to the other rules', () => {
    const text =
      'Vessla Mills sells Tarvo unit\n\n' +
      'Vessla Mills sold its Tarvo unit to Marlow Group, which left 120 contracts without a signature.\n';
    expect(rounds(text).map((r) => r[2])).not.toContain(120);
  });
});

describe('an approximate figure restating a finer one, its modifier before the figure’s phrase', () => {
  it('"the jobs of over 900 workers are at risk" after "907 jobs": one round of 907', () => {
    const text =
      'Kestrel Tyres plant faces closure with 907 jobs at risk\n\n' +
      'Kestrel Tyres will close its Norrvik plant, with the loss of at least 907 factory jobs. A local paper ' +
      'reports that the jobs of over 900 workers are at risk as Kestrel Tyres winds down the plant.\n';
    const got = rounds(text);
    expect(got).toContainEqual(['layoff', 'Kestrel Tyres', 907]);
    expect(got.map((r) => r[2])).not.toContain(900);
  });

  it('near miss: another company’s approximate figure stays its own round', () => {
    const text =
      'Kestrel Tyres to cut 907 jobs\n\n' +
      'Kestrel Tyres will close its Norrvik plant, with the loss of at least 907 factory jobs.\n\n' +
      'Marlow Rubber, its rival, said the jobs of over 900 workers at its own Orsk plant would go next year.\n';
    expect(rounds(text)).toContainEqual(['layoff', 'Marlow Rubber', 900]);
  });
});
