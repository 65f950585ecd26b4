import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { eventRows } from './event-rows.js';

const events = (text: string, pub = '2025-04-03') => extract(text, pub).events();

describe('one round written several ways', () => {
  it('joins "the 4,000 cuts" to the round wherever it stands and whoever speaks', () => {
    const text = [
      'Analysts at Carnegie said the 4,000 cuts at Norrvik Motors would save about 2 billion crowns a year.',
      'Norrvik Motors said on Tuesday it would cut 4,000 jobs.',
      'Kessler AG, a supplier, told Reuters it would also trim about 300 roles.',
      '"We regret the 4,000 layoffs," said Norrvik Motors chief executive Anna Berglund.',
    ].join(' ');
    expect(events(text)).toEqual([
      { kind: 'layoff', org: 'Norrvik Motors', count: 4000, percent: null, when: '2025-04-01' },
      { kind: 'layoff', org: 'Kessler', count: 300, percent: null, when: null },
    ]);
  });

  it('never credits a round to the analyst firm or union that reports it', () => {
    const text =
      'Hallberg Paper Oyj will close its Tampere mill. Analysts at Norr Securities said 700 workers would lose their jobs.';
    expect(events(text).map((e) => e.org)).not.toContain('Norr Securities');
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Hallberg Paper', count: 700 }));
  });

  it('keeps an earlier round at a plant apart from the new one when the text says it came before', () => {
    const text = [
      'Brightwell Pharma will cut 1,300 jobs in Ireland over two years, the drugmaker said on Thursday.',
      'SIPTU, the trade union, said it was shocked by the job losses, which come two years after Brightwell cut 600 jobs at its Cork plant.',
    ].join(' ');
    expect(events(text).map((e) => e.count)).toEqual([1300, 600]);
  });

  it('never gives the figure of a round to a sale reported before it', () => {
    const text = [
      'The conglomerate Kestrel Holdings said on May 9, 2025 that it will cut about 10,000 jobs.',
      'In 2023 it sold a majority stake in its car-electronics unit, Kestrel Auto Systems, to Vessel Partners.',
      'The 10,000 job cuts mark the deepest reshaping of the company in a decade.',
    ].join(' ');
    const cuts = events(text).filter((e) => e.count === 10000);
    expect(cuts).toEqual([
      { kind: 'layoff', org: 'Kestrel Holdings', count: 10000, percent: null, when: '2025-05-09' },
    ]);
  });
});

describe('who a reported round belongs to', () => {
  it('gives "the group" of a speaker the speaker\'s own company', () => {
    const text = [
      'Norrvik Telecom AB said on Thursday it would cut 5,000 jobs. Norrvik Telecom shares fell 3%.',
      'Maria Lind became chief executive of Kestrel Mobile Ltd in March.',
      'On Tuesday, in her first results, Maria Lind said the group would cut 1,100 jobs over three years.',
    ].join(' ');
    expect(events(text, '2023-05-19')).toContainEqual({
      kind: 'layoff',
      org: 'Kestrel Mobile',
      count: 1100,
      percent: null,
      when: '2023-05-16',
    });
  });

  it("credits a rival's round to the rival, named after a possessive or before a relative clause that reports", () => {
    expect(
      events("Kestrel Telecom AB's Finnish rival Norrvik Oyj said in 2021 that it would cut up to 10,000 jobs.")[0],
    ).toMatchObject({ org: 'Norrvik', count: 10000 });
    const text =
      "Kestrel Telecom AB cut 8,500 jobs on Friday. Kestrel's Finnish rival Norrvik Oyj, which said in 2021 that it would cut up to 10,000 jobs over two years, has said it will keep costs under review.";
    expect(events(text)).toContainEqual({ kind: 'layoff', org: 'Norrvik', count: 10000, percent: null, when: '2021' });
  });

  it('joins a count told with the same share to the round the share alone reported, and keeps a different share apart', () => {
    const text =
      'Bosses at Halden Bank said that around 12% of roles will be cut. The bank said the restructure is expected to ' +
      'result in a net reduction of approximately 400 roles (12%) across the bank.';
    expect(events(text)).toEqual([{ kind: 'layoff', org: 'Halden Bank', count: 400, percent: 12, when: null }]);
    const apart =
      'Halden Bank will cut a fifth of its staff. The bank said it would cut 900 jobs, or 6% of its workforce, at its cards unit.';
    expect(events(apart).map((e) => [e.count, e.percent])).toEqual([
      [null, 20],
      [900, 6],
    ]);
  });
});

describe('one round told on two days of the same week', () => {
  it('is one event, dated by the first day told', () => {
    const text =
      'Harlow Motors will cut 6,000 jobs, it said on Tuesday. Shares rose 3%. Ann Lo, the chief executive, told ' +
      'reporters on Wednesday that about 6,000 roles would be affected.';
    const rows = eventRows(text, '2024-09-04', 'count', 'when');
    expect(rows).toEqual([[6000, '2024-09-03']]);
  });
});
