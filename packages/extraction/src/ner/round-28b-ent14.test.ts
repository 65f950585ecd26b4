import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/** The company entity whose name or aliases include `n`. */
function companyCalled(x: ReturnType<typeof extract>, n: string) {
  return x.doc.entities.find((e) => e.type === 'Company' && (e.name === n || e.aliases.includes(n)));
}

describe('"New" opening a company name inside a sentence', () => {
  it('"while New Kestrel Polishing Company will …": the name keeps "New"', () => {
    const x = extract(
      'The union said several mines would shed staff, while New Kestrel Polishing Company will send 100 workers home.',
    );
    expect(companyCalled(x, 'New Kestrel Polishing Company')).toBeDefined();
    expect(x.entity('Kestrel Polishing Company')).toBeUndefined();
  });

  it('"… let go, New Norrvik Education & Technology Group said": names joined by "&" end in an organization word', () => {
    const x = extract(
      'Thousands of tutors lost their jobs after New Norrvik Education & Technology Group cut 600 staff.',
    );
    expect(companyCalled(x, 'New Norrvik Education & Technology Group')).toBeDefined();
  });

  it('near miss: a place after "New" stays a place before the company', () => {
    const x = extract('The bank said staff in New Kestrel would be moved, and Hallberg Bank will cut 200 jobs.');
    expect(companyCalled(x, 'New Kestrel')).toBeUndefined();
    expect(companyCalled(x, 'Hallberg Bank')).toBeDefined();
  });

  it('near miss: "New York" before a company word is the city, not part of the name', () => {
    const x = extract('The lender said its offices in New York Kestrel Bank shares fell, and it would cut 200 jobs.');
    expect(x.doc.entities.some((e) => e.name.startsWith('New York'))).toBe(false);
  });

  it('near miss: "New" opening a sentence is not read as part of a name', () => {
    const x = extract('New Kestrel Bank rules take effect on Monday. Hallberg Bank will cut 200 jobs.');
    expect(x.doc.entities.some((e) => e.name.startsWith('New '))).toBe(false);
  });
});

describe('" & Co" closing an investment firm\'s name', () => {
  it('"the private equity firm Kestrel & Co. Local news …": the partners\' form stays on the name', () => {
    const x = extract(
      'Hallberg Holdings sold its chemicals unit to the private equity firm Kestrel & Co. Local news reports said ' +
        'the sale was done.',
    );
    expect(companyCalled(x, 'Kestrel & Co')).toBeDefined();
    expect(x.entity('Kestrel')).toBeUndefined();
  });

  it('near miss: another company after " & " is not joined to the firm', () => {
    const x = extract('Hallberg Holdings sold its stake to the equity firm Kestrel & Norrvik Bank on Monday.');
    expect(x.doc.entities.some((e) => e.name.startsWith('Kestrel &'))).toBe(false);
  });
});

describe('a plural place written bare before "airline" names the carrier', () => {
  it('"Maldives airline has cut … Maldives employed": the carrier, with its later bare mentions', () => {
    const x = extract(
      'Maldives airline has cut a tenth of its workforce, its president said. Maldives employed 6,000 staff.',
    );
    expect(companyCalled(x, 'Maldives')).toBeDefined();
  });

  it('near miss: the place with its article stays a place', () => {
    const x = extract('The Maldives airline sector has cut jobs. Hotels in the Maldives employed 6,000 staff.');
    expect(companyCalled(x, 'Maldives')).toBeUndefined();
  });

  it('near miss: a singular place before "airline" is where an airline is from, not its name', () => {
    const x = extract('Kenya airline has cut a tenth of its workforce, the minister said.');
    expect(companyCalled(x, 'Kenya')).toBeUndefined();
  });
});

describe('a name going on with a town that the text describes as a company is the full name', () => {
  const tail =
    ' Kestrel runs its airbag business as Kestrel Lifetec, which makes seat belts. Kestrel said the cuts were needed.';

  it('"Kestrel Friedrichshafen, the maker of transmissions, … Kestrel Lifetec": one owner, its unit under it', () => {
    const x = extract(
      `Kestrel to cut jobs\n\nKestrel Friedrichshafen, the maker of transmissions, said it would shed 11,000 jobs.${tail}`,
    );
    expect(companyCalled(x, 'Kestrel')?.name).toBe('Kestrel Friedrichshafen');
    expect(x.parent('Kestrel Lifetec')).toBe('Kestrel Friedrichshafen');
  });

  it("near miss: a name with a town described as the group's unit stays a unit of the short name", () => {
    const x = extract(
      `Kestrel to cut jobs\n\nKestrel Rotterdam, the group's Dutch unit, said it would shed 1,000 jobs.${tail}`,
    );
    expect(companyCalled(x, 'Kestrel')?.name).toBe('Kestrel');
  });

  it('near miss: two companies sharing a word stay two', () => {
    const x = extract(
      'Kestrel Bank said it would cut 300 jobs. Kestrel Steel, the maker of steel beams, said it would shed 1,000 jobs.',
    );
    expect(companyCalled(x, 'Kestrel Bank')?.name).toBe('Kestrel Bank');
    expect(companyCalled(x, 'Kestrel Steel')?.name).toBe('Kestrel Steel');
  });
});

describe('two trades joined by "and" inside a name', () => {
  it('"Norrvik Fashion and Retail" is one company, not cut at "and"', () => {
    const x = extract('Tata Motors and Norrvik Fashion and Retail are among companies that have announced splits.');
    expect(companyCalled(x, 'Norrvik Fashion and Retail')).toBeDefined();
  });

  it('"Kestrel Defence and Space" is one unit', () => {
    const x = extract('Its businesses, Kestrel Defence and Space and Kestrel Helicopters, are not part of the plan.');
    expect(x.entity('Kestrel Defence and Space')).toBeDefined();
  });

  it('near miss: a trade after a second name of its own stays another company', () => {
    const x = extract('Kestrel Fashion and Norrvik Retail both cut jobs on Monday.');
    expect(companyCalled(x, 'Kestrel Fashion')).toBeDefined();
    expect(companyCalled(x, 'Norrvik Retail')).toBeDefined();
  });
});
