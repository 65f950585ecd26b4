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

  it('near miss: a consequence with a loss but no closure (a sale) is left to the other rules', () => {
    const text =
      'Vessla Mills sells Tarvo unit\n\n' +
      'Vessla Mills sold its Tarvo unit to Marlow Group, which left 120 contracts without a signature.\n';
    expect(rounds(text).map((r) => r[2])).not.toContain(120);
  });
});
