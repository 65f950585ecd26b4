import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { REPORTING_RE } from './reported-clauses.js';

const orgs = (body: string) =>
  extract(`Orsk cuts\n\n${body}\n`, '2024-05-30')
    .events()
    .map((e) => e.org);
/** What REPORTING_RE takes as the reporting verb and what it opens, in `text`. */
const reporting = (text: string) => {
  REPORTING_RE.lastIndex = 0;
  return REPORTING_RE.exec(text)?.[0] ?? null;
};

describe('"told <whom> that …" opens a reported clause, as "said that …" does', () => {
  it('reads "told" with one to three words for whom, and a day between', () => {
    expect(reporting('Roe told reporters that the firm would cut')).toBe('told reporters that ');
    expect(reporting('Roe told the Kestrel Times it would cut')).toBe('told the Kestrel Times ');
    expect(reporting('Roe told staff the plant would close')).toBe('told staff ');
    expect(reporting('Roe told Vessla Radio on Monday that it would')).toBe('told Vessla Radio on Monday that ');
  });

  it('near miss: "told" with nothing reported after it is no reporting verb', () => {
    expect(reporting('Roe told colleagues about a new plan')).toBeNull();
  });

  it('a company that a commenting firm tells of is the one that cuts', () => {
    expect(orgs('Kiru Capital told reporters that Orsk Foods would shed 400 jobs this year.')).toEqual(['Orsk Foods']);
  });

  it('near miss: the company that tells of its own cut keeps it', () => {
    expect(orgs('Orsk Foods chief executive Jane Roe told staff that the company would cut 400 jobs.')).toEqual([
      'Orsk Foods',
    ]);
  });
});

describe('a unit told of in its owner’s word to the exchange', () => {
  const venture = (told: string) =>
    `Vessla Group ${told} on Tuesday that Vessla Steel Europe, its joint venture with Kestrel Corp., would stop making steel by the end of 2025. The closure will affect about 400 workers.`;

  it('stays the owner’s round: "told the stock exchange that <its unit> would stop …"', () => {
    expect(orgs(venture('told the stock exchange'))).toEqual(['Vessla Group']);
  });

  it('near miss: told to reporters, the unit acts for itself', () => {
    expect(orgs(venture('told reporters'))).toEqual(['Vessla Steel Europe']);
    expect(orgs(venture('told stock market analysts'))).toEqual(['Vessla Steel Europe']);
  });
});
