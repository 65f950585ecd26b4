import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { isFullBodyAt, isFullBodyName } from './full-body-names.js';

const companies = (text: string) => extract(text).names('Company');

describe("a workers' or trade body written by its full name is a company, cited or not (full-body-names.ts)", () => {
  it('"the Kora Union of Power Employees and … intervened": a union that only acts', () => {
    const text =
      'Norrvik Power planned to cut 900 workers, but the figure fell after talks. The Kora Union of Power ' +
      'Employees intervened to soften the blow.';
    expect(companies(text)).toContain('Kora Union of Power Employees');
  });

  it('"the stance of the Vessla Trade Union", "turned to the Orsk Trade Union Congress"', () => {
    const text =
      'Norrvik Foods dismissed 40 strikers. Critics pointed to the stance of the Vessla Trade Union on the deal. ' +
      'Staff then turned to the Orsk Trade Union Congress.';
    const names = companies(text);
    expect(names).toContain('Vessla Trade Union');
    expect(names).toContain('Orsk Trade Union Congress');
  });

  it('"the Kestrel Mineworkers Union (KMWU)": initials that are not exactly the name\'s still leave it a body', () => {
    const text = 'Norrvik Gold signed a deal with the Kestrel Mineworkers Union (KMWU) to lay off about 200 workers.';
    expect(companies(text)).toContain('Kestrel Mineworkers Union');
  });

  it('the shape alone: body word last, or before "of"; three words at least', () => {
    expect(isFullBodyName('Orsk Ceramic Union')).toBe(true);
    expect(isFullBodyName('General Federation of Vessla Workers')).toBe(true);
    expect(isFullBodyName('Orsk Labour Congress')).toBe(true);
    expect(isFullBodyName('Print, Radio & Screen Alliance')).toBe(true);
  });

  it("near miss: a union of states or markets, a parliament's congress, two words, a credit union", () => {
    expect(isFullBodyName('Eurasian Customs Union')).toBe(false);
    expect(isFullBodyName('Economic and Monetary Union')).toBe(false);
    expect(isFullBodyName("National People's Congress")).toBe(false);
    expect(isFullBodyName('Orsk Union')).toBe(false);
    expect(isFullBodyName('Orsk Alliance')).toBe(false);
    expect(isFullBodyName('Kestrel Credit Union')).toBe(false);
    expect(isFullBodyName('Union of Orsk Miners and Solidarity')).toBe(false);
  });

  it('near miss: a part of a longer name ("… of Vessla", "Orsk Retail, Kitchen and …") is no body of its own', () => {
    const text = 'The Kora Union of Metalworkers of Vessla said the closure would hurt the town.';
    expect(companies(text)).not.toContain('Kora Union of Metalworkers');
    const listed = 'The Orsk Retail, Kitchen and Hotel Staff Union opposed it.';
    const at = listed.indexOf('Kitchen');
    const name = 'Kitchen and Hotel Staff Union';
    expect(isFullBodyAt(listed, name, at, at + name.length)).toBe(false);
    const whole = 'The Orsk Allied Workers Union opposed it.';
    expect(isFullBodyAt(whole, 'Orsk Allied Workers Union', 4, 29)).toBe(true);
  });

  it("near miss: a named body's English name in apposition is no second body", () => {
    const text =
      'Vesliitto, the nation\'s Dye Makers\' Union, also criticised the plan. "The company has a strategy," ' +
      'said its president.';
    expect(companies(text)).not.toContain("Dye Makers' Union");
  });

  it('reads initials written as a word in brackets as the body\'s short form ("(Ccku)")', () => {
    const text =
      'Kestrel Foods will cut 300 jobs. Staff brought their complaint to the Central Council of Kora Unions (Ccku).';
    expect(companies(text)).toContain('Central Council of Kora Unions');
    const fund = 'Kestrel Foods will cut 300 jobs. Members of the Kora Teachers Savings Fund (Ktsf) lost money.';
    expect(companies(fund)).toContain('Kora Teachers Savings Fund');
  });

  it('near miss: a word in brackets that is no short form of the name (a native name) keeps the body out', () => {
    const text =
      'Kestrel Foods will cut 300 jobs. Staff brought their complaint to the Kora Engineering Workers Union (Vesliitto).';
    expect(companies(text)).not.toContain('Kora Engineering Workers Union');
    const fund = 'Kestrel Foods will cut 300 jobs. Members of the Kora Teachers Savings Fund (Vessla) lost money.';
    expect(companies(fund)).not.toContain('Kora Teachers Savings Fund');
  });
});
