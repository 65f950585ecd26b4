import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub?: string) =>
  extract(text, pub)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring');

describe('a unit that opens the story keeps its round when the figure comes with "it"', () => {
  it('"Kestrel Steel South Africa, a unit of Kestrel Steel SA, … It is envisaged that 3,500 jobs …": the unit’s', () => {
    const text = [
      'Kestrel Steel South Africa, a unit of steel major Kestrel Steel SA, announced on Monday that it has decided to wind down its long steel mills.',
      'The company said that it will place the mills into care and maintenance.',
      'It is envisaged that around 3,500 direct and indirect jobs will be impacted.',
    ].join(' ');
    const rounds = events(text).map((e) => [e.org, e.count]);
    expect(rounds).toContainEqual(['Kestrel Steel South Africa', 3500]);
    expect(rounds).not.toContainEqual(['Kestrel Steel', 3500]);
  });

  it('"… the first plant Kestrel has shut. In January it closed …": the company named since is "it"', () => {
    const text = [
      'Kestrel India, a unit of Kestrel Motor, will close its Varnoa plant.',
      'This is not the first plant Kestrel has shut this year.',
      'In January it ended production in Brazil, a decision that cost about 5,000 jobs.',
    ].join(' ');
    expect(events(text).map((e) => [e.org, e.count])).toContainEqual(['Kestrel Motor', 5000]);
  });
});

describe('restructurings without a figure in non-tech prose', () => {
  it('"announced the closure of up to 10% of its stores": a closure told by its share of the stores', () => {
    const rounds = events(
      'Vessla Retail announced on Monday the closure of up to 10% of its stores in Tarmo and Vedra.',
    );
    expect(rounds).toEqual([expect.objectContaining({ kind: 'restructuring', org: 'Vessla Retail', percent: null })]);
  });

  it('the news of the day told first is no mention of a closure dated by a year in the background', () => {
    const text = [
      'Vessla Retail to close up to a tenth of its stores',
      '',
      'Vessla Retail announced on Monday the closure of some of its department stores in Tarmo and Vedra.',
      'The retailer currently has 103 stores, which employ some 29,000 people.',
      'In 2021, the retailer closed its stores in Kaldor in the midst of the pandemic.',
    ].join('\n');
    const whens = events(text).map((e) => e.when);
    expect(whens).toHaveLength(2);
    expect(whens).toContain('2021');
  });
});

describe('a unit named between the count and its staff', () => {
  it('"543 Kora Press Bhd staff were laid off": the unit whose staff the figure counts, not the parent', () => {
    const text = [
      'Hallberg Media Bhd, the parent of Kora Press Bhd, will cut 300 jobs, it said on Monday.',
      'In March, 543 Kora Press Bhd staff were laid off.',
    ].join(' ');
    const rounds = events(text, '2020-06-03').map((e) => [e.org, e.count]);
    expect(rounds).toContainEqual(['Kora Press', 543]);
    expect(rounds).not.toContainEqual(['Hallberg Media', 543]);
  });
});

describe('figures and dates of a round', () => {
  it('"543 workers were left without a job three months ago": an earlier round', () => {
    const text = [
      'Hallberg Media Bhd is likely to carry out a second retrenchment exercise which could affect some 300 staff members.',
      'This comes after 543 workers were left without a job in March in the first round of a rationalisation exercise.',
    ].join(' ');
    expect(events(text, '2020-06-03').map((e) => [e.count, e.when])).toContainEqual([543, '2020-03']);
  });

  it('"It added that it will sell …" after "In a statement released Monday, …": the day of that statement', () => {
    const text = [
      'Vessla Retail plans to leave Kaldor',
      '',
      'In a statement released Monday, Vessla Retail said it is re-evaluating its operating model in Kaldor.',
      'It added that it has decided to start a formal process to consider the sale of its supermarkets in the country.',
    ].join('\n');
    const whens = events(text, '2020-08-04').map((e) => e.when);
    expect(whens.length).toBeGreaterThan(0);
    expect(whens).not.toContain(null);
  });

  it('"The cutbacks … will range from about 1,000 to 3,000 jobs": the lower end of the range', () => {
    const text = [
      'Norrvik Air will eliminate jobs across several units.',
      'The cutbacks started in the last few weeks and will range from about 1,000 to 3,000 jobs, according to sources.',
    ].join(' ');
    expect(events(text).map((e) => [e.org, e.count])).toEqual([['Norrvik Air', 1000]]);
  });

  it('"… at a subsidiary that it had acquired in 2021": the year of the purchase is not the round’s', () => {
    const text =
      'Hallberg Learning has laid off nearly 120 employees at a subsidiary that it had acquired in 2021, its second round of cuts.';
    expect(events(text).map((e) => [e.count, e.when])).toEqual([[120, null]]);
  });
});

describe('who reports a round is not its actor', () => {
  it('"KE has learnt from sources that the layoffs …": the outlet that learnt of the cuts cuts nothing', () => {
    const text = [
      'Hallberg Learning has laid off nearly 120 employees at one of its subsidiaries.',
      'KE has learnt from sources that the layoffs affected at least 30% of the staff.',
    ].join(' ');
    expect(events(text).map((e) => e.org)).not.toContain('KE');
  });
});
