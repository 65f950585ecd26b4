import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('initials of pacts and plurals of initials are no companies', () => {
  it('initials in brackets after the name of an agreement abbreviate the document, not a company', () => {
    const x = extract(
      'Kestrel Bank said it would cut 300 jobs. The selection will follow the Collective Wage Agreement (CWA) for ' +
        'union staff. The CWA runs to 2027.',
    );
    expect(x.entity('CWA')).toBeUndefined();
    expect(x.entity('Collective Wage Agreement')).toBeUndefined();
    expect(x.entity('Kestrel Bank')?.type).toBe('Company');
  });

  it('near miss: initials after a name ending in a business word stay the company', () => {
    const x = extract('The Norrvik Accord Holdings (NAH) said it would cut 40 jobs. NAH employs 900 people.');
    expect(x.entity('Norrvik Accord Holdings')?.type).toBe('Company');
  });

  it('initials with a plural "s" name several things, never one organization', () => {
    const x = extract('Kestrel Bank said it would cut 300 jobs. Seven state firms ran PDVs this year.');
    expect(x.entity('PDVs')).toBeUndefined();
  });

  it('near miss: the same initials written bare and acting stay a company', () => {
    const x = extract('Kestrel Bank said it would cut 300 jobs. NKM said it would cut 40 jobs.');
    expect(x.entity('NKM')?.type).toBe('Company');
  });
});

describe("a faith's adjective alone names no bank and no unit", () => {
  it('"its Islamic arm" says what kind of unit; the unit is the name written out', () => {
    const x = extract(
      "Kora NBD's Islamic arm cuts over 100 jobs\n\nKora Islamic, the arm of Kora NBD, has cut jobs. " +
        'Kora Islamic employs 2,000 people.',
    );
    expect(x.entity('Islamic')).toBeUndefined();
    expect(x.entity('Kora Islamic')?.type).toBe('Division');
  });

  it('"the Islamic lender" is a description, not a company', () => {
    const x = extract('Kora NBD said it would cut 300 jobs. The bank bought the Islamic lender last year.');
    expect(x.entity('Islamic')).toBeUndefined();
  });

  it('near miss: a distinctive word in the same place still names the lender', () => {
    const x = extract('Kora NBD said it would cut 300 jobs. The bank bought the Vessla lender last year.');
    expect(x.entity('Vessla')).toBeDefined();
  });
});
