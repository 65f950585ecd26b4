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

  it('a name run together from two parts and ending in ".1" is a company with no description ("TeleNordSat.1 said")', () => {
    const r = extract(
      "Germany's TeleNordSat.1 is cutting 430 jobs to focus on its entertainment business.\n\n" +
        'TeleNordSat.1 said the cuts would follow the sale of the comparison site Vandrox.\n\n' +
        "TeleNordSat.1's CEO Jane Roe said the year would be difficult.",
    );
    expect(r.names('Company')).toContain('TeleNordSat.1');
    expect(r.events()[0]).toMatchObject({ org: 'TeleNordSat.1', count: 430 });
    expect(r.role('Jane Roe')).toMatchObject({ title: 'CEO', org: 'TeleNordSat.1' });
  });

  it('the dotted name stays the short form of a longer name that opens with it ("TeleNordSat.1 Media SE")', () => {
    const r = extract(
      'TeleNordSat.1 is to cut 430 jobs, the broadcaster said.\n\n' +
        'Jane Roe, chief executive of TeleNordSat.1 Media SE, said the decision was difficult.',
    );
    expect(r.names('Company')).toEqual(['TeleNordSat.1 Media']);
    expect(r.names('Division')).toEqual([]);
  });

  it('a code or a version with a dotted number names nothing alone ("the A380.2 programme")', () => {
    const r = extract('Hallberg Group said the A380.2 programme and Release.2 would be delayed, cutting 40 jobs.');
    expect(r.names('Company')).toEqual(['Hallberg Group']);
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
