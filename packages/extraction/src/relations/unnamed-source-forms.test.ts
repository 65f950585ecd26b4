import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('unnamed sources, documents and calls as news writes them', () => {
  it('reads "a company source said" and "who declined to be named" as anonymous sources', () => {
    expect(cited('Norvale Motors will cut 2,000 jobs, a company source said.')).toEqual([
      'Norvale Motors anonymous sources',
    ]);
    expect(cited('Norvale Motors will cut 2,000 jobs, a government official who declined to be named said.')).toEqual([
      'Norvale Motors anonymous sources',
    ]);
    // A source of revenue is no one speaking.
    expect(cited('Norvale Motors will cut 2,000 jobs. Trucks are a major source of revenue.')).toEqual([]);
  });

  it('reads a document sent to employees as an internal memo', () => {
    expect(cited('Norvale Motors will cut 2,000 jobs, according to a document sent to employees.')).toEqual([
      'Norvale Motors internal memo',
    ]);
  });

  it('reads a results call and a media call as briefings', () => {
    expect(
      cited('Norvale Motors will cut 2,000 jobs, Jan Holm said during the company’s quarterly results call.'),
    ).toHaveLength(1);
    expect(cited('Norvale Motors will cut 2,000 jobs, Jan Holm told journalists on a media call.')).toHaveLength(1);
  });

  it('hears a rating agency named with its "’s" speak', () => {
    expect(
      extract('Norvale Motors will cut 2,000 jobs. Rating agency Vessla’s said the plan was credit positive.').cited(),
    ).toHaveLength(1);
  });

  it('reads what a company communicates to a market regulator or releases to an exchange as a filing', () => {
    expect(
      cited('Tarvik Banco will cut 900 jobs, the bank communicated to the National Securities Commission on Monday.'),
    ).toEqual(['Tarvik Banco filings']);
    expect(
      cited('Tarvik Steel will cut 900 jobs, the company said in a release to the Kora Stock Exchange.'),
    ).toHaveLength(1);
  });

  it('cites an outlet given statements and reads union sources as the union', () => {
    expect(
      cited('Norvale Motors will cut 2,000 jobs, explained its president, Juan Pérez, in statements to Radio Kora.'),
    ).toEqual(['Radio Kora']);
    expect(cited('Norvale Motors will cut 2,000 jobs, union sources said on Monday.')).toEqual(['union sources']);
  });
});
