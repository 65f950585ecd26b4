import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub: string) => extract(text, pub).events();

describe('", and" with a subject or a time of its own: its date is not the figure’s before it', () => {
  it('"In 2013 it announced 1,000 job cuts …, and it sold its insurer after a bailout in 2008": 2013', () => {
    const text = [
      'Norrvik Bank said on Monday it would cut 7,000 jobs over five years.',
      'In 2013 it announced 1,000 job cuts at its retail arm, and it sold its insurer after a state bailout in 2008.',
    ].join(' ');
    expect(events(text, '2016-10-04')).toContainEqual(expect.objectContaining({ count: 1000, when: '2013' }));
  });

  it('"In 2020, … 2,000 job cuts …, and earlier this summer it said it would remove 700 roles": each its own date', () => {
    const text = [
      'Kestrel Post could cut as many as 10,000 jobs by next August, its owner said on Thursday.',
      'In 2020, Kestrel Post announced 2,000 management job cuts as it shifted from letters to parcels, and earlier this summer it said it would remove 700 managerial roles.',
    ].join(' ');
    const found = events(text, '2022-08-26');
    expect(found).toContainEqual(expect.objectContaining({ count: 2000, when: '2020' }));
    expect(found).toContainEqual(expect.objectContaining({ count: 700, when: '2022' }));
  });

  it('", and aims to …" goes on with the same subject: the day it said so still dates the figure', () => {
    const text =
      'PARIS, Nov 16 — Vessa Rail SA will cut 1,500 jobs, mostly in overhead functions, and aims to sell assets, it said on Wednesday.';
    expect(events(text, '2023-11-16')).toContainEqual(expect.objectContaining({ count: 1500, when: '2023-11-15' }));
  });

  it('"The 300 cuts follow a first shrinking a year ago": the year ago dates what they follow, not the round', () => {
    const text = [
      'Brimlea Bio NV plans to eliminate around 300 roles in Europe, about 40% of its workforce.',
      'The 300 cuts follow a first shrinking of the company a year ago, when it handed its European business to Marlo Pharma.',
    ].join(' ');
    const round = events(text, '2025-01-09').find((e) => e.count === 300);
    expect(round?.when).not.toBe('2024');
  });

  it('"That first round, unveiled in February 2023, will eliminate 2,600 jobs" with no round before: February 2023', () => {
    const text = [
      'FRANKFURT, March 4 — Brimlea Chemie AG said last month that it would find further savings at its main site.',
      'That first round, unveiled in February 2023, will eliminate about 2,600 jobs worldwide.',
    ].join(' ');
    expect(events(text, '2024-03-04')).toContainEqual(expect.objectContaining({ count: 2600, when: '2023-02' }));
  });

  it('"The voluntary programme, negotiated with unions and opened in July, had drawn 1,600": July dates that round', () => {
    const text = [
      'Brimlea Aero has dismissed about 900 employees, on top of 1,600 who left under a voluntary redundancy scheme.',
      'The voluntary programme, negotiated with unions and opened in July, had already drawn 1,600 sign-ups.',
    ].join(' ');
    expect(events(text, '2020-09-04')).toContainEqual(expect.objectContaining({ count: 1600, when: '2020-07' }));
  });
});
