import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a majority holding stated with its share is PART_OF', () => {
  it('"A, 60%-owned by Britain\'s B" and "A, in which B holds 60 per cent"', () => {
    const x = extract("Tarvik Nigeria Plc, 60%-owned by Britain's Halden Group, said it would cut 300 jobs.");
    expect(x.parent('Tarvik Nigeria')).toBe('Halden Group');
    const y = extract(
      'Tarvik Nigeria Plc, in which Halden Group holds 60 per cent, said it would cut 300 jobs. Tarvik Nigeria makes soap.',
    );
    expect(y.parent('Tarvik Nigeria')).toBe('Halden Group');
  });

  it('half or less is an investment, not a part', () => {
    const x = extract(
      'Tarvik Nigeria Plc, in which Halden Group holds 30 per cent, said it would cut 300 jobs. Tarvik Nigeria makes soap.',
    );
    expect(x.parent('Tarvik Nigeria')).toBeNull();
  });
  it('"B agreed to sell its 58 per cent stake in A": A is B\'s until sold', () => {
    const x = extract(
      'Halden Group has agreed to sell its 58 per cent stake in Tarvik Nigeria Plc to Osei Holdings. Tarvik Nigeria said the deal needs approval.',
    );
    expect(x.parent('Tarvik Nigeria')).toBe('Halden Group');
  });
});

describe('a stake held, stated with its share', () => {
  it('"B holds a 60% stake in A": A belongs to B', () => {
    const x = extract('Kestrel Group holds a 60% stake in Tarvik Aero, which will cut 300 jobs.');
    expect(x.parent('Tarvik Aero')).toBe('Kestrel Group');
  });

  it('"B owns a 40% stake in A", "B bought a 9.9% stake in A": a minority holding makes no part', () => {
    expect(
      extract('Kestrel Group owns a 40% stake in Tarvik Aero, which will cut 300 jobs.').parent('Tarvik Aero'),
    ).toBeNull();
    expect(extract('Kestrel Group bought a 9.9% stake in Tarvik Aero last year.').parent('Tarvik Aero')).toBeNull();
  });

  it('"B had sold 100 per cent of A": what more than half of changes hands was B\'s; a minority sale makes no part', () => {
    const x = extract(
      'Ostrand Holdings said its subsidiary Ostrand International Limited had sold 100 per cent of Kivu Markets ' +
        'Limited (KML), the company that runs its stores in Ghana, to Torvane Capital.',
    );
    expect(x.parent('Kivu Markets')).toBe('Ostrand International');
    expect(
      extract('Kestrel Group sold a 20% stake in Tarvik Aero to Halden Capital last year.').parent('Tarvik Aero'),
    ).toBeNull();
  });
});
