import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('dates from neighbouring sentences and mentions', () => {
  it('takes the date of a filing or memo in the next sentence when the event has none', () => {
    const x = extract(
      'Dell is cutting about 5% of its staff, it said in a regulatory filing. The filing, dated March 25, 2024, gave no further detail.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Dell', count: null, percent: 5, when: '2024-03-25' }]);
  });

  it('takes the day of a trailing attribution in the next sentence ("…, Halden said in a statement Monday.")', () => {
    const text =
      'Halden Air will eliminate 600 jobs, including 190 managerial posts. Affected staff will be told over the next ' +
      'month, with most of the restructuring completed by the end of 2017, Halden said in a statement Monday.';
    expect(extract(text, '2017-05-24').events()).toEqual([
      { kind: 'layoff', org: 'Halden Air', count: 600, percent: null, when: '2017-05-22' },
    ]);
    // A day named early in a long next sentence, not told as when it was said, dates nothing.
    const told =
      'Halden Air will eliminate 600 jobs. Staff who were hired on Monday under a programme that was started in ' +
      'the spring to cover the summer season will keep their posts until the end of the year, as planned.';
    expect(extract(told, '2017-05-24').events()[0]?.when).toBeNull();
  });

  it('dates a round told after a plan set out on a day, with its name between ("set out the second stage … on")', () => {
    const story = (lede: string) =>
      extract(
        'Explainer: what the reset means for Kestrel Bio\n\n' +
          lede +
          ' Here is what we know.\n\nHow many jobs are going?\nKestrel Bio said it would reduce its workforce by a ' +
          'further 500 positions, or about 10%, by the end of 2026.',
        '2025-11-08',
      ).events()[0]?.when;
    expect(story('Drug developer Kestrel Bio set out the second stage of its cost programme on 6 November 2025.')).toBe(
      '2025-11-06',
    );
    // A day of something else done (a site opened), not of a plan told, dates nothing.
    expect(
      story('Drug developer Kestrel Bio opened the second building of its research campus on 6 November 2025.'),
    ).not.toBe('2025-11-06');
  });

  it('does not borrow a date from a next sentence that reports figures of its own', () => {
    const x = extract(
      'Flick Social will cut 10% of its workforce. On February 5, 2024, rival Kestrel Video eliminated 150 jobs.',
    );
    expect(x.events().find((e) => e.org === 'Flick Social')!.when).toBeNull();
  });

  it('gives the date of an anaphoric aside to the earlier round, not to the figures beside it', () => {
    const x = extract(
      'Tovik Software will eliminate 1,800 more jobs. The latest round, announced in January 2024, follows an earlier cut in which the company let go of 600 workers.',
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Tovik Software', count: 1800, percent: null, when: '2024-01' },
      { kind: 'layoff', org: 'Tovik Software', count: 600, percent: null, when: null },
    ]);
  });

  it('merges an undated headline figure into the dated report of the same figure', () => {
    const x = extract(
      'Kestrel Video to cut 1,300 jobs\n\nKestrel Video said on February 7, 2023 that it will cut 1,300 jobs, about 15% of its staff.',
    );
    expect(x.events()).toEqual([
      { kind: 'layoff', org: 'Kestrel Video', count: 1300, percent: 15, when: '2023-02-07' },
    ]);
  });

  it('reads "said on Monday, December 4, 2023" as the date of the figure', () => {
    const x = extract(
      'Spotify said on Monday, December 4, 2023, that it will reduce its workforce by about 17%, its third round of cuts this year.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Spotify', count: null, percent: 17, when: '2023-12-04' }]);
  });

  it('joins a headline share and a later count to the same round', () => {
    const x = extract(
      'PayPal to cut 9% of staff\n\nPayPal will reduce its workforce by 9%. The cuts will affect about 2,500 people.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'PayPal', count: 2500, percent: 9, when: null }]);
  });
});

describe('an earlier round dated by how long before the news it came', () => {
  it('"come two years after it eliminated 5,000 positions" dates the earlier round, not the new one', () => {
    const rows = (text: string) =>
      extract(text, '2024-09-04')
        .events()
        .map((e) => [e.count, e.when]);
    expect(
      rows(
        'Harlow Motors said on Tuesday it would cut 2,000 jobs. The cuts come two years after the carmaker ' +
          'eliminated 5,000 positions under a previous plan.',
      ),
    ).toEqual([
      [2000, '2024-09-03'],
      [5000, '2022'],
    ]);
    expect(
      rows('Harlow Motors will cut 2,000 jobs, a move that comes two years after it eliminated 5,000 positions.'),
    ).toEqual([
      [2000, null],
      [5000, '2022'],
    ]);
  });
});

describe('the day an announcement was told, a few sentences before its first figure', () => {
  it('dates the first round told after it (a numbers box, a bullet)', () => {
    const x = extract(
      'Norrvik Motors said on 20 November that it will shrink its European workforce again, blaming weak demand. ' +
        'The carmaker gave the figures below.\n\n4,000\n\nJobs to go across Europe by the end of 2027, most of them in ' +
        'product development.',
      '2024-11-21',
    );
    expect(x.events().find((e) => e.count === 4000)?.when).toBe('2024-11-20');
  });

  it('leaves a round already carried out undated, and stops at a sentence with a date of its own', () => {
    const x = extract(
      'Kestrel Foods announced on Tuesday a review of its European plants. It has already cut 500 jobs. ' +
        'Talks with unions began in 2019. The group will eliminate 300 more roles.',
      '2024-03-07',
    );
    expect(x.events().map((e) => [e.count, e.when])).toEqual([
      [500, null],
      [300, null],
    ]);
  });
});
