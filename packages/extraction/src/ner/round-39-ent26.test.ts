import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

// "Orsk" is in the place list: these shapes make a company of it all the same, the near misses keep it a town.
describe('companies named like towns, in shapes only a company fills', () => {
  it('"Orsk will sell its truck unit to …": the subject of a sale of its own business', () => {
    const x = extract('Kestrel Motors will cut 400 jobs. Orsk will sell its truck unit to Vessla Motors.');
    expect(x.names('Company')).toContain('Orsk');
  });

  it('"Orsk, which is merging its local arm with …": the same in a relative clause', () => {
    const x = extract('Kestrel Telecom and Orsk, which is merging its local arm with Vessla, are both cutting staff.');
    expect(x.names('Company')).toContain('Orsk');
  });

  it('"handed its brewery to Orsk": the one a business is handed to', () => {
    const x = extract('Kestrel Drinks will cut 200 jobs. It had earlier handed its coastal brewery to Orsk.');
    expect(x.names('Company')).toContain('Orsk');
  });

  it('"Orsk and Vessla Motors, the market leaders, …": a pair a plural company noun describes', () => {
    const x = extract(
      'Kestrel Motors will cut 400 jobs. Orsk and Vessla Motors, the market leaders, have announced no cuts.',
    );
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Orsk', 'Vessla Motors']));
  });

  it('"Vessla Motors and Orsk, the two carmakers": the second of the pair too', () => {
    const x = extract('Kestrel Motors will cut 400 jobs. Vessla Motors and Orsk, the two carmakers, said sales fell.');
    expect(x.names('Company')).toContain('Orsk');
  });

  it('near miss: a town that loses jobs stays a town', () => {
    const x = extract('Kestrel Motors will cut 400 jobs. Orsk will lose 300 jobs.');
    expect(x.names('Company')).not.toContain('Orsk');
  });

  it('near miss: a plant moved to a town, a town closing its schools, a pair of towns', () => {
    const x = extract(
      'Kestrel Motors will cut 400 jobs and has moved its engine plant to Orsk. Orsk will close its schools. ' +
        'Vessby and Orsk, the two towns, will lose most.',
    );
    expect(x.names('Company')).not.toContain('Orsk');
  });
});
