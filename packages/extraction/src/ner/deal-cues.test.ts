import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('parties to a deal are companies', () => {
  it.each([
    [
      'a buyer after "sell … to"',
      'Torvane agreed to sell its dairy and cheese businesses to Ombarra for R2 billion.',
      'Ombarra',
    ],
    ['a buyer after "the sale of … to"', 'The sale of Kestrel Life to Bellwick was completed in July.', 'Bellwick'],
    ['a company bought', 'Three years ago the Chilean miner bought Quellara, which runs two smelters.', 'Quellara'],
    [
      'a partner in a joint venture',
      'The Pune plant is a joint venture with Hoshimura, the Japanese supplier.',
      'Hoshimura',
    ],
    [
      'a unit spun off as a company',
      'In 2021 the drugmaker spun off its ingredients business as Vantrelle.',
      'Vantrelle',
    ],
    ['the seller of a project', 'In 2008 the utility took over the Dobrin wind project from Caspell.', 'Caspell'],
    ['a former employer', 'The new finance chief, Ana Souto, joined from Brennick in March.', 'Brennick'],
    [
      'an owner holding shares',
      'Some 90% of the shares are held by the Varnholt Foundation, a charity.',
      'Varnholt Foundation',
    ],
  ])('%s', (_, text, name) => {
    expect(extract(text).entity(name)?.type).toBe('Company');
  });

  it('a place after "moved production to" stays a place', () => {
    const x = extract('Norrvik Motors sold its bus plant to Tessaly last year and moved production to Lyon.');
    expect(x.names('Company').sort()).toEqual(['Norrvik Motors', 'Tessaly']);
  });

  it('a person after "joined from" stays a person', () => {
    const x = extract('Jane Roe joined from Kofi Mensah in 2019, the bank said.');
    expect(x.names('Company')).toEqual([]);
  });

  it('initials do not take a word that opens a company named earlier', () => {
    const x = extract(
      'ZF Friedrichshafen, the maker of axles, will cut 900 jobs. Most of its shares are held by the Zollern ' +
        'Foundation, a charitable foundation. ZF said the cuts were needed.',
    );
    expect(x.entity('Zollern Foundation')?.aliases ?? []).not.toContain('ZF');
    expect(x.parent('ZF Friedrichshafen')).not.toBe('Zollern Foundation');
  });

  it('what a person ran or founded is a company, even named after a person', () => {
    const x = extract(
      'Sales improved under Joshua Brennan, who previously ran Coachworth. Tessel Steel grew after acquiring the ' +
        "steel business of Usha Mardi in 2019. Ada Obi, who ran Jane Roe's campaign, joined in May.",
    );
    expect(x.entity('Coachworth')?.type).toBe('Company');
    expect(x.entity('Usha Mardi')?.type).toBe('Company');
    expect(x.entity('Jane Roe')?.type).toBe('Person');
  });
});
