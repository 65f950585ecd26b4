import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const counts = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => e.count);

describe('figures that count things or name steps are no job counts', () => {
  it('a bare figure of management layers, shifts or stores is not a round of job cuts', () => {
    expect(
      counts(
        'Vessla Pharma will cut 6,000 jobs. This will include cutting at least three to four layers of management in ' +
          'its research and manufacturing divisions.',
      ),
    ).toEqual([6000]);
    expect(counts('Kora Foods will cut two shifts at its plant in Leeds and cut 300 jobs.')).toEqual([300]);
  });

  it('"phase one of the job cut" and "stage 2" name a step of the round', () => {
    expect(
      counts(
        'Norrvik Telecom will cut up to 2,000 jobs. Staff affected by phase one of the job cut will be offered ' +
          'early retirement packages.',
      ),
    ).toEqual([2000]);
    expect(counts('Hallberg AG said stage 2 of the job cut would start in June, after it cut 900 jobs.')).toEqual([
      900,
    ]);
  });

  it('a bare figure before a place or a time is still the round', () => {
    expect(counts('Kora Bank will cut 400 in Germany this year.')).toEqual([400]);
  });
});

describe('what makes a figure in a restructuring a round of job cuts, and its month', () => {
  it('"axe", "terminate" and "let go" name cuts even inside a restructuring', () => {
    for (const text of [
      'Kora Bank is set to axe 1,100 jobs in a restructuring effort.',
      'Kora Bank will terminate 300 employees as part of a restructuring.',
      'Kora Bank will let go of 300 employees as part of a restructuring.',
    ])
      expect(extract(text).events()[0]?.kind).toBe('layoff');
  });

  it('reads "August of 2016" as a month', () => {
    expect(extract('Kora Bank pledged to cut 5,500 jobs in August of 2016.').events()[0]?.when).toBe('2016-08');
  });
});

describe('closures announced as plans', () => {
  it('"announced plans to close/shutter at least three of its plants" is the company\'s own restructuring', () => {
    for (const text of [
      'Vessla Motors announced plans to close three plants.',
      'Vessla Motors has announced plans to shutter at least three of its plants in Germany.',
    ])
      expect(extract(text).events()).toMatchObject([{ kind: 'restructuring', org: 'Vessla Motors' }]);
  });

  it('a union reporting plans still credits the company named in the reported clause', () => {
    expect(extract('The Kora union said that Vessla Motors plans to close three plants.').events()).toMatchObject([
      { kind: 'restructuring', org: 'Vessla Motors' },
    ]);
  });
});

describe('a share told in the next sentence', () => {
  it('"The restructuring amounts to up to 6% of its workforce" is the share of the round just reported', () => {
    expect(
      extract(
        'Vessla Motors said on Thursday it will cut up to 4,000 jobs. The restructuring amounts to up to 6% of its ' +
          'domestic workforce.',
      ).events(),
    ).toMatchObject([{ count: 4000, percent: 6 }]);
  });

  it('reads "16% of the 9,800 people employed at the site" as the share of the round, not a round of 9,800', () => {
    expect(
      extract(
        'Kestrel Steel will cut 1,600 jobs at its Marlow plant, the company said. The reductions, roughly 16% of ' +
          'the 9,800 people employed at the site, will fall on support staff.',
        '2024-05-08',
      ).events(),
    ).toMatchObject([{ count: 1600, percent: 16 }]);
  });

  it('a share written with a word ("10 percent of its employees") is no count of ten jobs', () => {
    const events = (text: string) => extract(text, '2024-05-08').events();
    expect(events('Harlow Textiles will cut 10 percent of its employees.')).toMatchObject([
      { count: null, percent: 10 },
    ]);
    expect(events('Harlow Textiles will lay off 12 per cent of staff.')).toMatchObject([{ count: null, percent: 12 }]);
  });
});
