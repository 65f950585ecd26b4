import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { partialInitialForms } from './short-forms.js';

/** The company entity whose name or aliases include `n`. */
function companyCalled(x: ReturnType<typeof extract>, n: string) {
  return x.doc.entities.find((e) => e.type === 'Company' && (e.name === n || e.aliases.includes(n)));
}

describe('a name with some of its words written as initials is the same company', () => {
  it('"Kestrel Norrvik Group … KN Group": the organization word kept, the rest initialled', () => {
    const x = extract(
      'Hallberg Holdings said on Monday it would cut 300 jobs, after Kestrel Norrvik Group sold its stake. ' +
        'KN Group said the sale was complete.',
    );
    expect(x.entity('KN Group')).toBeUndefined();
    expect(companyCalled(x, 'KN Group')?.name).toBe('Kestrel Norrvik Group');
  });

  it('"United Kestrel Steel Corporation … UK Steel": the initialled words open the name', () => {
    const x = extract(
      'The United Kestrel Steel Corporation, which owns the plant, said it would cut 200 jobs. UK Steel said it ' +
        'would talk to the union.',
    );
    expect(x.entity('UK Steel')).toBeUndefined();
    expect(companyCalled(x, 'UK Steel')?.name).toMatch(/^United Kestrel Steel/);
  });

  it('near miss: the same initials before another word stay another company', () => {
    const x = extract(
      'Hallberg Holdings said on Monday it would cut 300 jobs, after Kestrel Norrvik Group sold its stake. ' +
        'KN Foods said it would buy the stake.',
    );
    expect(companyCalled(x, 'KN Foods')?.name).not.toBe('Kestrel Norrvik Group');
  });

  it('only runs of capitalised words are initialled, never the whole name', () => {
    expect(partialInitialForms(['Kestrel', 'Norrvik', 'Group'])).toEqual(['KN Group', 'Kestrel NG']);
    expect(partialInitialForms(['Bank', 'of', 'Norrvik'])).toEqual([]);
    expect(partialInitialForms(['Kestrel', 'Bank'])).toEqual([]);
  });
});

describe('a town or initials before a hyphen, and a town after a generic word, are the short form', () => {
  it('"Toronto-McNorrvik … Toronto said": a town leading a hyphenated name stands for the company', () => {
    const x = extract(
      'Toronto-McNorrvik says it will cut back copper processing by 40% and lay off 300 workers at the mine. ' +
        'Toronto said the cuts were needed.',
    );
    expect(x.entity('Toronto')).toBeUndefined();
    expect(companyCalled(x, 'Toronto')?.name).toBe('Toronto-McNorrvik');
  });

  it('near miss: a town the text writes as a place stays no short form of the company', () => {
    const x = extract(
      'Toronto-McNorrvik says it will cut back copper processing by 40% and lay off 300 workers at its mine in ' +
        'Toronto. Toronto has lost many jobs this year.',
    );
    expect(companyCalled(x, 'Toronto')?.name).not.toBe('Toronto-McNorrvik');
  });

  it('"KVM-Norrvik … KVM said": initials in capitals before the hyphen', () => {
    const x = extract(
      'KVM to shut paper mill\n\nKVM-Norrvik said on Tuesday it would close its paper mill, cutting 450 jobs. ' +
        'KVM said demand for paper had fallen.',
    );
    expect(x.entity('KVM')).toBeUndefined();
    expect(companyCalled(x, 'KVM')?.name).toBe('KVM-Norrvik');
  });

  it('near miss: a name without a hyphen lends no part of its initials', () => {
    const x = extract('KVM said on Tuesday it would close its paper mill, cutting 450 jobs. KV said it would buy it.');
    expect(companyCalled(x, 'KV')?.name).not.toBe('KVM');
  });

  it('"Grupo Toronto … Toronto\'s bakeries": a town after a generic first word is the company', () => {
    const x = extract(
      'Grupo Toronto, the bakery company based in Mexico, will close two plants affecting 140 employees. The ' +
        'company said Toronto would keep its head office in Mexico City.',
    );
    expect(x.entity('Toronto')).toBeUndefined();
    expect(companyCalled(x, 'Toronto')?.name).toBe('Grupo Toronto');
  });

  it('near miss: an airline named after its town leaves the town a town', () => {
    const x = extract(
      'Air Toronto said it would cut 140 jobs. The company said Toronto would keep its head office open.',
    );
    expect(companyCalled(x, 'Toronto')?.name).not.toBe('Air Toronto');
  });

  it('"Assicurazioni Hallberg … Hallberg": an insurer\'s generic first word drops', () => {
    const x = extract(
      "Italy's biggest insurer Assicurazioni Hallberg S.p.A. has no plans to cut jobs. Hallberg said it would " +
        'sell two units.',
    );
    expect(x.entity('Hallberg')).toBeUndefined();
    expect(companyCalled(x, 'Hallberg')?.name).toBe('Assicurazioni Hallberg');
  });
});

describe('a country opening a company name lends the name after it', () => {
  it('"China Norrvik Group … Norrvik said"', () => {
    const x = extract(
      'China Norrvik Group said its electric vehicle unit plans to lay off 10 per cent of its workers. Norrvik ' +
        'said it would sell assets.',
    );
    expect(x.entity('Norrvik')).toBeUndefined();
    expect(companyCalled(x, 'Norrvik')?.name).toBe('China Norrvik Group');
  });

  it('near miss: a country before two words lends neither ("China Norrvik Bank" and "Norrvik Steel")', () => {
    const x = extract(
      'China Norrvik Bank said it would cut 300 jobs. Norrvik Steel said it would cut 200 jobs at its mill.',
    );
    expect(companyCalled(x, 'Norrvik Steel')?.name).toBe('Norrvik Steel');
    expect(companyCalled(x, 'China Norrvik Bank')?.name).toBe('China Norrvik Bank');
  });
});

