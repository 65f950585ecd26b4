import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('organizations named in their own language or after a founder', () => {
  it.each([
    ['Portuguese particle', 'Banco do Sertão said on Monday it would shut 40 branches.', 'Banco do Sertão'],
    ['French particle', 'Compagnie de Vellane will exit the Moroccan market by June.', 'Compagnie de Vellane'],
    ['particle after two words', 'Caixa Geral de Poupanças will cut 300 jobs in Lisbon.', 'Caixa Geral de Poupanças'],
    ['Spanish airline', 'Flights of Aerolíneas Tamarindas were cancelled on Friday.', 'Aerolíneas Tamarindas'],
    [
      'a prefix word before a given name',
      'Royal Anna Mining, the larger rival, kept its dividend.',
      'Royal Anna Mining',
    ],
    [
      'a foundation as owner',
      'The Halvorsen Stiftung, which is run by the town, owns most of the shares.',
      'Halvorsen Stiftung',
    ],
    [
      'a legal form after a comma, "Industria" opening the name',
      'Industria de Tejidos Vellanos, S.A., the textile group, will close 300 shops.',
      'Industria de Tejidos Vellanos',
    ],
    ['a founder-named dairy', 'The new finance chief joined from Brunhilde Dairy in March.', 'Brunhilde Dairy'],
  ])('%s', (_, text, name) => {
    const x = extract(text);
    expect(x.entity(name)?.type).toBe('Company');
    expect(x.names('Person')).toEqual([]);
  });

  it('the name after the generic word and its particle is a short form', () => {
    const x = extract('Compagnie de Vellane will exit the Moroccan market. Vellane said the market had shrunk.');
    expect(x.entity('Compagnie de Vellane')?.aliases).toContain('Vellane');
    expect(x.names('Company')).toEqual(['Compagnie de Vellane']);
  });

  it('a union named in its own language is an organization and, speaking, a cited source', () => {
    const x = extract(
      'Norda Bank will cut 6,000 jobs. Bankförbundet, which represents its staff in Sweden, said it had not been told.',
    );
    expect(x.entity('Bankförbundet')?.type).toBe('Company');
    expect(x.cited()).toContain('Bankförbundet');
  });
});

describe('legal forms of two parts', () => {
  it('"Co., Ltd." belongs to the name, so the acronym in brackets after it is that company', () => {
    const x = extract('Kuroda Airlines Co., Ltd. (KAL) will cut 500 jobs. KAL said the cuts were needed.');
    expect(x.names('Company')).toEqual(['Kuroda Airlines']);
    expect(x.entity('Kuroda Airlines')?.aliases).toEqual(expect.arrayContaining(['KAL', 'Kuroda Airlines Co., Ltd.']));
  });

  it('"Public Company Limited", "Sdn Bhd" and "GmbH & Co." leave the bare name', () => {
    expect(extract('Siam Vellmora Public Company Limited will cut jobs.').names('Company')).toEqual(['Siam Vellmora']);
    expect(extract('Ombara Sdn Bhd will close a plant in Penang.').names('Company')).toEqual(['Ombara']);
    expect(extract('Tarvik GmbH & Co. KG will cut 90 jobs.').names('Company')).toEqual(['Tarvik']);
  });
});

describe('legal forms of more countries, and trading names', () => {
  it.each([
    ['a South African state company', 'State-owned Ombara Holdings SOC Ltd will cut 1,000 jobs.', 'Ombara Holdings'],
    ['a Thai public company', 'Tarvik Global Chemical Pcl will cut 300 jobs.', 'Tarvik Global Chemical'],
    ['a Mexican company without dots', 'Grupo Marlen SAB de CV cut 500 jobs.', 'Grupo Marlen'],
  ])('%s', (_label, text, name) => {
    expect(extract(text).names('Company')).toEqual([name]);
  });

  it('a name in brackets after a legal name is the name it trades under', () => {
    const x = extract('Tarvik Precision Industry Co. (Vellcon) will cut jobs. Vellcon said it would move lines.');
    expect(x.names('Company')).toEqual(['Tarvik Precision Industry']);
    expect(x.entity('Tarvik Precision Industry')?.aliases).toContain('Vellcon');
    // A place in brackets says where the company is.
    expect(extract('Ombara NV (Netherlands) will cut 700 jobs.').names('Company')).toEqual(['Ombara']);
  });
});

describe('a country in brackets after a company name', () => {
  it.each([
    [
      'a local bank',
      'Bank of Vellmora (Hong Kong) said on Monday it would cut 200 jobs.',
      'Bank of Vellmora (Hong Kong)',
    ],
    [
      'a joint venture, no legal form after',
      'Tan Kee Motor Assembly (Thailand), the joint venture, will shut its plant.',
      'Tan Kee Motor Assembly (Thailand)',
    ],
  ])('ends the name of the local arm: %s', (_, text, name) => {
    expect(extract(text).entity(name)).toBeDefined();
  });
});

describe('a legal name and the name the article then uses', () => {
  it('"X, S.A., the group better known as Y": one company, under both names, owning its brands', () => {
    const x = extract(
      'MADRID — Industria de Tejidos Vellanos, S.A., the group better known as Tevesa and as the owner of Marlo, ' +
        'will close 300 of its shops, the company said on Wednesday.\n\nTevesa will invest 1 billion euros online.',
    );
    const company = x.doc.entities.filter((e) => e.type === 'Company' && /Tevesa|Vellanos/.test(e.name));
    expect(company).toHaveLength(1);
    expect([company[0]!.name, ...company[0]!.aliases]).toEqual(
      expect.arrayContaining(['Tevesa', 'Industria de Tejidos Vellanos, S.A.']),
    );
  });
});
