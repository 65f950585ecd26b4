import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('outlets named in quotation marks', () => {
  it('cites a title styled in lower case when a periodical noun stands before the marks', () => {
    const x = extract(
      'Norrvik Bank said on Tuesday it would cut 900 jobs.\n\n' +
        'According to the monthly "vandor magazin", the bank had planned deeper cuts. ' +
        'The daily “el vesto” reported that 300 of the jobs would go in Spain.',
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['vandor magazin', 'el vesto']));
  });

  it('reads no outlet from a quoted common word after the noun', () => {
    const x = extract('Norrvik Bank said on Tuesday it would cut 900 jobs, the paper "reported".');
    expect(x.cited()).not.toContain('reported');
  });
});
