import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('records and figures cited as showing something', () => {
  it('cites public records, company data, government figures, court documents and filed accounts', () => {
    expect(cited('Norrvik Steel lost 12 million crowns last year, the latest public records show.')).toEqual([
      'public records',
    ]);
    expect(cited('Kestrel Insurance made a loss of 40 million, company data showed.')).toEqual(['company data']);
    expect(cited('Vessla Foods will shut two plants. Official government figures showed prices rose.')).toEqual([
      'official government figures',
    ]);
    expect(cited('Orsk Mining will cut 300 jobs, court documents revealed on Monday.')).toEqual(['court documents']);
    expect(
      cited('Norrvik Textiles lost 3 million in 2019, according to accounts lodged with the Orsk Registry in May.'),
    ).toEqual(['accounts']);
  });

  it('takes no source for sales figures, a bare "the data", or accounts that are not filed', () => {
    expect(cited('Norrvik Steel will cut 200 jobs after sales figures showed a fall.')).toEqual([]);
    expect(cited('Norrvik Steel will cut 200 jobs. The data show a fall in orders.')).toEqual([]);
    expect(cited('Kestrel Bank will close 40 branches as customer accounts moved online.')).toEqual([]);
  });
});
