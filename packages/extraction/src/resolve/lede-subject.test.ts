import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('the organization the lede opens with is what the article is about', () => {
  it('an untitled executive of a unit the lede is about works for the unit, though its owner is named as often', () => {
    const x = extract(
      'Kestrel Media Deutschland to cut 600 jobs\n\n' +
        'COLOGNE — Kestrel Media Deutschland, the country’s largest private broadcaster, will cut about 600 jobs, its management said on Tuesday.\n\n' +
        'Kestrel Media Deutschland is part of Kestrel Media Group. Kestrel Media Group owns stations in five countries, and Kestrel Media Group has sold two of them.\n\n' +
        'Chief Executive Lena Vogt, who has run the company since 2024, said the broadcaster faced two big challenges.',
    );
    expect(x.role('Lena Vogt')?.org).toBe('Kestrel Media Deutschland');
  });
});
