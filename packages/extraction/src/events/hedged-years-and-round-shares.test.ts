import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2011-03-14')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count]);

describe('a year right before a hedged figure is no count (numbers.ts DIGITS)', () => {
  it('a dateline\'s "12 March, 2011 Around 2,000 miners have been sacked" counts 2,000', () => {
    expect(rounds('Orsk Mining S.A. news\n\n12 March, 2011 Around 2,000 miners have been sacked.')).toEqual([
      ['Orsk Mining', 2000],
    ]);
  });

  it('"March 12, 2011 some 700 workers were laid off" counts 700', () => {
    expect(rounds('Kestrel Steel S.A. news\n\nMarch 12, 2011 some 700 workers were laid off.')).toEqual([
      ['Kestrel Steel', 700],
    ]);
  });

  it('near miss: a count that is no year keeps the size of the whole after it ("900 of about 4,000 jobs")', () => {
    expect(rounds('Vessla Foods S.A. will cut 900 of about 4,000 jobs.')).toEqual([['Vessla Foods', 900]]);
  });
});

const shares = (text: string) =>
  extract(text, '2011-03-03')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count, e.percent]);

/** A lede with a count, four sentences that size nothing, then `share`. */
const told = (share: string) =>
  [
    'Kestrel Corp. will cut 605 jobs, it said on Thursday.',
    'The firm blamed falling sales.',
    '"We must act now," said chairman Jon Roe.',
    'Details are still being worked out.',
    'The changes start in May.',
    share,
  ].join('\n\n');

describe('a share of the told round inside a later sentence (extract-events.ts ROUND_SHARE_RE)', () => {
  it('"the redundancies — involving 12.5 percent of the payroll — start in May" sizes the 605 round', () => {
    expect(
      shares(told('Jane Roe told staff that the redundancies — involving 12.5 percent of the payroll — start in May.')),
    ).toEqual([['Kestrel', 605, 12.5]]);
  });

  it('"All told, the dismissals represented nearly 8% of its staff" sizes the 605 round', () => {
    expect(shares(told('All told, the dismissals represented nearly 8% of its staff.'))).toEqual([['Kestrel', 605, 8]]);
  });

  it('near miss: a share of another kind ("the cuts in pay involve 8%") leaves the round alone', () => {
    expect(shares(told('Kestrel also said that pay for managers will fall by 8% this year.'))).toEqual([
      ['Kestrel', 605, null],
    ]);
  });

  it('near miss: two rounds with different counts told before: the share sizes neither', () => {
    const text = [
      'Kestrel Corp. will cut 605 jobs, it said on Thursday.',
      'Its Orsk unit will also cut 90 jobs.',
      'Details are still being worked out.',
      'The changes start in May.',
      'All told, the dismissals represented nearly 8% of its staff.',
    ].join('\n\n');
    expect(shares(text).filter((r) => r[2] === 8 && r[1] !== null)).toEqual([]);
  });
});
