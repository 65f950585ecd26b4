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