describe('a country before an industry word lends no short form', () => {
  it('"Kenya Telecommunication Group … Telecommunication Hallberg Board": the board is no unit of the group', () => {
    const x = extract(
      'Kenya Telecommunication Group said it would cut 300 jobs. In Nairobi, Kestrel Vale for Norrvik Bank and ' +
        'Telecommunication Hallberg Board had signed.',
    );
    expect(x.entity('Kenya Telecommunication Group')?.aliases ?? []).not.toContain('Telecommunication');
    expect(x.entity('Telecommunication Hallberg Board')?.type).toBe('Company');
  });
});

describe('near miss for every merge: two companies sharing a word stay two', () => {
  it('"Kestrel Bank" and "Kestrel Steel" stay two', () => {
    const x = extract('Kestrel Bank said it would cut 300 jobs. Kestrel Steel said it would cut 200 jobs.');
    expect(companyCalled(x, 'Kestrel Bank')?.name).toBe('Kestrel Bank');
    expect(companyCalled(x, 'Kestrel Steel')?.name).toBe('Kestrel Steel');
  });
});

describe('a bank named in passing in common words', () => {
  it('"Thistle Chartered Bank also joined the list": three words opening a sentence, the middle one capitalised', () => {
    const x = extract(
      'Kestrel Holdings said it would cut 300 jobs in Kenya. Thistle Chartered Bank also joined the list, ' +
        'announcing a reduction of 300 jobs in its Kenya unit.',
    );
    expect(x.entity('Thistle Chartered Bank')?.type).toBe('Company');
  });

  it('near miss: a sentence opened by "Neither" before a company\'s own name keeps the company\'s name', () => {
    const x = extract(
      'Kestrel Holdings said it would cut 300 jobs. Neither General Motors nor the union would comment on the talks.',
    );
    expect(x.entity('Neither General Motors')).toBeUndefined();
  });

  it('"They include First Community Bank": one generic word beside another names one bank', () => {
    const x = extract(
      'Kestrel Holdings said it would cut 300 jobs. Lenders have cut jobs too. They include First Community ' +
        'Bank, which does not even charge interest.',
    );
    expect(x.entity('First Community Bank')?.type).toBe('Company');
  });

  it('near miss: generic words only name a kind of bank', () => {
    const x = extract(
      'Kestrel Holdings said it would cut 300 jobs. Rural Savings Bank branches closed too, and so did Community ' +
        'Bank branches.',
    );
    expect(x.entity('Rural Savings Bank')).toBeUndefined();
    expect(x.entity('Community Bank')).toBeUndefined();
  });
});

describe('a town before a possessive that ranks someone else owns nothing', () => {
  it('"the arm of Vellmora\'s largest bank Kestrel NBD": the bank owns the arm, the town is no company', () => {
    const x = extract(
      "Kestrel Islamic, the sharia-compliant arm of Toronto's largest bank Kestrel NBD (KNBD), has laid off more " +
        'than 100 people, sources said.',
    );
    expect(x.entity('Toronto')).toBeUndefined();
    expect(x.parent('Kestrel Islamic')).toBe('Kestrel NBD');
  });

  it('near miss: "the arm of Kestrel NBD" still names the owner', () => {
    const x = extract('Kestrel Islamic, the arm of Kestrel NBD, has laid off more than 100 people, sources said.');
    expect(x.entity('Kestrel NBD')?.type).toBe('Company');
    expect(x.parent('Kestrel Islamic')).toBe('Kestrel NBD');
  });
});

describe('initials in brackets that leave out the owner\'s initials join a name across "and"', () => {
  it('"NVK Studios and Post Production (S&PP)" is one company', () => {
    const x = extract(
      'NVK Studios and Post Production (S&PP) said on Monday it would close its site, cutting 32 jobs. S&PP said ' +
        'the decision was difficult.',
    );
    expect(x.entity('NVK Studios and Post Production')?.type).toBe('Company');
    expect(x.entity('Post Production')).toBeUndefined();
  });

  it('near miss: initials of the words after "and" alone leave two names', () => {
    const x = extract(
      'NVK Studios and Post Production (PP) said on Monday it would close its site, cutting 32 jobs. PP said the ' +
        'decision was difficult.',
    );
    expect(x.entity('NVK Studios and Post Production')).toBeUndefined();
  });
});

describe("a department named inside a post's title is no company", () => {
  it('"Secretary of Coordination and Governance of State Enterprises of the Ministry"', () => {
    const x = extract(
      'Kestrel Bank said it would cut 300 jobs. According to Jane Roe, Secretary of Coordination and Governance of ' +
        'State Enterprises of the Ministry of Economy, seven programmes are under way.',
    );
    expect(x.entity('Coordination')).toBeUndefined();
    expect(x.entity('Governance')).toBeUndefined();
  });

  it('near miss: a company in common words after a post, with no body after it, stays a company', () => {
    const x = extract(
      'Kestrel Bank said it would cut 300 jobs. Jane Roe, chairman of Thistle Harbour and Lantern Bank, said talks ' +
        'went well.',
    );
    expect(x.entity('Thistle Harbour')?.type).toBe('Company');
  });
});
