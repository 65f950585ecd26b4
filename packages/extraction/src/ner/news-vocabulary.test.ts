import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('words of business news opening a sentence are no names', () => {
  it('"Layoffs have taken place only at Kestrel Learning, says a source" names no company "Layoffs"', () => {
    const x = extract(
      'Kestrel Learning has cut jobs. Layoffs have taken place only at Kestrel Learning, says a source familiar with the development.',
      '2022-06-30',
    );
    expect(x.names('Company')).toEqual(['Kestrel Learning']);
    expect(x.cited()).not.toContain('Layoffs');
  });

  it('keeps a company whose name holds such a word ("Kora Lenders Group said …")', () => {
    const x = extract('Kora Lenders Group said on Monday it will cut 200 jobs.', '2022-06-30');
    expect(x.names('Company')).toContain('Kora Lenders Group');
  });
});
