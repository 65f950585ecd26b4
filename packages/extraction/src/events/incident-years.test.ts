import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string) => extract(text, '2015-08-29').cuts();

describe('the year of a mishap a round follows is not the round’s date', () => {
  it('leaves "after two plane crashes in 2014" out of the date of the cuts', () => {
    expect(
      cuts(
        'Norrvik Air is to cut one third of its workforce as part of its efforts to recover after two plane crashes in 2014. An estimated 6,000 out of 20,000 staff will be let go.',
      ),
    ).toEqual([{ count: 6000, percent: 33, when: null }]);
  });

  it('still dates a round told as "after cutting 500 jobs in 2014"', () => {
    expect(
      cuts('Norrvik Air said on Monday that it will cut 300 jobs, after cutting 500 jobs in 2014 following a fire.'),
    ).toEqual([
      { count: 300, percent: null, when: '2015-08-24' },
      { count: 500, percent: null, when: '2014' },
    ]);
  });
});
