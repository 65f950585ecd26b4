import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { actsAsCompany } from './company-acts.js';

const companies = (text: string) => extract(text).names('Company');

describe('round 40 (ent27): an "and" after a name with "of" that lists a second institution', () => {
  it('"state lenders such as Kestrel Bank of Orsk and Bank of Vessla": two banks', () => {
    const text =
      'Norrvik Air owes money mainly to state lenders such as Kestrel Bank of Orsk and Bank of Vessla, filings show.';
    const names = companies(text);
    expect(names).toContain('Kestrel Bank of Orsk');
    expect(names).toContain('Bank of Vessla');
    expect(names.some((n) => n.includes(' and '))).toBe(false);
  });

  it('"the Ministry of Ports and Fisheries and Orsk Shipowners\' Association": a second "and" lists the next body', () => {
    const text =
      'Norrvik Lines will merge its box business. The pact was backed by the Ministry of Ports and Fisheries and ' +
      "Orsk Shipowners' Association to trim capacity.";
    const names = companies(text);
    expect(names).toContain('Ministry of Ports and Fisheries');
    expect(names.some((n) => n.includes('Fisheries and Orsk'))).toBe(false);
  });

  it('near miss: "the Ministry of Economy and Finance" keeps its remits in one name', () => {
    const text = 'Norrvik Steel will cut 300 jobs, the Ministry of Economy and Finance said on Monday.';
    expect(companies(text)).toContain('Ministry of Economy and Finance');
  });
});

describe('round 40 (ent27): every verb of cutting staff makes a name of several words act as a company', () => {
  it('"Blue Orsk Vandor discharged 300 employees", "Grand Kestrel Orsk terminated 120 workers"', () => {
    const text =
      'Layoffs rose in the capital last year, labour data showed. Blue Orsk Vandor discharged 300 employees ' +
      'after it stopped flying. Grand Kestrel Orsk terminated 120 workers when bookings fell.';
    const names = companies(text);
    expect(names).toContain('Blue Orsk Vandor');
    expect(names).toContain('Grand Kestrel Orsk');
  });

  it('"Tarvo Blue Ridge made 60 workers redundant"', () => {
    const text = 'Two employers in the valley cut staff. In May, Tarvo Blue Ridge made 60 workers redundant.';
    expect(companies(text)).toContain('Tarvo Blue Ridge');
  });

  it('near miss: a plan that "trimmed 300 jobs" acts through a company, it is none', () => {
    const plan = 'Its Operating Renewal Plan trimmed 300 jobs last year.';
    const end = plan.indexOf(' trimmed');
    expect(actsAsCompany(plan, end, 'trimmed')).toBe(false);
    const firm = 'Its owner Vessla Renewal trimmed 300 jobs last year.';
    expect(actsAsCompany(firm, firm.indexOf(' trimmed'), 'trimmed')).toBe(true);
  });

  it('near miss: a person who "terminated 40 workers" stays a person', () => {
    const text = 'The owner, Jane Roe, said on Monday that she terminated 40 workers. Jane Roe terminated 40 workers.';
    expect(companies(text)).not.toContain('Jane Roe');
  });
});
