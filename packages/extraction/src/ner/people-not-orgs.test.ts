import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('people and places that only look like organizations', () => {
  it('"The president of the company, <Name>," names the person who holds the post, not a company', () => {
    const x = extract(
      'Grupo Varela announced 900 dismissals. The president of the company, Xochitl Zaldivar, explained that the plant will close.',
    );
    expect(x.names('Company')).toEqual(['Grupo Varela']);
    expect(x.role('Xochitl Zaldivar')).toEqual({ title: 'president of the company', org: 'Grupo Varela' });
  });

  it('a surname after a particle, described by the post the person holds, is a person', () => {
    const x = extract(
      'Norrvik Auto is cutting jobs under Philipp von Marrenbach, the board member who heads the automotive business. ' +
        'Von Marrenbach has said the unit must reach a margin of 6%.',
    );
    expect(x.names('Company')).toEqual(['Norrvik Auto']);
    expect(x.entity('Philipp von Marrenbach')?.aliases).toContain('Von Marrenbach');
  });

  it('a town named only as where a site stands, and a contraction opening a quotation, are no companies', () => {
    const x = extract(
      'Norrvik Motors will cut 250 jobs at its plant in Vesterdal, which makes the Astra estate. ' +
        '“I’m hoping it is just a rumour,” a local councillor said.',
    );
    expect(x.names('Company')).toEqual(['Norrvik Motors']);
    // A stake in a company that makes something is still a company.
    expect(extract('Norrvik Motors bought a stake in Vesterdal, which makes gearboxes.').names('Company')).toContain(
      'Vesterdal',
    );
  });

  it('"New Zealand" is a place even though "New" opens no name', () => {
    const x = extract(
      "Blair Okoro, head of Kestrel Wealth's New Zealand business, will leave. Zealand staff were told.",
    );
    expect(x.names('Company')).not.toContain('Zealand');
  });

  it('an apposition with "who" describes a person, not a company', () => {
    const x = extract('Ama Mensah, the executive who runs the Accra business, said the plant would close.');
    expect(x.names('Company')).toEqual([]);
  });

  it('a surname opened by a capitalised particle is the person named in full before', () => {
    const x = extract(
      'Finance Minister Bruno Le Marchal said the plan was unacceptable. Le Marchal said he would meet unions. ' +
        'Tessaro chairman Diego Della Vallone said demand was weak. Della Vallone added that prices would rise.',
    );
    expect(x.names('Person').sort()).toEqual(['Bruno Le Marchal', 'Diego Della Vallone']);
  });

  it('a regional premier is a title, and bodies of manufacturers or of a sector are no people', () => {
    const x = extract(
      'Ontario Premier Doug Fenwick said the closure was a betrayal. The Finance Sector Union said members were angry. ' +
        "Flavio Vetti, president of the Automotive Parts Manufacturers' Association, said suppliers would suffer.",
    );
    expect(x.names('Person').sort()).toEqual(['Doug Fenwick', 'Flavio Vetti']);
  });

  it('"Under X," is no person, a body of unions and a bus maker are no people, a dateline city is no company', () => {
    const x = extract(
      'FRANKFURT (Wire) — Norrvik Bank will cut 900 jobs. Under Hagleton, the bank shrank. The Trade Unions ' +
        'Congress objected. Thomas Built Buses, a unit of Kestrel Trucks, will close a plant.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.names('Company')).not.toContain('FRANKFURT');
  });
});
