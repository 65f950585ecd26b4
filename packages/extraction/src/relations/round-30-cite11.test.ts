import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an unnamed informant described by more than one word', () => {
  it('cites a senior company source', () => {
    const x = extract('Kestrel Motors will cut 500 jobs, a senior company source said on Monday.');
    expect(x.cited()).toEqual(['Kestrel Motors anonymous sources']);
  });

  it('cites a source named after the company', () => {
    const x = extract('Kestrel Motors will cut 500 jobs, a Kestrel source told the newspaper.');
    expect(x.cited()).toEqual(['Kestrel Motors anonymous sources']);
  });

  it('cites a company insider and a staff member as two sources beside the outlet they told', () => {
    const x = extract(
      'Kestrel Motors will cut 500 jobs, a company insider told Orsk Daily. The design team lost 40 people, a staff member told Orsk Daily.',
    );
    expect(x.cited()).toEqual(
      expect.arrayContaining(['Orsk Daily', 'Kestrel Motors anonymous sources', 'Kestrel Motors staff member']),
    );
  });

  it('not a source of revenue, nor an employee who told the court or colleagues', () => {
    const texts = [
      'Kestrel Motors will cut 500 jobs. Parts are a major Kestrel source of revenue, the company said.',
      'Kestrel Motors will cut 500 jobs. An employee told the court that he had been dismissed.',
      'Kestrel Motors will cut 500 jobs. A staff member told colleagues about the plan.',
    ];
    for (const t of texts) expect(extract(t).cited()).not.toContain('Kestrel Motors staff member');
    for (const t of texts) expect(extract(t).cited()).not.toContain('Kestrel Motors anonymous sources');
  });
});

describe('news reports the text cites without naming whose they are', () => {
  it('cites "a media report said", "according to reports" and a sentence opened by "Reports claim" as one source', () => {
    const texts = [
      'Kestrel Motors has laid off nearly 1,000 staff, a media report said.',
      'According to reports from those affected, Kestrel Motors dismissed 300 staff.',
      'Kestrel Motors will cut 500 jobs. Reports claim that this may affect 400 employees.',
    ];
    for (const t of texts) expect(extract(t).cited()).toEqual(['media reports']);
  });

  it('not reports an outlet named after them, a bare "a report said", nor "Reports" inside a name', () => {
    expect(extract('Kestrel Motors will cut 500 jobs, according to reports in the Orsk Daily.').cited()).toEqual([
      'Orsk Daily',
    ]);
    expect(extract('Kestrel Motors will cut 500 jobs, a report said.').cited()).toEqual([]);
    expect(
      extract('Kestrel Motors will cut 500 jobs, said Norrvik Reports claim adjuster Jan Roe.').cited(),
    ).not.toContain('media reports');
  });
});

describe('a news agency named alone on a line under the standfirst', () => {
  const story = (line: string) =>
    `Kestrel to cut 2,000 jobs\n\nA standfirst about the cuts and what they mean for the group.\n\n${line}\n\nKestrel Motors SA is to cut as many as 2,000 jobs.\n`;

  it('cites the agency the paper took the story from', () => {
    expect(extract(story('Bloomberg')).cited()).toEqual(['Bloomberg']);
  });

  it('not a company or a section named alone on that line', () => {
    expect(extract(story('Norrvik Motors')).cited()).toEqual([]);
    expect(extract(story('Business')).cited()).toEqual([]);
  });
});

describe('a paper cited by its one-word name after "according to the"', () => {
  it('cites the paper', () => {
    const x = extract(
      'Kestrel Motors would look for a buyer for the plant, according to the Independent, as it did before.',
    );
    expect(x.cited()).toEqual(['Independent']);
  });

  it('not a longer name that goes on, nor a word no paper is called by alone', () => {
    expect(
      extract('Kestrel Motors will cut 500 jobs, according to the Independent Review Panel.').cited(),
    ).not.toContain('Independent');
    expect(extract('Kestrel Motors will cut 500 jobs, according to the Agency.').cited()).toEqual([]);
  });
});
