import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const events = (text: string, pub: string | null = PUB) => extract(text, pub ?? undefined).events();

describe('restructurings that are events of their own', () => {
  it('reads insolvency as a restructuring', () => {
    expect(events('Norrvik Airlines filed for Chapter 11 bankruptcy protection in New York on May 6.')).toEqual([
      { kind: 'restructuring', org: 'Norrvik Airlines', count: null, percent: null, when: '2024-05-06' },
    ]);
    expect(events('Hallberg Shipyards Ltd went into administration in March.')[0]).toMatchObject({
      kind: 'restructuring',
      when: '2024-03',
    });
  });

  it('reads the sale of a stake given as a percentage', () => {
    expect(
      events(
        'On 2 October 2020, the Oslo-based chemicals group Hallberg said it would sell a 50% stake in its Texas complex.',
      ),
    ).toEqual([{ kind: 'restructuring', org: 'Hallberg', count: null, percent: null, when: '2020-10-02' }]);
  });

  it('keeps an insolvency beside a figure apart from the round of cuts, both dated by an opening When-clause', () => {
    expect(
      events('When the parent went into administration in March, Hallberg AG said 50 people would be made redundant.'),
    ).toEqual([
      { kind: 'restructuring', org: 'Hallberg', count: null, percent: null, when: '2024-03' },
      { kind: 'layoff', org: 'Hallberg', count: 50, percent: null, when: '2024-03' },
    ]);
  });
});

describe('figures between other words', () => {
  it('reads a place or an adverb between the jobs and their verb', () => {
    expect(events('Norrvik Group said up to 14,000 jobs in North America could go.')[0]?.count).toBe(14000);
    expect(events('Norrvik Group said roughly 2,300 hourly workers will still lose their jobs.')[0]?.count).toBe(2300);
    expect(
      events('Headcount in parts of the two Hallberg AG divisions could fall by as much as a fifth.')[0],
    ).toMatchObject({
      count: null,
      percent: 20,
    });
  });

  it('does not take a part introduced by "including" for the share of the round', () => {
    expect(
      events('Norrvik Group said up to 14,000 jobs could go, including 15 per cent of its salaried workforce.')[0],
    ).toMatchObject({ count: 14000, percent: null });
  });
});

describe('dates as news gives them', () => {
  it('dates a round by a weekday in an opening "In a statement on …," adverbial', () => {
    expect(events('In a statement on Monday, Hallberg AG said 2,000 jobs would go.')[0]?.when).toBe('2024-05-06');
  });

  it('speaks from the dateline when no publication date is known', () => {
    expect(
      events('LONDON, 14 May 2025 (Kora Wire) – Hallberg AG said on Wednesday it would cut about 1,700 jobs.', null),
    ).toEqual([{ kind: 'layoff', org: 'Hallberg', count: 1700, percent: null, when: '2025-05-14' }]);
  });

  it('reads parts of the year and spans back from the publication date', () => {
    expect(events('Hallberg AG eliminated about 1,500 positions in the first three months of the year.')[0]?.when).toBe(
      '2024',
    );
    expect(
      events('The cuts follow a decision announced 10 days earlier to eliminate 80 positions at Hallberg AG.')[0]?.when,
    ).toBe('2024-04-28');
  });

  it('dates a round from an aside that tells when it was announced', () => {
    expect(
      events(
        'Vessla Group will cut around 8,000 roles by the end of 2026. The figure, disclosed alongside full-year results on Thursday, is a cumulative one.',
      )[0]?.when,
    ).toBe('2024-05-02');
    expect(
      events(
        'Under the restructuring plan, first set out in March, Vessla Group will be split into four businesses.',
      )[0]?.when,
    ).toBe('2024-03');
  });
});
