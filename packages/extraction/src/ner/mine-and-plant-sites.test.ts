import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const run = (text: string, pub = '2025-03-12') => extract(text, pub);
const companies = (text: string) => run(text).names('Company');
const brief = (text: string) =>
  run(text)
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a mine, shaft or plant named after its town is a site, not a company', () => {
  it('reads a shaft with its number and a mineral between as the site of the company in focus', () => {
    const text = [
      'Hallberg Mining is starting retrenchment talks with 1,200 workers at its Vandmoor 3 gold shaft.',
      'Vandmoor is a deep-level gold mining and processing operation west of Orsk.',
      'The Vandmoor 3 gold shaft has lost money for two years, Hallberg Mining said.',
    ].join(' ');
    expect(companies(text)).not.toContain('Vandmoor');
    expect(brief(text).filter((e) => e[1] === 'Vandmoor')).toEqual([]);
  });

  it("reads an owner's possessive before the plant as the site, and its later bare mentions too", () => {
    const text = [
      "Workers blocked Norrvik Cars' Tessby plant on Monday over planned job cuts.",
      'Norrvik Cars plans to cut 900 of the 3,100 jobs at the plant, and all the cuts at Tessby will be voluntary.',
      'About 900 Tessby employees may take the offer.',
    ].join(' ');
    expect(companies(text)).not.toContain('Tessby');
    expect(brief(text).filter((e) => e[1] === 'Tessby')).toEqual([]);
    expect(brief(text).some((e) => e[1] === 'Norrvik Cars')).toBe(true);
  });

  it('reads a shaft with a lettered number and an acronym between as a site', () => {
    const text =
      "Kestrel Platinum will shut the Orvala 2B PGM shaft. Kestrel Platinum's Orvala 2B shaft employs 1,400 people.";
    expect(companies(text)).not.toContain('Orvala');
  });

  it('keeps a name that speaks as an employer a company, even when a plant bears it', () => {
    const text = [
      'The Brannvik plant in Orsk makes gearboxes.',
      'Brannvik said on Tuesday it would cut 300 jobs there.',
    ].join(' ');
    expect(companies(text)).toContain('Brannvik');
  });

  it('keeps a company that acts before a plant noun ("will close its plant") a company', () => {
    const text = "Hallberg Group's Velstra closes its plant in Orsk, cutting 200 jobs.";
    expect(run(text).names()).toContain('Velstra');
  });
});

describe('a shaft, colliery or plant taken out of work without a figure is a restructuring', () => {
  it.each([
    'Hallberg Mining will close Vandmoor 3 shaft by June as reserves run out.',
    'Hallberg Mining is to stop mining at Vandmoor 3 shaft.',
    'Hallberg Mining has placed its Vandmoor colliery on care and maintenance.',
    'Hallberg Mining will put the Orvala pit into care and maintenance next year.',
  ])('%s', (text) => {
    expect(brief(text)).toContainEqual(['restructuring', 'Hallberg Mining', null]);
  });
});

describe('care and maintenance, and mothballed operations', () => {
  it.each([
    'Hallberg Mining said its Vandmoor Nickel Operation would be placed into care and maintenance.',
    'Hallberg Mining will mothball its northern nickel operations.',
  ])('%s', (text) => {
    expect(brief(text)).toContainEqual(['restructuring', 'Hallberg Mining', null]);
  });
});

describe('a steelworks named after its town, and a plant name that speaks', () => {
  it('reads "the owner of Vandmoor steelworks" as a site even when a parent company is named', () => {
    const text = [
      'The owner of Vandmoor steelworks has confirmed that the plant will cut 2,000 jobs.',
      "Vandmoor's parent company, Kestrel Steel, said the plant was losing money.",
    ].join(' ');
    expect(companies(text)).not.toContain('Vandmoor');
    expect(companies(text)).toContain('Kestrel Steel');
  });

  it('keeps a name a plant bears a company when it later announces something', () => {
    const text = 'Workers gathered at the Brannvik plant in Orsk. Brannvik announced 300 job cuts on Tuesday.';
    expect(companies(text)).toContain('Brannvik');
  });
});
