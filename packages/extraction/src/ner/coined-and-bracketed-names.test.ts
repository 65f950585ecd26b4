import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('company names with digits, acronyms in brackets and industry plurals', () => {
  it('a coined name ending in digits is a unit after "its print division" and a company before a post', () => {
    const r = extract(
      'Hallberg Group plans to cut 500 jobs, its print division Vandor24 said on Tuesday.\n\n' +
        'Vandor24 CEO Jane Roe said in a statement that some titles would move online.',
    );
    expect(r.parent('Vandor24')).toBe('Hallberg Group');
    expect(r.role('Jane Roe')).toMatchObject({ title: 'CEO', org: 'Vandor24' });
  });

  it('the verb after a bracketed acronym is the named company\'s: "Kestrel Copper Mines (KCM) has retrenched"', () => {
    const r = extract(
      'Kestrel Copper Mines (KCM) has retrenched 88 employees.\n\n' +
        'Kestrel Copper Mine public relations manager Tom Banda said in a statement the shaft would close.',
    );
    expect(r.names('Company')).toContain('Kestrel Copper Mines');
    expect(r.events()[0]).toMatchObject({ org: 'Kestrel Copper Mines', count: 88 });
  });

  it('a name ending in "Mines" is never a person, even after "by"', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'The union regretted the decision by Kestrel Copper Mines to retrench the workers.',
    );
    expect(r.names('Person')).toEqual([]);
    expect(r.names('Company')).toContain('Kestrel Copper Mines');
  });

  it('the first part of a hyphenated first word is the company\'s short form ("Kestrel-Vaal Stillmark … Kestrel")', () => {
    const r = extract(
      'Kestrel-Vaal Stillmark will cut 2,000 jobs at its gold mines, the company said on Tuesday.\n\n' +
        'Kestrel said the mines were losing money.',
    );
    expect(r.names('Company')).toEqual(['Kestrel-Vaal Stillmark']);
    expect(r.names('Division')).toEqual([]);
  });

  it('"X (XCM) owned by London-listed Y" makes X a company and Y its owner, with or without the acronym', () => {
    for (const acronym of [' (KCM)', '']) {
      const r = extract(
        `Kenya's Kestrel Copper Mines${acronym} owned by London-listed Vandor Resources Plc has asked 133 ` +
          'employees to stay away from work.',
      );
      expect(r.parent('Kestrel Copper Mines')).toBe('Vandor Resources');
    }
  });

  it('a pair of nationalities before a name ("the Brazilian-Chilean Kestrel Airlines Group") is no part of it', () => {
    const r = extract('Vantoro is the second largest airline after the Brazilian-Chilean Kestrel Airlines Group.');
    expect(r.names('Company')).toContain('Kestrel Airlines Group');
  });
});
