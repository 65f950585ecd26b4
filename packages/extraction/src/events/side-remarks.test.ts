import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-04-03') => extract(text, pub).events();

describe('side remarks beside the story', () => {
  it("gives no event to a rival's move told without a figure", () => {
    const text = [
      'Kestrel Air will lay off about 1,200 employees, the carrier said on Tuesday.',
      'Rival Marlow Airways has also reduced its headcount, while Corvo Jet has put some staff on unpaid leave.',
      'Nordic rivals Brenner Bank and Tovik Bank have closed branches across the region.',
    ].join(' ');
    const orgs = events(text).map((e) => e.org);
    expect(orgs).toEqual(['Kestrel Air']);
  });

  it("folds a sale told with 'already' into the company's main event", () => {
    const text = [
      'Harlow Industries has completed the sale of its stake in Harlow Metals to a consortium led by Quarry Capital.',
      'The group has already sold Harlow Chemical to Vessel Partners and its logistics arm to Brightwater.',
    ].join(' ');
    expect(events(text).filter((e) => e.org === 'Harlow Industries')).toHaveLength(1);
  });

  it('never makes the company whose stake was sold the actor of the next deal in the clause', () => {
    const text = [
      'Harlow Breweries has agreed to sell its majority stake in Kito Beer to Vessel Partners, it said on Tuesday.',
      'It had earlier sold its stake in Marlow Breweries and handed its Tarra brewery to Brenner.',
    ].join(' ');
    expect(events(text).map((e) => e.org)).not.toContain('Marlow Breweries');
  });
});
