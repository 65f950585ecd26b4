import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { givesBrokerView } from './broker-views.js';

const cited = (text: string) => extract(text).cited().sort();

describe('research houses cited through their views', () => {
  it('cites the firms of a broker digest, each heading its own lines with a rating in brackets', () => {
    const text =
      'Norvale Motors will cut 2,000 jobs. Here is what the brokers said of Norvale Motors.\n\nKellwick (buy, target raised)\nThe broker calls the plan bold.\n\nOsk Partners (neutral)\nThe analysts see execution risk at Norvale Motors.\n';
    const x = extract(text);
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Kellwick', 'Osk Partners']));
    expect(x.cited()).toEqual(expect.arrayContaining(['Kellwick', 'Osk Partners']));
  });

  it('cites a firm that restates its rating, not a company named in brackets inside a sentence', () => {
    expect(
      cited('Norvale Motors will cut 2,000 jobs. Osk Partners was the most positive, restating its buy rating.'),
    ).toEqual(['Osk Partners']);
    expect(givesBrokerView('Tarvik Bank (hold) said it would cut jobs.', 0, 11)).toBe(false);
  });

  it('cites "the analysts of the bank X" of news translated from Portuguese or Spanish', () => {
    expect(
      cited(
        'Norvale Motors will cut 2,000 jobs. For the analysts of the bank Kellwick Capital, the plan removes a doubt.',
      ),
    ).toEqual(['Kellwick Capital']);
  });
});

describe('outlets and filings cited in the ways other countries write them', () => {
  it('cites a station something was said on', () => {
    expect(
      cited(
        'Norvale Motors will close its plant. The regional minister said on radio station Kora Eins that help was ready.',
      ),
    ).toEqual(['Kora Eins']);
    expect(
      cited(
        'Norvale Motors will close its plant. The minister, speaking on public broadcaster Kora Eins, promised help.',
      ),
    ).toEqual(['Kora Eins']);
  });

  it('cites a notice to the market and a material fact read "according to"', () => {
    expect(
      cited(
        'Tarvik Energia will cut 2,500 jobs in a voluntary exit plan, the company informed in a notice to the market.',
      ),
    ).toEqual(['Tarvik Energia filings']);
    expect(
      cited('Tarvik Energia will cut 900 jobs, according to the material fact sent to the securities regulator.'),
    ).toEqual(['Tarvik Energia material fact']);
  });
});
