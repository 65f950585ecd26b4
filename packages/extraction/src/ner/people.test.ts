import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('people named without a title before them', () => {
  it.each([
    [
      'Norrvik Cars will cut 3,000 jobs. Ruairi Tanaka, a portfolio manager, said the plan was credible.',
      'Ruairi Tanaka',
    ],
    [
      "Norrvik Cars will cut 3,000 jobs. Ruairi O'Donovan, a fund manager, said the plan was credible.",
      "Ruairi O'Donovan",
    ],
    [
      'Norrvik Cars will cut 3,000 jobs. Kwabena Mensah-Bonsu, who has covered the carmaker for a decade, said the plan was overdue.',
      'Kwabena Mensah-Bonsu',
    ],
    ['Vesta Bank will shed 900 roles. Oduya Kemal, a trader at the bank, said morale was low.', 'Oduya Kemal'],
  ])('%s', (text, person) => {
    const x = extract(text);
    expect(x.names('Person')).toEqual([person]);
    expect(x.names('Company')).not.toContain(person);
  });

  it('a description naming a unit is no person ("X Technical Centre, the engineering arm")', () => {
    const x = extract(
      "Norrvik Motors will expand Norrvik's Kora Technical Centre, the engineering arm it runs in Kora.",
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('"Yu Minhong … Yu said": a family name written first is the person', () => {
    const x = extract(
      'Zhongda Education will cut 6,000 jobs. Qiao Minhong, who set up Zhongda in 1993, said the cuts were painful. Qiao added that the company would survive.',
    );
    expect(x.names('Person')).toEqual(['Qiao Minhong']);
    expect(x.entity('Qiao Minhong')!.mentions).toHaveLength(2);
  });

  it('"a portfolio manager at X" gives title and organization', () => {
    const x = extract(
      'Vesta Bank will shed 900 roles. Jun Lin, a portfolio manager at Tarrow Investment Partners, told the Kora Herald the plan was right.',
    );
    expect(x.role('Jun Lin')).toEqual({
      title: 'portfolio manager at Tarrow Investment Partners',
      org: 'Tarrow Investment Partners',
    });
  });
});

describe('towns named after saints', () => {
  it('"Sao Jose dos Campos" and "San Jose" are places, not people', () => {
    const x = extract('Kora Aviation has assembly lines in Sao Jose dos Campos and an office in San Jose, it said.');
    expect(x.names('Person')).toEqual([]);
  });
});

describe('middle initials', () => {
  it.each([
    ['Norrvik Cars chairman Frederick A. Lindqvist said the cuts were unavoidable.', 'Frederick A. Lindqvist'],
    ['Chief executive Mary I. Okafor said the bank would shrink.', 'Mary I. Okafor'],
  ])('"A." and "I." after a given name are initials, not words: %s', (text, person) => {
    expect(extract(text).names('Person')).toEqual([person]);
  });

  it('"Plan A." ending a sentence joins no name to the next one', () => {
    expect(extract('Norrvik chose Plan A. Analysts said the cuts were deep.').names('Person')).toEqual([]);
  });
});

describe('"Executive" opening a business name', () => {
  it('a title before a person stays a title: "…, Executive Director Jane Roe"', () => {
    const x = extract('Norrvik Cars will cut 3,000 jobs, Executive Director Marta Lindqvist said on Monday.');
    expect(x.names('Person')).toEqual(['Marta Lindqvist']);
  });
  it('a name ending in a country is a local subsidiary, not a person ("Michael Jordan" stays a person)', () => {
    const x = extract(
      'Marlow Plc will sell its stake in Tennant Nigeria Plc to Osei Holdings. In a notice, Tennant Nigeria said it would keep brewing. Michael Jordan, an analyst, said the price was fair.',
    );
    expect(x.names('Person')).not.toContain('Tennant Nigeria');
    expect(x.names('Person')).toContain('Michael Jordan');
  });
});

describe('a product after a possessive determiner', () => {
  it('"its Vita Flakes cereal" is no person', () => {
    const x = extract(
      'Marlton Foods will cut 800 jobs. Its Golden Crust bread and its Vita Flakes cereal will be unaffected.',
    );
    expect(x.names('Person')).toEqual([]);
  });
});

describe('places opened by a compass word, titles written with a hyphen', () => {
  it('"the western state of North Rhine Westphalia" names no person after "North"', () => {
    const x = extract(
      'Kora Steel will cut 500 jobs, said Jan Roe, head of the Metall union in the western state of North Rhine Westphalia.',
    );
    expect(x.names('Person')).toEqual(['Jan Roe']);
  });

  it.each(['Secretary-general', 'Vice-President', 'Director-General'])(
    '"%s Moss Ndiema said": the title is no part of the name',
    (title) => {
      const x = extract(
        `Kora Air will cut 80 staff.\n\n${title} Moss Ndiema said the concessions include lower allowances.`,
      );
      expect(x.names('Person')).toEqual(['Moss Ndiema']);
      expect(x.role('Moss Ndiema')?.title).toBe(title);
    },
  );
});

describe('a name between "the" and a company noun', () => {
  it('"The Axel Vossberg media company" is a company, not a person, though a given name opens it', () => {
    const x = extract(
      'Job cuts ahead\n\nThe Axel Vossberg media company intends to improve its earnings. The Axel Vossberg media group is cutting jobs at its newspapers.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.names('Company')).toEqual(['Axel Vossberg']);
  });

  it('"The Vossberg conglomerate will cut 300 jobs": the conglomerate is the employer; "confirmed to The Trent that the company" is no such noun', () => {
    expect(
      extract('Job cuts ahead\n\nThe Vossberg conglomerate will cut 300 jobs. It said so on Monday.').events()[0]?.org,
    ).toBe('Vossberg');
    expect(
      extract('A source at Kora Mills confirmed to The Lantern that the company has laid off about 300 staff.').names(
        'Company',
      ),
    ).not.toContain('Lantern');
  });
});
