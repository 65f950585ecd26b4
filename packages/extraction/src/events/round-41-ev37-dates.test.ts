import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 41 (ev37): days that date no round and count nothing', () => {
  it('takes no date from a next sentence opened by its own day ("On 4 May 2023, the staff went on strike")', () => {
    const text =
      'Kestrel Foundry has dismissed 120 workers at its Orsk plant. It plans to cut another 80 jobs there. ' +
      'On 4 May 2023, the workforce staged a strike over pay.';
    const when = extract(text, '2024-01-10')
      .events()
      .find((e) => e.count === 80)?.when;
    expect(when).toBeNull();
  });

  it('still dates a round from a next sentence opened by the day it was told ("On 4 May 2023, it said …")', () => {
    const text =
      'Kestrel Foundry will lay off 80 workers at its Orsk plant. ' +
      'On 4 May 2023, the group said the plant had lost orders for two years.';
    expect(extract(text, '2024-01-10').events()).toEqual([
      { kind: 'layoff', org: 'Kestrel Foundry', count: 80, percent: null, when: '2023-05-04' },
    ]);
  });

  it('still dates a round from a filing dated mid-sentence in the next sentence', () => {
    const text =
      'Vessla Paper will cut 300 jobs at its Norrvik mill. The company disclosed the figure in a filing on 4 May 2023 ' +
      'to the stock exchange.';
    expect(extract(text, '2024-01-10').events()[0]?.when).toBe('2023-05-04');
  });

  it('reads no count from the day of a month after "by" ("will reduce its staff by 15 June")', () => {
    const events = extract(
      'The Kestrel Lodge hotel in Orsk is closing its doors. Kestrel Lodge will reduce its staff by 15 June.',
      '2020-05-02',
    ).events();
    expect(events.some((e) => e.count === 15)).toBe(false);
    // A figure after "by" with no month after it stays the size of the cut.
    expect(
      extract('Kestrel Lodge will reduce its staff by 15 over the summer.', '2020-05-02')
        .events()
        .some((e) => e.count === 15),
    ).toBe(true);
  });
});
