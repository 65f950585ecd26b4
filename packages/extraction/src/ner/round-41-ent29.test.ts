import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');
const people = (text: string) => extract(text).names('Person');
const orgs = (text: string) => extract(text).orgs();

describe("a state body's word never ends a person's name (people.ts, looksLikePersonName)", () => {
  it('"a director at the Kestrel Trade Board said": the Board is no person', () => {
    const text = 'Jon Varga, a director at the Kestrel Trade Board, said firms like Norrvik review their plans often.';
    expect(people(text)).toEqual(['Jon Varga']);
  });

  it('"the Vessla Grid Authority said", "the Orsk Port Commission said": no person either', () => {
    const text = 'The Vessla Grid Authority said prices would rise. The Orsk Port Commission said the move was late.';
    expect(people(text)).toEqual([]);
  });

  it("near miss: a person whose surname is no body's word stays a person", () => {
    const text = 'Ana Boardman, a director at Kestrel Motors, said the plant would close.';
    expect(people(text)).toContain('Ana Boardman');
  });
});

describe('a capital "State-owned" opening a state body\'s name (name-runs.ts, stateOwnedOpensBody)', () => {
  it('"the State-owned Assets Oversight and Holdings Commission" keeps its first word', () => {
    const text =
      'The merger of Kestrel Chemical and Vessla Chemical was approved by the State-owned Assets Oversight and ' +
      'Holdings Commission, the two groups said on Monday.';
    const names = orgs(text).join(' | ');
    expect(names).toContain('State-owned Assets Oversight and Holdings Commission');
    expect(names).not.toMatch(/Company Assets Oversight/);
  });

  it('near miss: "State-owned Norrvik Rail Authority" — a name after it, so "State-owned" describes the body', () => {
    const text = 'State-owned Norrvik Rail Authority will cut 300 jobs next year, its chairman said.';
    const names = companies(text);
    expect(names.some((n) => n.startsWith('State-owned'))).toBe(false);
  });

  it('near miss: "State-owned Kestrel Rail will cut" — no body\'s word ends the run', () => {
    const text = 'State-owned Kestrel Rail will cut 300 jobs next year, its chairman said.';
    expect(companies(text)).toContain('Kestrel Rail');
  });
});

describe("a country's law or programme is no company of it (org-cues.ts, place possessive)", () => {
  it('"in line with Norway\'s Working Hours Act", "under Vessla\'s Employment Act"', () => {
    const text =
      "Kestrel Foods will lay off staff in accordance with Norway's Working Hours Act, it said. Norrvik Bank " +
      "will follow the terms of Sweden's Employment Protection Code.";
    const names = companies(text);
    expect(names.some((n) => / (?:Act|Code)$/.test(n))).toBe(false);
  });

  it('near miss: "Norway\'s Kestrel Holdings" is still a company of the country', () => {
    const text = "The unit will be sold to Norway's Kestrel Holdings, the bank said.";
    expect(companies(text)).toContain('Kestrel Holdings');
  });
});

describe('"and" before an organization\'s word and "of" opens a second name (name-runs.ts, secondInstitutionAfterAnd)', () => {
  it('"chaired by Ministry of Mines director Jon Varga and Ministry of Ports director Ana Lind"', () => {
    const text =
      'Talks chaired by Ministry of Mines director Jon Varga and Ministry of Ports director Ana Lind ended in a ' +
      'deal with Kestrel Electric Corporation.';
    const names = orgs(text).join(' | ');
    expect(names).not.toContain('Varga and Ministry');
    expect(names).toContain('Ministry of Ports');
    expect(people(text)).toContain('Jon Varga');
  });

  it('near miss: "the Ministry of Trade and Industry" keeps its remit after "and"', () => {
    const text = 'The Ministry of Trade and Industry said Kestrel Motors will cut 200 jobs.';
    expect(companies(text)).toContain('Ministry of Trade and Industry');
  });
});

describe('a bare "with", "by", "from" or "according to" proves no person (people.ts, weakOnly)', () => {
  it('"jobs with Kestrel Meats", "the notice seen by Vessla Mail": no person without a given name', () => {
    const text =
      'There may be some jobs with Kestrel Meats in the south. Staff confirmed the notice seen by Vessla Mail.';
    expect(people(text)).toEqual([]);
  });

  it('near miss: a given name, a title or a speech verb still makes a person after "by"', () => {
    const text =
      'The deal was signed by Jon Varga. The plan was drafted by Tarek Olumide, the chief executive of Norrvik ' +
      'Motors. It was backed by Kestrel Bank.';
    const names = people(text);
    expect(names).toContain('Jon Varga');
    expect(names).toContain('Tarek Olumide');
  });
});

describe("an organiser's, treasurer's or acting post written with capitals is no part of a name (name-runs.ts RUN_STOP, people.ts STOP)", () => {
  it('"VMU Regional Organiser for the Eastern Zone, Jon Varga": the union is VMU, the person Jon Varga', () => {
    const text =
      'The Vandor Miners Union (VMU) has asked a court to stop the cuts. VMU Regional Organiser for the Eastern ' +
      'Zone, Jon Varga, said talks were held. VMU Regional Organiser Ana Lind agreed.';
    const x = extract(text);
    expect(x.names('Person')).toEqual(expect.arrayContaining(['Jon Varga', 'Ana Lind']));
    expect(x.orgs().join(' | ')).not.toContain('Organiser');
  });

  it('"said Acting spokesperson Jon Varga": "Acting" is no company', () => {
    const text = 'The consultation ended in May,” said Acting spokesperson Jon Varga of Vessla Broadcasting.';
    expect(companies(text)).toEqual(['Vessla Broadcasting']);
  });

  it('near miss: a union\'s post after its full name still names the union ("Vandor Miners Union General Secretary")', () => {
    const text = 'Vandor Miners Union General Secretary Ana Lind said 300 jobs would go at Kestrel Mining.';
    expect(extract(text).role('Ana Lind')?.org).toBe('Vandor Miners Union');
  });
});

describe('a Spanish or Portuguese trade noun opens a company name with its particles (org-nouns.ts, ORG_PREFIX_WORDS)', () => {
  it('"The companies Siderúrgica del Vandor and Sistemas Vandorales y Construcciones will shut …"', () => {
    const text =
      'The companies Siderúrgica del Vandor and Sistemas Vandorales y Construcciones will shut their two mills ' +
      'next month, putting 250 workers out of work. Metalúrgica de Tubos de Kestrel will cut 200 jobs.';
    const names = companies(text);
    expect(names).toEqual(
      expect.arrayContaining([
        'Siderúrgica del Vandor',
        'Sistemas Vandorales y Construcciones',
        'Metalúrgica de Tubos de Kestrel',
      ]),
    );
    expect(people(text)).toEqual([]);
  });

  it('near miss: the trade noun inside a name, not opening it, adds nothing ("Vandor Alimentos company")', () => {
    const text = 'The Vandor Alimentos company announced a temporary halt at its plant in Kestrel.';
    expect(companies(text).some((n) => n.includes(' de ') || n.includes(' y '))).toBe(false);
  });
});
