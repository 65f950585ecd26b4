import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2024-06-12') =>
  extract(text, pub)
    .events()
    .map((e) => [e.org, e.count, e.percent]);

describe('whose round a share, a reported figure or an example is', () => {
  it('"The lay offs make up 1% of Norrvik’s workforce": the share of the round just told, not a round of its own', () => {
    const text = [
      'Norrvik Stores has fired 56 employees in Ruritania as it restructures its business there, the company said on Monday.',
      'The lay offs make up 1% of Norrvik’s overall workforce in Ruritania, according to people familiar with the matter.',
    ].join(' ');
    expect(events(text)).toEqual([['Norrvik Stores', 56, 1]]);
  });

  it('"The cuts represent 4% of the Grid Systems workforce": the round of that unit, not a rival’s told in between', () => {
    const text = [
      'Hallberg Group on Tuesday said it would cut 2,700 jobs from its Grid Systems division.',
      'The announcement comes one day after rival Vantor said it would cut 450 jobs at two of its sites.',
      'Jane Roe, head of the Grid Systems division, said the measures would help.',
      'The cuts represent about 4% of the Grid Systems workforce.',
    ].join(' ');
    expect(events(text)).toEqual([
      ['Hallberg Group', 2700, 4],
      ['Vantor', 450, null],
    ]);
  });

  it('"The Hallberg announcement comes a day after rival Vantor said it would cut 450 jobs": Vantor’s round', () => {
    const text = [
      'Hallberg Group on Tuesday said it would cut 2,700 jobs from its Grid Systems division.',
      'The Hallberg announcement comes one day after U.S.-based rival Vantor said it would cut 450 jobs at two of its sites.',
    ].join(' ');
    expect(events(text)).toEqual([
      ['Hallberg Group', 2700, null],
      ['Vantor', 450, null],
    ]);
  });

  it('"the car industry, which has shed nearly 10,000 jobs": a trade’s sum, no round of the company in focus', () => {
    const text = [
      'The trucks division of Norrvik Motors in Ruritania fired about 500 workers, union leaders said on Tuesday.',
      'The decision adds to a wave of layoffs in Ruritania’s struggling car industry, which has shed nearly 10,000 jobs.',
    ].join(' ');
    expect(events(text)).not.toContainEqual(['Norrvik Motors', 10000, null]);
  });

  it('"The Daily Vandmoor, a newspaper, said banks would sack 21,000": the trade’s figure, not the outlet’s', () => {
    const text = [
      'Kestrel Bank will cut 3,000 jobs, it said on Monday.',
      'The Daily Vandmoor, a newspaper, said banks would sack 21,000 people this year.',
    ].join(' ');
    const rounds = events(text);
    expect(rounds).toContainEqual(['Kestrel Bank', 3000, null]);
    expect(rounds.some((r) => r[0] === 'Daily Vandmoor' || r[0] === 'The Daily Vandmoor')).toBe(false);
  });

  it('"Rival banks including Marlow Bank are also cutting jobs": an example of a trade has no round of its own', () => {
    const text = [
      'Kestrel Bank will cut 3,000 jobs, it said on Monday.',
      'Rival banks including Marlow Bank are also cutting jobs.',
    ].join(' ');
    expect(events(text)).toEqual([['Kestrel Bank', 3000, null]]);
  });

  it('"Recently, the country’s largest tutoring firm, Tarvola, laid off 2,500": an opening adverb is no company', () => {
    const text = [
      'Brimlea Learning said on Tuesday it would cut about 150 jobs, its second round this year.',
      'Recently, Ruritania’s most valuable edtech company, Tarvola, laid off close to 2500 employees.',
    ].join(' ');
    const x = extract(text, '2024-06-12');
    expect(x.names('Company')).not.toContain('Recently');
    expect(events(text)).toContainEqual(['Tarvola', 2500, null]);
  });

  it('"Publisher to axe seven jobs" in a headline: the trade noun is no company; the body names it', () => {
    const text =
      'Publisher to axe up to seven journalism jobs, union claims\n\nKestrel Media plans to cut staff in Vandmoor.';
    const x = extract(text, '2024-06-12');
    expect(x.names('Company')).toEqual(['Kestrel Media']);
    expect(events(text)).toEqual([['Kestrel Media', 7, null]]);
  });

  it('"10 percent of its workforce will be asked to voluntarily leave their jobs": a round told by its share', () => {
    const text =
      'Hoshino Motors said on Monday that 10 percent of its workforce will be asked to voluntarily leave their jobs.';
    expect(events(text)).toEqual([['Hoshino Motors', null, 10]]);
  });

  it('"Group company Vessa Foods has also seen layoffs": a round without a cut verb or a figure', () => {
    const text =
      'Kestrel Holdings will cut 800 jobs, it said on Monday. Group company Vessa Foods has also seen layoffs.';
    expect(events(text)).toEqual([
      ['Kestrel Holdings', 800, null],
      ['Vessa Foods', null, null],
    ]);
  });

  it('"The sector has also seen layoffs": no round of anyone', () => {
    const text = 'Kestrel Holdings will cut 800 jobs, it said on Monday. The sector has also seen layoffs.';
    expect(events(text)).toEqual([['Kestrel Holdings', 800, null]]);
  });
});
