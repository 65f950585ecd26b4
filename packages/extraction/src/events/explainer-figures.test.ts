import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-11-06').events();

describe('figures of an explainer with headings and bullets', () => {
  it('reads the first line under a heading about the cuts as the round (later bullets break it down)', () => {
    const text = [
      'Brevik Retail SA has unveiled a plan to restructure its French stores. Here is what it contains.',
      '',
      '## What is being cut?',
      '',
      '- 1,245 positions in total, out of about 30,000 employees',
      '- Some 400 support roles at head office',
      '',
      '## Why now?',
      '',
      'Brevik Retail has lost ground to discounters for years.',
    ].join('\n');
    expect(rounds(text)).toMatchObject([{ org: 'Brevik Retail', count: 1245 }]);
  });

  it('reads the answer to a Q&A heading that asks how many jobs are affected', () => {
    const text = [
      'Tarvo Foods said on Friday it would merge its two consumer divisions.',
      '',
      'How many jobs are affected?',
      'About 1,800. The company said the roles would go mainly in administration.',
    ].join('\n');
    expect(rounds(text)).toMatchObject([{ org: 'Tarvo Foods', count: 1800 }]);
  });

  it('reads a labelled figure ("Job cuts: 2,400")', () => {
    const text = [
      'Brevik Retail SA presented its plan. The key figures:',
      '',
      '- Job cuts: 2,400',
      '- Stores to close: 10',
    ].join('\n');
    expect(rounds(text)).toMatchObject([{ org: 'Brevik Retail', count: 2400 }]);
  });

  it('leaves a figure under a heading about something else alone', () => {
    const text = [
      'Brevik Retail SA presented its plan.',
      '',
      '## Who works there?',
      '',
      '- 30,000 employees in France',
    ].join('\n');
    expect(rounds(text)).toEqual([]);
  });

  it('takes "nearly 2,400 jobs" in the lede and "2,389 positions" in a list for one round', () => {
    const text = [
      'Brevik Retail SA has unveiled a plan that would do away with nearly 2,400 jobs.',
      '',
      '## How many jobs will go?',
      '',
      '2,389 positions, out of about 54,000 employees in France.',
    ].join('\n');
    expect(rounds(text)).toMatchObject([{ org: 'Brevik Retail', count: 2389 }]);
    expect(rounds(text)).toHaveLength(1);
  });
});

describe('numbers boxes', () => {
  const box = (caption: string) =>
    extract(
      [
        'Tarvo Motors cuts again, in numbers',
        '',
        'Tarvo Motors gave the figures below on 5 May.',
        '',
        '3,100',
        caption,
      ].join('\n'),
      '2024-05-08',
    ).events();

  it('reads a bare figure line above a caption that says the jobs go as the round', () => {
    expect(box('Jobs to go across Europe by the end of 2027, most of them in administration.')).toMatchObject([
      { kind: 'layoff', org: 'Tarvo Motors', count: 3100 },
    ]);
    expect(box('Posts to be cut at the Kestrel plant.')).toMatchObject([{ org: 'Tarvo Motors', count: 3100 }]);
  });

  it('reads no round from a caption that only places the jobs or counts something else', () => {
    expect(box('Roles in the United Kingdom, mainly at the technical centre.')).toEqual([]);
    expect(box('Cars built at the Kestrel plant last year.')).toEqual([]);
  });
});
