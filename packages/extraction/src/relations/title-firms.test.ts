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

describe("a commentator's field that a company's short form covers", () => {
  it('"Steel analyst Jane Roe" after "Kora Steel": the field, no post at the steelmaker', () => {
    const x = extract(
      'Kora Steel will cut 300 jobs, according to Kora Steel. Steel analyst Jane Roe said the move was inevitable.',
    );
    expect(x.role('Jane Roe')).toBeNull();
    expect(x.entity('Jane Roe')?.title).toBe('Steel analyst');
  });

  // Near miss: a word of the company's own name before "analyst" is its short form.
  it('"Kestrel analyst Jane Roe" after "Kestrel Steel": the company', () => {
    const x = extract('Kestrel Steel will cut 300 jobs. Kestrel analyst Jane Roe said the move was inevitable.');
    expect(x.role('Jane Roe')).toEqual({ title: 'analyst', org: 'Kestrel Steel' });
  });
});
