import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const rounds = (text: string, pub = PUB) => extract(text, pub).events();

describe('figures and rounds as news from many countries writes them', () => {
  it('reads thousands grouped by a plain space ("1 700"), as South African and French papers write them', () => {
    expect(
      rounds(
        'Kora Mining Ltd said the closure of its Delmas shaft would result in the retrenchment of about 1 700 employees.',
      ),
    ).toMatchObject([{ org: 'Kora Mining', count: 1700 }]);
    expect(rounds('Norrvik Group will cut 12 500 jobs, it said.')).toMatchObject([{ count: 12500 }]);
    // A year before a count is no thousands group, nor a count of its own.
    expect(rounds('In 2019 450 workers at Norrvik Group were laid off.')).toMatchObject([
      { org: 'Norrvik Group', count: 450, when: '2019' },
    ]);
  });

  it('reads layoff warnings and notices handed to workers', () => {
    expect(rounds('Vessla Steel has issued layoff warnings to 1,000 employees at its Marlow mill.')).toMatchObject([
      { org: 'Vessla Steel', count: 1000 },
    ]);
  });

  it('reads a dismissal of workers told with an adverb before the participle, dated by "Already in September"', () => {
    expect(
      rounds(
        'Vessla Steel idled a furnace. Already in September, 400 employees had been temporarily laid off.',
        '2023-12-13',
      ),
    ).toMatchObject([{ org: 'Vessla Steel', count: 400, when: '2023-09' }]);
  });
});
