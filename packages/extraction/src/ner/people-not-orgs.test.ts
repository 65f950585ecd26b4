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

describe('names that only sit beside organizations', () => {
  it('a market named after its city gives the city no company', () => {
    expect(extract('Shares of Vellquist Motors fell 3% on the Lisbon stock exchange.').names('Company')).toEqual([
      'Vellquist Motors',
    ]);
  });

  it('a nationality before a company named in full elsewhere is no part of its name', () => {
    const x = extract('The partnership with the Swedish Kestrel ended in May. Kestrel AB said it would cut 300 jobs.');
    expect(x.names('Company')).toEqual(['Kestrel']);
  });

  it('a lone name after an office is a person known by one name', () => {
    const x = extract('Vellquist Mining will cut 800 jobs. Mining Minister Arifin said the government would help.');
    expect(x.names('Company')).toEqual(['Vellquist Mining']);
  });

  it('the last word of a Romance place name after "dos" is not a company', () => {
    const x = extract(
      'Tarvik Bank will close 40 branches. The Sindicato dos Bancários de Campos, the local bank workers’ union, ' +
        'said 300 jobs would go.',
    );
    expect(x.names('Company')).not.toContain('Campos');
  });
});

describe('cities as English news writes them', () => {
  it('a city without its accents or its river is still a place, not a company', () => {
    const x = extract('Vellmora will cut 300 jobs in Zurich. FRANKFURT — Kessler AG said it would close a plant.');
    expect(x.names('Company')).toEqual(['Vellmora', 'Kessler']);
  });
});

describe('a surname named after a title', () => {
  it('"Co-CEO Jane Vellmora … Vellmora\'s co-chief executive" is the person, not a company', () => {
    const x = extract(
      'Tarvik will cut 300 jobs. Co-CEO Jane Vellmora acknowledged the error. "I take responsibility," Vellmora ' +
        "wrote. Weeks later, Vellmora's co-chief executive left.",
    );
    expect(x.names('Company')).toEqual(['Tarvik']);
  });
});
