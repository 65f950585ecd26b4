import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('bodies named by a list of their fields or remits', () => {
  it('reads "the A, B & C Alliance" as one body, also where an apposition describes it', () => {
    const x = extract('Kestrel Media will cut 90 jobs, the Print, Radio & Screen Alliance said on Monday.');
    expect(x.names('Company')).toContain('Print, Radio & Screen Alliance');
    expect(x.cited()).toEqual(['Print, Radio & Screen Alliance']);
    const y = extract(
      'Kestrel Media will cut 90 jobs. The Print, Radio and Screen Alliance, the reporters’ union, said the cuts went too far.',
    );
    expect(y.cited()).toEqual(['Print, Radio and Screen Alliance']);
  });

  it('reads a ministry whose last remit has two words, after a comma and "and"', () => {
    const x = extract(
      'According to figures from the Ministry of Youth, Labour, and Rural Affairs, Orsk employers planned to cut 4,000 jobs.',
    );
    expect(x.cited()).toEqual(['Ministry of Youth, Labour, and Rural Affairs']);
  });

  it('does not join a list of names or a list that opens no body', () => {
    // Proper names are no fields: three companies, the last a union's employer.
    const x = extract('Talks between Kestrel, Vessla and Orsk Union officials broke down, the union said.');
    expect(x.names('Company')).not.toContain('Kestrel, Vessla and Orsk Union');
    // Fields with no body's word after them name nothing.
    const y = extract('Kestrel Media will cut 90 jobs in the Print, Radio and Screen divisions, it said.');
    expect(y.names('Company')).not.toContain('Print, Radio and Screen');
  });
});
