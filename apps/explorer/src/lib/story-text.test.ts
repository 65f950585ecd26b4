import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';
import { basisLabel, claimFigure, disagreementText, parseAsOf } from './story-text';

const en = createFormatter('en-US');
const de = createFormatter('de-DE');

describe('story text', () => {
  it('writes a figure with its units, in the reader’s locale', () => {
    expect(claimFigure({ count: 14000, percent: 4 }, en)).toBe('14,000 jobs, 4% of staff');
    expect(claimFigure({ count: 14000 }, de)).toBe('14.000 jobs');
    expect(claimFigure({ countText: 'thousands more' }, en)).toBe('thousands more (no number)');
    expect(claimFigure({}, en)).toBe('no figure');
  });

  it('says how far apart disagreeing sources are, and nothing when they agree', () => {
    expect(disagreementText({ minCount: 14000, maxCount: 30000, spread: 16000, ratio: 2.14 }, en)).toBe(
      'Sources disagree: from 14,000 to 30,000 jobs (16,000 apart, 2.14×).',
    );
    expect(disagreementText({ minPercent: 4, maxPercent: 10 }, en)).toBe('Sources disagree: from 4% to 10% of staff.');
    expect(disagreementText(null, en)).toBeNull();
    expect(disagreementText({ minCount: 5, maxCount: 5 }, en)).toBeNull();
  });

  it('names what a figure rests on and accepts only dates the API takes for asOf', () => {
    expect(basisLabel('COMPANY')).toBe('the company’s own word');
    expect(basisLabel('ANONYMOUS')).toBe('anonymous sources');
    expect(parseAsOf('2025-10-27')).toBe('2025-10-27');
    expect(parseAsOf('2025-10')).toBe('2025-10');
    expect(parseAsOf('yesterday')).toBeUndefined();
  });
});
