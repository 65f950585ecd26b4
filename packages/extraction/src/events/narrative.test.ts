import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-03-12') => extract(text, pub).events();
const orgs = (text: string) => events(text).map((e) => e.org);

describe('who acts when someone else reports the plan', () => {
  it('credits the company an analyst, rating agency or newspaper speaks about, not the speaker', () => {
    expect(orgs('Analysts at Corvo Securities expect Marlowe Media to cut about 700 jobs.')).toEqual(['Marlowe Media']);
    expect(orgs("Fitch Ratings said Orsato Pharma's plan to cut 1,100 jobs would support its margins.")).toEqual([
      'Orsato Pharma',
    ]);
    expect(orgs('According to Brenner Research, Tavora Steel will eliminate 2,500 positions.')).toEqual([
      'Tavora Steel',
    ]);
    expect(orgs('Kiru Capital said Ndovu Breweries would shed 400 workers at its Mombasa plant.')).toEqual([
      'Ndovu Breweries',
    ]);
  });

  it('keeps the speaker when it reports its own cut', () => {
    expect(orgs('Norrvik Motors told the Kora Daily it would cut 1,500 jobs.')).toEqual(['Norrvik Motors']);
    expect(orgs('Hallberg Foods said in a filing with Vessa Exchange that it would cut 300 jobs.')).toEqual([
      'Hallberg Foods',
    ]);
  });
});
