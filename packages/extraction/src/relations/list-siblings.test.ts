import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('an item of a list of names takes the owner its listed neighbours share', () => {
  it('"the subsidiaries Tarvo, Lumen and Ostra": the last item, read as a company, is a unit too', () => {
    const x = extract(
      'Corvane Energia will close offices in three states. Tarvo Power is a unit of Corvane Energia, and Lumen Grid ' +
        'is a subsidiary of Corvane Energia. The subsidiaries Tarvo Power, Lumen Grid and Ostra Hydro will be the ' +
        'most affected, the newspaper Diario Norte reported.',
    );
    expect(x.parent('Tarvo Power')).toBe('Corvane Energia');
    expect(x.parent('Ostra Hydro')).toBe('Corvane Energia');
  });

  it('an item with an owner of its own in an apposition lends it to no neighbour', () => {
    const x = extract(
      'Analysts compared Brenvik Trucks with Volvan Group and Tresko, the truck arm of Kestrel Motors, whose ' +
        'margins are higher.',
    );
    expect(x.parent('Tresko')).toBe('Kestrel Motors');
    expect(x.parent('Volvan Group')).toBeNull();
  });

  it('names joined by a comma alone are no list ("In a notice to X, Y said")', () => {
    const x = extract(
      'Brenvik Nigeria is a subsidiary of Marlo Group. In a notice to the Lagos Stock Exchange, Brenvik Nigeria ' +
        'said it would keep brewing.',
    );
    expect(x.parent('Lagos Stock Exchange')).toBeNull();
  });
});
