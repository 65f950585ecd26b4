import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('companies whose name is a common word and a company word', () => {
  it('are companies mid-sentence even with nothing else saying so', () => {
    const x = extract(
      'Meadow Rivers Bank plans to shut 25 branches, following similar moves by Thistle Bank and Lantern Airlines ' +
        'earlier this year.',
    );
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Thistle Bank', 'Lantern Airlines']));
  });

  it('are not when a generic or compass word opens the name, or an article or possessive stands before it', () => {
    const x = extract(
      'Its rivals include Investment Bank units and National Airlines, and the talks moved to West Bank towns. ' +
        'Officials toured the Lantern Bank on Monday.',
    );
    const names = x.names('Company');
    for (const generic of ['Investment Bank', 'National Airlines', 'West Bank', 'Lantern Bank'])
      expect(names).not.toContain(generic);
  });
});
