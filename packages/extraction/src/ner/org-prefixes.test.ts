import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a company written in full and by its first word is one company', () => {
  it('a carmaker\'s legal name and its bare short form, with a regional unit named "X of Europe"', () => {
    const r = extract(
      'Noble Motor Co. plans to cut 4,000 jobs in Europe.\n\n' +
        '"Noble will be a more targeted business in Europe," said Anna Lind, president of Noble of Europe, in a ' +
        'statement.',
    );
    expect(r.names('Division')).not.toContain('Noble Motor');
    const company = r.doc.entities.find((e) => e.type === 'Company' && e.name.startsWith('Noble'));
    expect(company && [company.name, ...company.aliases]).toEqual(expect.arrayContaining(['Noble Motor Co.']));
    expect(r.events()[0]).toMatchObject({ org: company!.name, count: 4000 });
  });

  it("an airline's full name and its bare first word", () => {
    const r = extract(
      'Noble Airlines will cut 1,200 jobs this year.\n\n' +
        '"Noble will be a smaller airline," said Anna Lind, president of Noble of Europe, in a statement.',
    );
    expect(r.names('Division')).not.toContain('Noble Airlines');
    expect(r.names('Company').filter((n) => n.startsWith('Noble'))).toHaveLength(1);
  });

  it('a maker\'s full name ending in "Systems" and its bare first word', () => {
    const r = extract(
      'Norvale Systems is cutting 7% of its workforce, according to a notice the networking company filed.\n\n' +
        'Norvale said it would focus on security. Norvale employs 90,000 people.',
    );
    expect(r.names('Division')).not.toContain('Norvale Systems');
    expect(r.names('Company').filter((n) => n.startsWith('Norvale'))).toHaveLength(1);
  });

  it('a legal name written before its bare first word is the company itself ("Norvik Bank AB … Norvik")', () => {
    const r = extract(
      'STOCKHOLM — Norvik Bank AB, the largest lender in the region, will cut 3,000 jobs, it said on Thursday.\n\n' +
        'Norvik would close 200 branches. Norvik Bank Danmark, its Danish subsidiary, will become a branch.',
    );
    expect(r.names('Company').filter((n) => n.startsWith('Norvik'))).toHaveLength(1);
    expect(r.names('Division')).not.toContain('Norvik Bank');
    expect(r.parent('Norvik Bank Danmark')).toBe('Norvik Bank');
  });

  it('a unit with a legal name stays a unit when its parent has a legal name too ("Orla Hotels Ltd … Orla Ltd")', () => {
    const r = extract(
      'Shares of Orla Hotels Ltd, the hotels business carved out of Orla Ltd, fell 5% on Wednesday.\n\n' +
        'Orla keeps 40% of the new company.',
    );
    expect(r.parent('Orla Hotels')).toBe('Orla');
  });

  it('"X International" beside "X UK" is the unit abroad, not the full name of the bare "X"', () => {
    const r = extract(
      'LONDON - Marwick is splitting into four divisions, the bank said on Tuesday.\n\n' +
        'It will report separately on Marwick UK, its high-street bank, and on its trading arm. Until now the ' +
        'lending business sat inside Marwick International alongside the trading floors.',
    );
    expect(r.names('Company')).toContain('Marwick');
    expect(r.parent('Marwick International')).toBe('Marwick');
  });

  it('"X International" first written after the bare "X", among its subsidiaries, is a unit', () => {
    const r = extract(
      'WARSAW — Velkor Cargo S.A. said on Monday it would cut 3,000 jobs.\n\n' +
        'The group also has several subsidiaries, among them the Czech-based Velkor Cargo International, which ' +
        'the carrier bought in 2015.',
    );
    expect(r.parent('Velkor Cargo International')).toBe('Velkor Cargo');
  });

  it('a registered name and the plural the brand trades under are one company ("Halden Car AB … Halden Cars")', () => {
    const r = extract(
      'GOTHENBURG — Halden Car AB will eliminate about 3,000 positions, the carmaker said on Monday.\n\n' +
        "The reduction is about 15% of Halden Cars' office workforce. Halden Cars expects costs of SEK 1.5bn.",
    );
    expect(r.names('Company').filter((n) => n.startsWith('Halden'))).toHaveLength(1);
  });

  it('a unit named after its company stays a unit', () => {
    const r = extract(
      'Harkon said on Tuesday it would close its Harkon Logistics unit. Harkon Logistics employs 900 people.',
    );
    expect(r.parent('Harkon Logistics')).toBe('Harkon');
  });

  it('a sibling with an industry word beside a company written with its own legal form is its unit', () => {
    const r = extract(
      'KUALA LUMPUR — Tembira Berhad will split into three listed companies, the conglomerate said. Its other ' +
        'businesses include Tembira Motors, which sells trucks, and Tembira Logistics. Tembira Motors employs 4,000.',
    );
    expect(r.names('Company').filter((n) => n.startsWith('Tembira'))).toHaveLength(1);
    expect(r.parent('Tembira Motors')).toBe('Tembira');
  });

  it('a lone name-sharing sibling of a company written in its legal form stays a company of its own', () => {
    const r = extract(
      'TOKYO — Velmora Motors will close a plant, the carmaker said. Velmora Corporation, the trading house, is its ' +
        'second-largest shareholder. Velmora Motors employs 30,000 people.',
    );
    expect(r.names('Company')).toEqual(expect.arrayContaining(['Velmora Motors', 'Velmora']));
    expect(r.parent('Velmora Motors')).toBeNull();
  });

  it('"X International Limited" beside the holding company "X Holdings" is its subsidiary, not its other name', () => {
    const r = extract(
      'Corvane Holdings said on Monday that its subsidiary Corvane International Limited had sold its stake in ' +
        'Brivo Foods. Corvane Holdings is based in Cape Town.',
    );
    expect(r.parent('Corvane International')).toBe('Corvane Holdings');
  });
});
