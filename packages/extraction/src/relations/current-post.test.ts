import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a past post gives way to the one the clause says the person holds now', () => {
  it('"X, the former chief executive of Y, chairs its supervisory board"', () => {
    const x = extract(
      'Kora Trucks AG listed its shares on Friday. Ivo Brandt, the former chief executive of Vantor Werke, chairs its supervisory board.',
    );
    expect(x.role('Ivo Brandt')).toEqual({ title: 'chair', org: 'Kora Trucks' });
  });

  it('"X, who has been chief executive of Y, will now join Z as chief executive"', () => {
    const x = extract(
      'Tessel Insurance AG will cut 800 jobs. Marco Bellini, who has been chief executive of Italian insurer Vantor Assicurazioni, will now join Tessel Insurance as chief executive in March.',
    );
    expect(x.role('Marco Bellini')?.org).toBe('Tessel Insurance');
  });

  it('a former post with no newer one is kept', () => {
    const x = extract(
      'Kora Motors will cut 900 jobs. Ivo Brandt, the former chief executive of Kora Motors, declined to comment.',
    );
    expect(x.role('Ivo Brandt')).toEqual({ title: 'former chief executive of Kora Motors', org: 'Kora Motors' });
  });

  it('"Jane Roe, the former chief financial officer who became chairman in March" holds the newer post', () => {
    const x = extract(
      'Kestrel Foods will cut 500 jobs. Nils Holm, the former chief financial officer who became chairman in March, backed the plan.',
    );
    expect(x.role('Nils Holm')).toEqual({ title: 'chairman', org: 'Kestrel Foods' });
  });

  it('"X, the former chief executive of Y, is to become chairman in July" holds the post taken', () => {
    const x = extract(
      'Brenvik Rail will cut 700 jobs. Oda Lund, the former chief executive of Tarsen Aero, is to become chairman in July.',
    );
    expect(x.role('Oda Lund')).toEqual({ title: 'chairman', org: 'Brenvik Rail' });
  });

  it('a later "was named managing director" replaces the former post read first', () => {
    const x = extract(
      'Pellam Bank was rescued on Monday. The regulator appointed Ravi Menon, former finance chief of Sorel Bank, as administrator. On Friday Ravi Menon was named managing director.',
    );
    expect(x.role('Ravi Menon')).toEqual({ title: 'managing director', org: 'Pellam Bank' });
  });

  it('a current title read first is kept over the account of how the person got there', () => {
    const x = extract(
      'Chief executive Lise Marr said Corvant Bio would split in two. Marr, a former research chief of Tarsen Pharma, became chief executive in 2022.',
    );
    expect(x.role('Lise Marr')?.title).toBe('Chief executive');
  });

  it('"X, who led Y, has been named managing director of Z" holds the post at Z', () => {
    const x = extract(
      'Kestrel Brewing merged with two rivals on Monday. Tomas Vik, who led Saltvik Drinks, has been named managing director of Kestrel Brewing.',
    );
    expect(x.role('Tomas Vik')).toEqual({ title: 'managing director of Kestrel Brewing', org: 'Kestrel Brewing' });
  });

  it('an aside closed by an abbreviation ("… of Kora Corp.,") still gives way to the post taken', () => {
    const x = extract(
      'Kora Corp. split off five affiliates into Brill Holdings. Han Seo-jun, a former vice chairman of Kora Corp., becomes chairman of Brill Holdings.',
    );
    expect(x.role('Han Seo-jun')?.org).toBe('Brill Holdings');
  });

  it('"X, who had been the company\'s operating chief, took over as chief executive" holds the post taken', () => {
    const x = extract(
      "Corvant Learning will cut 400 jobs. Mia Sand, who had been the company's chief operating officer, took over as chief executive in June.",
    );
    expect(x.role('Mia Sand')).toEqual({ title: 'chief executive', org: 'Corvant Learning' });
  });

  it('"X, who led Y until the split, is chairman" and "X, who ran Y and becomes chief executive" hold the new post', () => {
    const x = extract(
      'Brenvik Cement spun off Tarsen Building on Monday. Eli Dorn, who led Brenvik Cement until the split, is chairman of Tarsen Building. The new company is run by Ada Ross, who ran the roofing unit and becomes chief executive.',
    );
    expect(x.role('Eli Dorn')).toEqual({ title: 'chairman of Tarsen Building', org: 'Tarsen Building' });
    expect(x.role('Ada Ross')?.title).toBe('chief executive');
  });

  it('"X, who left Y to become Z\'s chief executive" holds the post at Z', () => {
    const x = extract(
      "Maison Orvel will sell its beauty arm. For Teo Marchetti, who left Brenvik Motors to become Maison Orvel's chief executive in May, the sale is a first big move.",
    );
    expect(x.role('Teo Marchetti')).toEqual({ title: 'chief executive', org: 'Maison Orvel' });
  });
});
