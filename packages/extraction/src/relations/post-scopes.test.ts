import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a union's coordinators", () => {
  it.each([
    ['KMU regional coordinator', 'Lena Oduya, KMU regional coordinator, said workers were angry.'],
    ['KMU energy sector coordinator', 'Lena Oduya, KMU energy sector coordinator, had said the cuts were unfair.'],
  ])('gives the post "%s" at the union its initials name', (title, sentence) => {
    const x = extract(`Hallberg Power will cut 500 jobs. ${sentence}`);
    expect(x.role('Lena Oduya')).toEqual({ title, org: 'KMU' });
  });

  it('keeps a company post with a sector word at the company', () => {
    const x = extract('Hallberg Power will cut 500 jobs, said Lena Oduya, Hallberg Power energy sector head.');
    expect(x.role('Lena Oduya')?.org).toBe('Hallberg Power');
  });
});

describe('a post scoped by a nationality after the holder', () => {
  it.each([
    ['Anna Lind, its German head, said talks would start.', 'German head'],
    ["Anna Lind, the group's Swiss chief executive, said talks would start.", 'Swiss chief executive'],
    ['Anna Lind, Hallberg Group’s French country head, said talks would start.', 'French country head'],
  ])('gives the post at the company: %s', (sentence, title) => {
    const x = extract(`Hallberg Group will cut 500 jobs in Europe. ${sentence}`);
    expect(x.role('Anna Lind')).toEqual({ title, org: 'Hallberg Group' });
  });

  it('reads no post from a nationality before a plain noun', () => {
    const x = extract('Hallberg Group will cut 500 jobs. Anna Lind, a German engineer by training, joined in 2019.');
    expect(x.role('Anna Lind')?.title ?? '').not.toMatch(/German/);
  });
});

describe('a region named after a body', () => {
  it('is no person: "KMU in Vaalberg Region said"', () => {
    const x = extract(
      'KMU in Vaalberg Region said on Monday that it was angered by the retrenchments at Hallberg Power.',
    );
    expect(x.names('Person')).toEqual([]);
  });
});

describe('a post named by its field', () => {
  it('"Head of Corporate Communications" is a post at the bank, the field no organization', () => {
    const x = extract(
      "Orsk Bank has sacked 400 workers.\n\nThe bank's Head of Corporate Communications, Mr. Jan Roe, told reporters that the figures were not correct.",
    );
    expect(x.names('Company')).toEqual(['Orsk Bank']);
    expect(x.role('Jan Roe')).toEqual({ title: 'Head of Corporate Communications', org: 'Orsk Bank' });
  });
});

describe('an executive named after a customer the company supplies', () => {
  it('"the company, which supplies screens to Saltvik, announced chief executive Jane Roe had stepped down": the post is the company\'s', () => {
    const x = extract(
      'Tarvik Display Co Ltd on Tuesday announced a voluntary redundancy programme.\n\nNews of the possible job cuts came a day after the company, which supplies display screens to Saltvik Corp., announced chief executive Jane Roe had stepped down.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Tarvik Display' });
  });
});
