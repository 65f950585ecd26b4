import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe('round 31 (ent18): towns listed after a site noun and its preposition are places', () => {
  it('"The plants in Tarvingen, Oskeln, Bad Morrach and Velbrunn will share …" names no company', () => {
    const text =
      'Kestrel Group to cut 200 jobs\n\nKestrel Group said it would cut 200 jobs at its plant in Tarvingen. The plants in Tarvingen, Oskeln, Bad Morrach and Velbrunn will share the work from next year, Kestrel Group said.';
    expect(companies(text)).toEqual(['Kestrel Group']);
  });

  it('a company after the comma that speaks, or after "and" that speaks, stays a company (near miss)', () => {
    const text =
      'Kestrel Group to cut 200 jobs\n\nKestrel Group said it would cut 200 jobs at its plants in Tarvingen, Norrvik said on Monday. Jobs at the offices in Oskeln and Hallberg said it would hire.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Kestrel Group', 'Norrvik', 'Hallberg']));
  });

  it('a name after ", and" with a verb of its own is the next clause\'s company, not the last town (near miss)', () => {
    const text =
      'Carmakers idle plants\n\nKestrel Group gave workers leave at its Tarvo plant in Orsk Vale, and Norrvik suspended shifts at three factories this year.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Kestrel Group', 'Norrvik']));
  });
});

describe('round 31 (ent18): a place particle inside a legal name ("Usinas Norrvikas de Orsk Vale SA")', () => {
  it('keeps the words before and after "de" one name when a legal form ends it', () => {
    const text =
      'Norrvikas to halt steel mill\n\nUsinas Norrvikas de Orsk Vale SA will shut two rolling lines and move 300 workers, a spokesman said.';
    expect(companies(text)).toContain('Usinas Norrvikas de Orsk Vale');
    expect(companies(text)).not.toContain('Orsk Vale');
  });

  it('"de" with no legal form after the place stays as written (near miss)', () => {
    const text = 'Kestrel to cut jobs\n\nKestrel Mining de Orsk said on Friday it would cut 300 jobs.';
    expect(companies(text)).not.toContain('Kestrel Mining de Orsk');
  });
});

describe('round 31 (ent18): "A and B" of a second trade with no name of its own, closed by a country', () => {
  it('"Kestrel Motor and Engine Kenya said" is one company', () => {
    const text =
      'Jobs go at motor maker\n\nKestrel Motor and Engine Kenya said on Monday it would cut 300 jobs at its plant.';
    expect(companies(text)).toEqual(['Kestrel Motor and Engine Kenya']);
  });

  it('"Kestrel Motor and Norrvik India" (a name of its own after "and") stays two (near miss)', () => {
    const text =
      'Jobs go at motor makers\n\nKestrel Motor and Norrvik India said on Monday they would cut 300 jobs. Norrvik India makes engines; Kestrel Motor makes cars.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Kestrel Motor', 'Norrvik India']));
  });
});

describe('round 31 (ent18): a post a body sends, written before the name ("a senior official from the X Ministry, Jane Roe,")', () => {
  it('gives the title and the body after "from"', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nKestrel Airways said on Monday it would cut 300 jobs. A senior official from the Transport Ministry, Jane Roe, said talks with the airline would resume in June.',
    );
    expect(x.role('Jane Roe')).toEqual({
      title: 'senior official',
      org: 'Transport Ministry',
    });
  });

  it('"from" after a post no body sends is a date, not an organization (near miss)', () => {
    const x = extract(
      'Kestrel to cut 300 jobs\n\nKestrel Airways said on Monday it would cut 300 jobs. The chief executive from March, John Doe, said the cuts would go ahead.',
    );
    expect(x.role('John Doe')?.title ?? '').not.toContain('March');
  });
});

describe('round 31 (ent18): a common word with a stray capital, joined to a lower-case noun ("mentoring and Coaching")', () => {
  it('"mentoring and Coaching will be offered" names no company', () => {
    const text =
      'Kestrel to cut 300 jobs\n\nKestrel Telecom said on Monday it would cut 300 jobs. Staff who leave get a grant, and mentoring and Coaching will be offered to all of them.';
    expect(companies(text)).toEqual(['Kestrel Telecom']);
  });

  it('a common-word company after "rivals and" that speaks stays a company (near miss)', () => {
    const text =
      'Kestrel to cut 300 jobs\n\nKestrel Telecom said on Monday it would cut 300 jobs. Its rivals and Beacon said they would hire.';
    expect(companies(text)).toContain('Beacon');
  });
});

describe('round 31 (ent18): a former name in quotes with its legal form ("formerly known as ‘Norrvik Nigeria Plc’")', () => {
  it('makes the quoted name and its bare form later in the text the same company', () => {
    const text =
      'Unions at Norrvik Nigeria protest\n\nNorrvikEnergies Marketing Nigeria Plc, formerly known as ‘Norrvik Nigeria Plc’, will close 12 depots. Two unions will meet Norrvik Nigeria’s board on Tuesday.';
    expect(extract(text).names('Company')).toEqual(['NorrvikEnergies Marketing Nigeria']);
    expect(extract(text).names('Division')).toEqual([]);
  });

  it('a bare name the text never declares a former name stays its own company (near miss)', () => {
    const text =
      'Unions at Norrvik Nigeria protest\n\nKestrel Marketing Nigeria Plc will close 12 depots. Norrvik Nigeria Plc, a rival, will not, and Norrvik Nigeria said it would hire.';
    expect(extract(text).names('Company')).toEqual(
      expect.arrayContaining(['Kestrel Marketing Nigeria', 'Norrvik Nigeria']),
    );
  });
});

describe('round 31 (ent18): ", and" before a common-word company joins clauses', () => {
  it('"shut two plants, and Lantern has been selling stores" keeps the company (near miss)', () => {
    const text =
      'Kestrel to cut 300 jobs\n\nKestrel Retail said on Monday it would shut two plants, and Lantern has been selling hundreds of its stores.';
    expect(companies(text)).toContain('Lantern');
  });
});

describe('round 31 (ent18): a contraction of a long name\'s first word and a whole later word ("Usiorsk")', () => {
  it('"Usinas Norrvikas de Orsk Vale SA … the company known as Usiorsk" is one company', () => {
    const text =
      'Usiorsk to cut 4,000 jobs at mill, union says\n\nUsinas Norrvikas de Orsk Vale SA will shut two rolling lines at its Vandmoor mill, which will mean the dismissal of about 4,000 workers, union leaders said. Usiorsk said in a statement that 2,000 direct jobs would go.';
    expect(companies(text)).toEqual(['Usinas Norrvikas de Orsk Vale']);
  });

  it('a part of a later word ("Usiors") is no contraction of the name (near miss)', () => {
    const text =
      'Usiors to cut 4,000 jobs at mill, union says\n\nUsinas Norrvikas de Orsk Vale SA will shut two rolling lines at its Vandmoor mill. Usiors said in a statement that 2,000 direct jobs would go.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Usinas Norrvikas de Orsk Vale', 'Usiors']));
  });
});
