import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2024-06-12') => extract(text, pub).events();

describe('a rival told with an aside between its name and its verb keeps its figure', () => {
  it('"Tarvola, whose app many schools use, let go of about 600 people": no round of the company in focus', () => {
    const text = [
      'Brimlea Learning Ltd said on Tuesday it would cut about 150 jobs, its second round this year.',
      'Tarvola, whose app many schools use, let go of about 600 people in April.',
    ].join(' ');
    const rounds = events(text).map((e) => [e.org, e.count]);
    expect(rounds).toContainEqual(['Brimlea Learning', 150]);
    expect(rounds).not.toContainEqual(['Brimlea Learning', 600]);
  });

  it('"Q7, which employs about 1,800 people, cut around 10%": thousands separators stay inside the aside', () => {
    const text = [
      'Hollis Marine Holdings will fold its offshore arm into Dorvan Yards, it said on Monday.',
      'Hollis also owns the telecoms operator Q7.',
      'Q7, which employs about 1,800 people, cut around 10% of its staff last year as it moved to a digital platform, the operator said.',
    ].join(' ');
    // Q7, described as "the telecoms operator", is a company of its own and keeps its round.
    expect(events(text).map((e) => [e.org, e.percent])).toEqual([
      ['Hollis Marine Holdings', null],
      ['Q7', 10],
    ]);
  });

  it('"Norrvik owns 25% of Kestrel Group, the parent of Kestrel Air, which said it may cut 12,000": the parent’s unit', () => {
    const text = [
      'Norrvik Airways expects to cut about 20% of its workforce, its chief executive said on Wednesday.',
      'Norrvik Airways owns 25% of Kestrel Group, the parent of Kestrel Air, which said last month that it may cut up to 12,000 jobs.',
    ].join(' ');
    expect(events(text)).not.toContainEqual(expect.objectContaining({ org: 'Norrvik Airways', count: 12000 }));
  });

  it('"…by Vessa Wind, the turbine maker in which Vessa holds a stake, which said …": the name before the appositive', () => {
    const text = [
      'Vessa AG plans to eliminate about 6,900 jobs worldwide, the company said on Thursday.',
      'The cuts come on top of a reduction announced earlier this month by Vessa Wind Energy, the turbine maker in which Vessa holds a majority stake, which said it would shed up to 6,000 jobs.',
    ].join(' ');
    expect(events(text)).not.toContainEqual(expect.objectContaining({ org: 'Vessa AG', count: 6000 }));
  });

  it('"follows Tarvo Motors Australia\'s decision in May to close … with the loss of 1,200 jobs": the unknown owner’s round', () => {
    const text = [
      'Brimlea Motors will stop building cars in Australia by the end of 2017, it said on Wednesday.',
      "The announcement follows Tarvo Motors Australia's decision in May to close its two plants in October 2016 with the loss of 1,200 jobs.",
    ].join(' ');
    expect(events(text, '2013-12-12')).not.toContainEqual(
      expect.objectContaining({ org: 'Brimlea Motors', count: 1200 }),
    );
  });

  it('"follows Vessa\'s decision to cut 1,200 jobs" with Vessa known keeps Vessa’s round', () => {
    const text = [
      'Brimlea Motors AG said on Wednesday it would cut 2,900 jobs.',
      "The announcement follows Vessa Autos AG's decision in May to cut 1,200 jobs.",
    ].join(' ');
    expect(events(text, '2013-12-12')).toContainEqual(expect.objectContaining({ org: 'Vessa Autos', count: 1200 }));
  });
});
