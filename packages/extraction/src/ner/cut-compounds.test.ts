import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a noun compounded with "cuts" opening a sentence is no employer', () => {
  it('"Job cuts at Kestrel will affect 415 staff" names Kestrel, not a company "Job"', () => {
    const x = extract('Job cuts at Kestrel will affect 415 staff, the union said on Tuesday.', '2024-05-02');
    expect(x.names('Company')).toEqual(['Kestrel']);
  });

  it('"Pay cuts at …" and "Staff cuts at …" too', () => {
    expect(extract('Pay cuts at Kestrel will affect 415 staff.').names('Company')).toEqual(['Kestrel']);
    expect(extract('Staff cuts at Kestrel will affect 415 workers.').names('Company')).toEqual(['Kestrel']);
  });

  it('keeps a one-word company that cuts ("Jobson cuts 300 jobs at its plant")', () => {
    expect(extract('Jobson cuts 300 jobs at its plant.').names('Company')).toEqual(['Jobson']);
  });
});
