import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Vessla Steel is to shed 300 posts at its Orsk mill.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('a press service is read as a spokesperson: whose it is', () => {
  it('the press service of another company named after it is that company’s', () => {
    expect(
      cited(
        'The mill supplies rails to Kestrel Rail. The press service of Kestrel Rail said it would find other suppliers.',
      ),
    ).toEqual(['Kestrel Rail press service']);
  });

  it('the press office of a council speaks for the council, not for the company in focus', () => {
    const found = cited('The cuts will hurt the town, the press office of the Orsk Regional Council said.');
    expect(found).not.toContain('Vessla Steel press service');
    expect(found).toContain('Orsk Regional Council');
  });

  it('near miss: the press service of the company in focus, or "the company’s press office", stays its own', () => {
    expect(cited('The cuts will begin in May, the press service of Vessla Steel said.')).toEqual([
      'Vessla Steel press service',
    ]);
    expect(cited("The cuts will begin in May, the company's press office said.")).toEqual([
      'Vessla Steel press service',
    ]);
  });
});
