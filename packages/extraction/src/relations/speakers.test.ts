import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text, '2024-05-08').cited().sort();

describe('citations as news cites them', () => {
  it('cites unions and other commenting bodies that speak, not the companies reported on', () => {
    expect(
      cited(
        'Norrvik Group will cut 2,000 jobs. The Kora Workers Union said it would fight the cuts. Hallberg AG said it had no plans to cut jobs.',
      ),
    ).toEqual(['Kora Workers Union']);
    expect(cited('Norrvik Group will cut 2,000 jobs, according to the local metalworkers’ union.')).toEqual([
      'metalworkers’ union',
    ]);
    expect(
      cited('Norrvik Group will cut 2,000 jobs. Trade union Vakka said the company had broken its promises.'),
    ).toEqual(['Vakka']);
  });

  it('cites a brokerage that pegs, downgrades or upgrades a company', () => {
    expect(
      cited(
        'Norrvik Hotels Ltd listed on Wednesday. Kessler Brandt Securities pegged its fair value at Rs 113 to Rs 170.',
      ),
    ).toEqual(['Kessler Brandt Securities']);
  });

  it('cites the firm of an analyst who speaks', () => {
    expect(
      cited('Norrvik Group will cut 2,000 jobs. Jane Roe, an analyst at Kessler Brandt, said the cuts were overdue.'),
    ).toEqual(['Kessler Brandt']);
  });

  it('recognises outlets from how they are cited', () => {
    expect(cited('Norrvik Group will cut 2,000 jobs, the chief executive told the Kora Daily on Monday.')).toEqual([
      'Kora Daily',
    ]);
    expect(cited('Most of the cuts will fall in Spain, El Norte reported.')).toEqual(['El Norte']);
    expect(cited('The plan was first reported by business daily Vessla Handel.')).toEqual(['Vessla Handel']);
    expect(cited('Norrvik Group is closing regional offices, Kora42 and other outlets reported.')).toEqual(['Kora42']);
  });

  it('names spokespeople, exchange filings, trading statements and public posts after the company', () => {
    expect(cited('Norrvik Group will cut 2,000 jobs, a Norrvik Group spokesperson said.')).toEqual([
      'Norrvik Group spokesperson',
    ]);
    expect(
      cited(
        'Hallberg AG will cut 900 jobs, it said in a statement to the Oslo Stock Exchange. It also published a trading statement.',
      ),
    ).toEqual(['Hallberg filings', 'Hallberg trading statement']);
    expect(cited('Hallberg AG said in a post on its WeChat account that it would split into four.')).toEqual([
      'Hallberg WeChat post',
    ]);
  });

  it('does not take a modifier or a common word for a source', () => {
    expect(cited('Norrvik Group cut 200 workers, according to WARN notices.')).toEqual(['Norrvik Group WARN notice']);
    expect(cited('While analysts welcomed the plan, Norrvik Group shares fell.')).toEqual([]);
  });
});

describe('who a union is not', () => {
  it('never takes a union for the company a statement or "the company" refers to', () => {
    const x = extract(
      'Hallberg Steel Ltd will close its mill. The National Union of Kora Metalworkers (NUKM) said the closure would be catastrophic. In an exchange announcement, the company said production would stop in January.',
    );
    expect(x.cited().sort()).toEqual(['Hallberg Steel exchange announcement', 'National Union of Kora Metalworkers']);
  });

  it('gives a restructuring reported by a union to the company the union names', () => {
    const x = extract('Trade union Vakka said Hallberg AG had announced restructuring after restructuring.');
    expect(x.events().map((e) => e.org)).toEqual(['Hallberg']);
    expect(x.cited()).toEqual(['Vakka']);
  });
});

describe('unions described like companies', () => {
  it.each([
    [
      "Norrvik Aero will cut 9,000 jobs. Unite, the country's largest union in aerospace, said it would fight.",
      'Unite',
    ],
    [
      'Norrvik Aero will cut 9,000 jobs. Kraft Ouvriere, the second-largest union at the plant, called the plan a betrayal.',
      'Kraft Ouvriere',
    ],
  ])('%s', (text, union) => {
    const x = extract(text);
    expect(x.cited()).toEqual([union]);
    expect(x.names('Person')).toEqual([]);
  });
});
