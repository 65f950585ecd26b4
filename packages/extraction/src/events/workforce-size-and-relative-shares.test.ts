import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string) => extract(text, '2025-03-04').cuts();

describe('a workforce size told after a share is no round', () => {
  it('"2% of Kestrel\'s UK workforce of 106,000 employees" leaves the 106,000 alone', () => {
    expect(
      cuts(
        "Kestrel Bank said on Monday it will cut up to 2,300 jobs. The cuts represent about 2% of Kestrel's UK workforce of 106,000 employees.",
      ),
    ).toEqual([{ count: 2300, percent: 2, when: '2025-03-03' }]);
  });

  it('still counts a round told with a place before "workforce" and its own count', () => {
    expect(
      cuts('Norrvik Cars said on Monday it will cut 8% of its German workforce, or 800 jobs, by the end of the year.'),
    ).toEqual([{ count: 800, percent: 8, when: '2025-03-03' }]);
  });
});

describe('a share in a relative clause after "The layoffs" is the round just told', () => {
  it('gives "The layoffs, which equate to 9% …" to the new round, not to the earlier one it adds to', () => {
    expect(
      cuts(
        "Norrvik Bank said on Monday it will cut 2,000 jobs by 2027. The layoffs, which equate to 9% of the bank's workforce, come on top of the 500 job cuts announced in 2024.",
      ),
    ).toEqual([
      { count: 2000, percent: 9, when: '2025-03-03' },
      { count: 500, percent: null, when: '2024' },
    ]);
  });

  it('keeps a share told in a relative clause after its own count', () => {
    expect(
      cuts("Norrvik Bank said on Monday that 2,000 jobs, which equate to 9% of the bank's workforce, will go by 2027."),
    ).toEqual([{ count: 2000, percent: 9, when: '2025-03-03' }]);
  });
});

describe('a count told "out of" the whole workforce', () => {
  it('takes the first figure of "6,000 out of 20,000 staff will be let go"', () => {
    expect(
      cuts(
        'Norrvik Air said on Monday that an estimated 6,000 out of 20,000 staff will be let go in the restructuring.',
      ),
    ).toEqual([{ count: 6000, percent: null, when: '2025-03-03' }]);
  });

  it('and of "6,000 out of its 20,000 staff will be laid off", as of "6,000 of its 20,000 staff"', () => {
    expect(cuts('Norrvik Air said on Monday that 6,000 out of its 20,000 staff will be laid off.')).toEqual(
      cuts('Norrvik Air said on Monday that 6,000 of its 20,000 staff will be laid off.'),
    );
  });
});
