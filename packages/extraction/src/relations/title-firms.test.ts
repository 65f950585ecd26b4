import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('the firm an analyst’s title names', () => {
  it('is the analyst’s employer and a cited source, not the company the article is about', () => {
    const x = extract(
      'Vessla Telecom laid off 400 workers yesterday, the company said.\n\n' +
        '"The miss was bigger than expected," said Jan Berg, a research analyst for Tamsin Capital Markets.\n\n' +
        'Berg had predicted higher revenue.',
    );
    expect(x.role('Jan Berg')).toEqual({
      title: 'research analyst for Tamsin Capital Markets',
      org: 'Tamsin Capital Markets',
    });
    expect(x.cited()).toEqual(['Tamsin Capital Markets']);
  });
});
