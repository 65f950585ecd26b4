import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an office’s short form in brackets between the title and the name', () => {
  it('"The Minister of Trade (Mendag) Sari Norrvik" holds the minister’s title', () => {
    const x = extract(
      'JAKARTA - The Minister of Trade (Mendag) Sari Norrvik said layoffs at PT Kestrel Indonesia were a last resort.',
    );
    expect(x.entity('Sari Norrvik')?.title).toBe('Minister of Trade');
  });

  it('a bracketed name between an unrelated word and a name gives no title', () => {
    const x = extract('PT Kestrel Indonesia will cut 300 jobs, a report (Kompas) Sari Norrvik wrote said.');
    expect(x.entity('Sari Norrvik')?.title).toBeUndefined();
  });
});

describe('a post’s fields listed after the title to the end of the sentence', () => {
  it('"Anil Rao – Head HR, CSR and Marketing." is the whole title', () => {
    const x = extract('Kestrel Motors will cut 100 jobs, said Anil Rao – Head HR, CSR and Marketing.');
    expect(x.role('Anil Rao')).toEqual({ title: 'Head HR, CSR and Marketing', org: 'Kestrel Motors' });
  });

  it('a field word opening the next sentence is no part of the title', () => {
    const x = extract('Kestrel Motors will cut 100 jobs, said Anil Rao, its president. Marketing costs fell.');
    expect(x.role('Anil Rao')).toEqual({ title: 'president', org: 'Kestrel Motors' });
  });
});

describe('the organization named in apposition between a title and the name', () => {
  it('"The chairwoman of the holding company, Norrvik Holdings, Bayo Roe," chairs Norrvik Holdings', () => {
    const x = extract(
      'Kestrel Bank cut 100 jobs. The chairwoman of the holding company, Norrvik Holdings, Bayo Roe, led it.',
    );
    expect(x.role('Bayo Roe')).toEqual({ title: 'chairwoman of the holding company', org: 'Norrvik Holdings' });
  });

  it('no title before the noun, no post: "A unit of the group, Norrvik Holdings, Bayo Roe said, would close"', () => {
    const x = extract('Kestrel Bank cut 100 jobs. A unit of the group, Norrvik Holdings, Bayo Roe said, would close.');
    expect(x.role('Bayo Roe')).toBeNull();
  });
});

describe('a department named by field words is no organization', () => {
  it('"Director of Corporate Secretariat" is a post of the company in focus', () => {
    const x = extract(
      'Kestrel Bank cut 300 jobs. The directors not affected include Amina Norrvik, Director of Corporate Secretariat; and Tolu Hallberg, Director of Research.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Bank']);
    expect(x.role('Amina Norrvik')).toEqual({ title: 'Director of Corporate Secretariat', org: 'Kestrel Bank' });
    expect(x.role('Tolu Hallberg')).toEqual({ title: 'Director of Research', org: 'Kestrel Bank' });
  });

  it('a secretariat with a name of its own stays an organization', () => {
    const x = extract('Kestrel Bank cut 100 jobs, said Jane Roe, Director of Kestrel Union Secretariat.');
    expect(x.role('Jane Roe')?.org).toBe('Kestrel Union Secretariat');
  });
});

describe('an Indonesian regent before the name', () => {
  it('"Norrvik Regent Budi Hallberg" is Budi Hallberg, a regent of no company', () => {
    const x = extract(
      'PT Kestrel Indonesia cut 1,500 jobs. Norrvik Regent Budi Hallberg said the government had a report.',
    );
    expect(x.names('Person')).toEqual(['Budi Hallberg']);
    expect(x.entity('Budi Hallberg')?.title).toBe('Regent');
    expect(x.role('Budi Hallberg')).toBeNull();
  });

  it('keeps "Regent" inside a name ("Jane Regent Roe")', () => {
    const x = extract('PT Kestrel Indonesia cut 1,500 jobs, said Jane Regent Roe, its chief executive.');
    expect(x.role('Jane Regent Roe')).toEqual({ title: 'chief executive', org: 'Kestrel Indonesia' });
  });
});

describe('a capitalised post after a possessive names its organization', () => {
  it('"Norrvik Kenya\'s CEO, Jane Roe" and "Norrvik Africa\'s Regional Director, Mary Roe"', () => {
    const x = extract(
      'Norrvik Kenya’s CEO, Jane Roe, said 300 jobs would go. "It is hard," said Hallberg Africa\'s Regional Director, Mary Roe.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'CEO', org: 'Norrvik Kenya' });
    expect(x.role('Mary Roe')).toEqual({ title: 'Regional Director', org: 'Hallberg Africa' });
  });

  it('a country’s or a person’s capitalised post names no company', () => {
    const x = extract(
      "Kestrel Bank will cut 300 jobs. Kenya's President, William Norrvik, spoke. Jane Roe's Chief Executive, Ann Lee, agreed.",
    );
    expect(x.names('Company')).toEqual(['Kestrel Bank']);
  });

  it('"the Finance Group\'s Chairman, Bayo Roe": a description of common words names no company', () => {
    const x = extract(
      "Kestrel Bank will cut 300 jobs. Changes came at the insistence of the Finance Group's Chairman, Bayo Roe, in May.",
    );
    expect(x.names('Company')).toEqual(['Kestrel Bank']);
  });
});

describe('a reporting verb after a title with a tail ends the title', () => {
  it('"Senior Vice President for the East Africa Region of the group revealed this"', () => {
    const x = extract(
      'Kestrel Gold is laying off 500 workers. Mr. Kwame Norrvik, Senior Vice President for the East Africa Region of the group revealed this on Monday.',
    );
    expect(x.role('Kwame Norrvik')).toEqual({
      title: 'Senior Vice President for the East Africa Region of the group',
      org: 'Kestrel Gold',
    });
  });

  it('keeps a tail word that merely begins like a verb ("head of Confirmed Orders")', () => {
    const x = extract('Kestrel Gold will cut 500 jobs, said Jane Roe, head of Confirmed Orders at the company.');
    expect(x.role('Jane Roe')?.title).toBe('head of Confirmed Orders at the company');
  });
});
