import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { eventRows } from './event-rows.js';

const rounds = (text: string) => extract(text, '2025-03-12').events();

describe('the first figure of the lede, dated nowhere, is the news of the publication day', () => {
  it('dates "Norrvik Media is to cut up to 300 jobs" opening the body by the publication day', () => {
    expect(
      rounds(
        'Norrvik Media to axe 300 roles\n\n' +
          'Norrvik Media is to cut up to 300 jobs, about 8% of its staff, as advertising falls. ' +
          'The publisher said the newsroom would be hit hardest.',
      ),
    ).toMatchObject([{ org: 'Norrvik Media', count: 300, when: '2025-03-12' }]);
  });

  it('leaves an earlier round told after the first figure of the lede undated', () => {
    const events = rounds(
      'Kestrel Aero dismisses 900\n\nKestrel Aero has dismissed about 900 employees, on top of 1,600 who left under a voluntary scheme. ' +
        'The planemaker blamed weak orders.',
    );
    expect(events).toContainEqual(expect.objectContaining({ count: 900, when: '2025-03-12' }));
    expect(events.find((e) => e.count === 1600)?.when ?? null).toBeNull();
  });

  it('keeps a date the lede gives', () => {
    expect(
      rounds('Vessla Bank to cut jobs\n\nVessla Bank said on 3 February 2025 that it would cut 700 jobs.'),
    ).toMatchObject([{ count: 700, when: '2025-02-03' }]);
  });

  it('dates the lede\'s round "this year" by the publication day (the year is when the cuts fall)', () => {
    expect(
      rounds(
        'Kestrel Motors offers 900 voluntary exits\n\n' +
          'Kestrel Motors has agreed with unions to offer up to 900 voluntary departures at its plants this year.',
      ),
    ).toMatchObject([{ count: 900, when: '2025-03-12' }]);
  });

  it('dates a lede round with no figure ("an unspecified number of staff") by the publication day', () => {
    expect(
      rounds(
        'Kestrel Air to send staff home\n\n' +
          'Kestrel Air has notified unions that it will declare an unspecified number of staff redundant. ' +
          'The carrier blamed the grounding of its fleet.',
      ),
    ).toMatchObject([{ org: 'Kestrel Air', count: null, when: '2025-03-12' }]);
  });

  it('leaves a figureless lede round already carried out undated', () => {
    expect(
      rounds(
        'Kestrel Air sends staff home\n\n' +
          'Kestrel Air has already laid off staff across its network since the fleet was grounded.',
      ),
    ).toMatchObject([{ org: 'Kestrel Air', count: null, when: null }]);
  });

  it('leaves the lede move of a company with a counted round to that round', () => {
    const events = rounds(
      'Hallberg folds two divisions into one\n\n' +
        'The German maker of detergents says it will fold two of its three divisions into one. Here is what we know.\n\n' +
        'What is changing?\nHallberg is merging its laundry division and its beauty division into a single business.\n\n' +
        'How many jobs will go?\nAbout 2,000. The group said the positions would go mainly in administration.',
    );
    expect(events.filter((e) => e.when === '2025-03-12' && e.count === null)).toEqual([]);
  });

  it('dates no round of a snippet without a title', () => {
    expect(rounds('Norrvik Media is to cut up to 300 jobs, about 8% of its staff.')).toMatchObject([
      { count: 300, when: null },
    ]);
  });
});

describe('a headline restructuring without a figure', () => {
  it('is news of the day the article speaks from when its company has no counted round', () => {
    const rows = eventRows(
      'Tarvo Motors board clears split into two listed companies\n\nThe split completes a reorganisation that began ' +
        'when the company moved its car business into a subsidiary in January 2022.',
      '2024-03-05',
      'kind',
      'when',
    );
    expect(rows[0]).toEqual(['restructuring', '2024-03-05']);
  });
});
