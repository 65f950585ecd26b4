import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('organizations the words around introduce: banks in a deal, coined names, unions in their own language', () => {
  it.each([
    [
      'a bank coordinating an offer',
      'The offer was coordinated by Kessara Pactual, with two other banks.',
      'Kessara Pactual',
    ],
    ['a fund with a digit in its coined name', 'The infrastructure fund V3i could also invest in the grid.', 'V3i'],
    [
      'a broadcaster with a digit, in apposition',
      'Vellacast.2, the rival broadcaster, has cut jobs too.',
      'Vellacast.2',
    ],
    ['a consortium', 'The government chose the Marovo Consortium to buy the airline.', 'Marovo Consortium'],
    [
      'an investment house after analysts',
      'Analysts at Hana Ombara Investment said closures would go on.',
      'Hana Ombara Investment',
    ],
    [
      'a union named in Portuguese',
      'The Sindicato dos Metalúrgicos de Vellora said 1,500 jobs would go.',
      'Sindicato dos Metalúrgicos de Vellora',
    ],
  ])('%s', (_, text, name) => {
    expect(extract(text).entity(name)?.type).toBe('Company');
  });

  it('a company opening a sentence with a common word is one when it says it will cut jobs', () => {
    const x = extract('Rival carmakers are cutting too. Compass said in November it would eliminate 4,000 jobs.');
    expect(x.entity('Compass')?.type).toBe('Company');
  });
});

describe('a brand introduced with no owner as the sentence opens', () => {
  it('is the company the article is about ("Fashion brand Vessla could cut …")', () => {
    for (const text of [
      'Fashion brand Vessla could cut 1,700 jobs as it aims to reduce costs by 2027.',
      'British luxury brand Vessla has announced plans to reduce its global workforce by around 1,700 roles.',
    ]) {
      const x = extract(text);
      expect(x.names('Company')).toContain('Vessla');
      expect(x.names('Division')).not.toContain('Vessla');
    }
  });

  it('stays a unit when a company owns it ("its luxury brand Vessla", "the fashion brand Vessla" it sells)', () => {
    for (const text of [
      'Hallberg Group said its luxury brand Vessla would cut 300 jobs.',
      'Hallberg Group will sell the fashion brand Vessla to Kora Capital.',
    ])
      expect(extract(text).names('Division')).toContain('Vessla');
  });
});
