import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2025-03-12').events();

describe('one round told twice with different figures is one event', () => {
  it('folds a range that holds the headline figure into that round', () => {
    const events = rounds(
      'Norrvik Telecom to cut up to 30,000 jobs by 2030\n\n' +
        'Norrvik Telecom will shed between 20,000 and 30,000 jobs by 2030, the operator said.',
    );
    expect(events.map((e) => e.count)).toEqual([30000]);
  });

  it('folds a rounded headline figure into the exact body figure', () => {
    const events = rounds(
      'Kestrel Textiles lays off more than 5,000 workers\n\n' +
        'Kestrel Textiles has laid off 5,312 workers after a court declared it bankrupt.',
    );
    expect(events.map((e) => e.count)).toEqual([5312]);
  });

  it('keeps a headline figure that is no rounding of the body figure apart', () => {
    const events = rounds(
      'Vessla Learning lays off 380 staff\n\nVessla Learning let go 350 people in November, its second round.',
    );
    expect(events.map((e) => e.count).sort()).toEqual([350, 380]);
  });

  it('folds a headline figure rounded to hundreds into the body figure, however often the body repeats it', () => {
    const events = rounds(
      'Banco Tarvo to cut 3,500 jobs\n\n' +
        'Banco Tarvo will cut 3,572 jobs in Spain, it said. The bank employs 27,000 people. Under the deal with ' +
        'unions, 3,572 employees will leave the bank by June.',
    );
    expect(events.map((e) => e.count)).toEqual([3572]);
  });
});
