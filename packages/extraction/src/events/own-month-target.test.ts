import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string, published: string) =>
  extract(text, published)
    .events()
    .map((e) => ({ count: e.count, when: e.when }));

describe("an earlier month a title-case headline looks ahead to is next year's, a target (round 39, ev32)", () => {
  it('a title-case headline "X to Shut Orsk Works in April" looks ahead too', () => {
    expect(
      cuts(
        'Kestrel to Shut Orsk Works in April\n\nKestrel Imaging will shut its Orsk works in April next year, a ' +
          'spokesman said on Wednesday.',
        '2018-11-14',
      ),
    ).toEqual([{ count: null, when: '2018-11-14' }]);
  });

  it('near miss: a past month told with no verb looking ahead, or after a place named after "to", stays this year', () => {
    expect(cuts('Norrvik Paper laid off 120 staff in April, a spokesman said.', '2018-11-14')).toEqual([
      { count: 120, when: '2018-04' },
    ]);
    expect(cuts('Norrvik Paper moved its presses to Orsk in April and laid off 120 staff.', '2018-11-14')).toEqual([
      { count: 120, when: '2018-04' },
    ]);
  });
});
