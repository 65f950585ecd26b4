import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('titles as news writes them after a name', () => {
  it.each([
    [
      'Kestrel Foods will cut 500 jobs. Lars Moe — the company’s finance chief — said costs had risen.',
      'Lars Moe',
      'finance chief',
      'Kestrel Foods',
    ],
    [
      'Kestrel Foods will cut 500 jobs. Budi Santoso, president director of Kestrel Foods, said the cuts were needed.',
      'Budi Santoso',
      'president director of Kestrel Foods',
      'Kestrel Foods',
    ],
    [
      'Tessel Hotels listed on Monday. Ravi Iyer, Senior VP (Research) at Pellam Securities, said the listing was in line with expectations.',
      'Ravi Iyer',
      'Senior VP (Research) at Pellam Securities',
      'Pellam Securities',
    ],
    [
      'Kestrel Foods will cut 500 jobs. Marta Nowak, Senior Director Operations Central Region at Kestrel Foods, said the plant would close.',
      'Marta Nowak',
      'Senior Director Operations Central Region at Kestrel Foods',
      'Kestrel Foods',
    ],
    [
      'Kestrel Foods will cut 500 jobs. Ahmad Zaki, the board chairman, backed the plan.',
      'Ahmad Zaki',
      'board chairman',
      'Kestrel Foods',
    ],
    [
      'Kestrel Motors will cut 900 jobs. "Demand is weak," said Ivo Brandt, a Zurich-based analyst at research firm Pelham Insight.',
      'Ivo Brandt',
      'Zurich-based analyst at research firm Pelham Insight',
      'Pelham Insight',
    ],
    [
      'Kestrel Motors will cut 900 jobs. "Demand is weak," said Aiko Sato, auto analyst with Tamura Securities in Osaka.',
      'Aiko Sato',
      'auto analyst with Tamura Securities in Osaka',
      'Tamura Securities',
    ],
    [
      'Kestrel Steel will cut 900 jobs, said Marta Lind, Director General of the Nordic Forge Association.',
      'Marta Lind',
      'Director General of the Nordic Forge Association',
      'Nordic Forge Association',
    ],
    [
      'Kestrel Motors will cut 900 jobs. Omar Haddad, vice-president of public affairs for Kestrel Motors Engineering & Assembly North America, said plants would stay open.',
      'Omar Haddad',
      'vice-president of public affairs for Kestrel Motors Engineering & Assembly North America',
      'Kestrel Motors',
    ],
  ])('%s', (text, person, title, org) => {
    expect(extract(text).role(person)).toEqual({ title, org });
  });

  it('a title does not run on into the next person\'s post ("X as chair of its board and Y as …")', () => {
    const x = extract(
      'Ombara Bank will cut 300 jobs under Rosa Lima as chair of its boards and Teo Ruiz as Vantor country officer for Peru.',
    );
    expect(x.role('Rosa Lima')?.title).toBe('chair of its boards');
  });

  it.each([
    [
      'Kora Air will cut 2,000 jobs, said Lena Oduya, president of the KAPA-CWA cabin crew union.',
      'Lena Oduya',
      'KAPA-CWA',
    ],
    [
      'Kora Air will cut 2,000 jobs. The Transport Staff Union said it was not consulted. "It is a disgrace," said Ben Mwangi, national secretary of the union.',
      'Ben Mwangi',
      'Transport Staff Union',
    ],
    [
      'Kora Motors will cut 900 jobs, said Ada Eze, director-general of the Parts Makers Association of Kora.',
      'Ada Eze',
      'Parts Makers Association of Kora',
    ],
  ])('a body the title names: %s', (text, person, org) => {
    expect(extract(text).role(person)?.org).toBe(org);
  });

  it.each([
    [
      'Kora Motors will cut 900 jobs. Pelham Capital analyst Ivo Brandt said the cuts were overdue.',
      'Ivo Brandt',
      'Pelham Capital',
    ],
    [
      "Kora Motors will cut 900 jobs. However Solida's national officer Rob Kerr said members would fight.",
      'Rob Kerr',
      'Solida',
    ],
    ['Kora Air will cut 900 jobs. KAPA Vice President Terry Oduya said members were angry.', 'Terry Oduya', 'KAPA'],
  ])("the name before an analyst's or an officer's title is an organization: %s", (text, person, org) => {
    const x = extract(text);
    expect(x.names('Company')).toContain(org);
    expect(x.role(person)?.org).toBe(org);
  });

  it('a street or a place before "analyst" stays no company', () => {
    const x = extract('Kora Motors will cut 900 jobs. Wall Street analyst Jane Doe said the shares were cheap.');
    expect(x.names('Company')).toEqual(['Kora Motors']);
  });

  it('more title forms: a two-word place before "-based", a union organizer (the union’s words kept in the title), a firm opening the sentence', () => {
    const x = extract(
      'Kora Bank will cut 40 jobs in Asia. Anna Wong, a Hong Kong-based spokeswoman for the lender, declined to comment. ' +
        '"The pool of volunteers is exhausted," trade union organizer Sean Daly said. ' +
        'Kora Bank sold the site to Vantor Chemie GmbH. VCG managing director Otto Berg said the deal was good.',
    );
    expect(x.role('Anna Wong')).toEqual({ title: 'Hong Kong-based spokeswoman for the lender', org: 'Kora Bank' });
    expect(x.entity('Sean Daly')?.title).toBe('trade union organizer');
    expect(x.role('Otto Berg')?.org).toBe('Vantor Chemie');
  });

  it('a common word opening the sentence before a title is no organization ("The Managing Director, Mr X")', () => {
    const x = extract(
      'Kora Foods Plc will exit two categories. The Managing Director, Mr Ade Bello, said it had to adapt.',
    );
    expect(x.role('Ade Bello')).toEqual({ title: 'Managing Director', org: 'Kora Foods' });
  });

  it('a possessive company before a comma owns no title after it ("a letter to Acme\'s board, Kora General Secretary X")', () => {
    const x = extract(
      "Tessel Air plans to lay off 12,000 employees. In a letter to Tessel Air's board, union general secretary Len Moss wrote that the plan was a betrayal.",
    );
    expect(x.role('Len Moss')?.org).not.toBe('Tessel Air');
  });
});

describe('a field and area after a title never take in a name', () => {
  it('"chief executive Ana Lima of Kestrel Foods": the name stays out of the title', () => {
    const x = extract(
      'Kestrel Foods cuts jobs\n\nKestrel Foods will cut 500 jobs, Kestrel Foods said. Present were chief executive Ana Lima of Kestrel Foods, chief executive Ivo Dahl of Pelta Group, and others.',
    );
    expect(x.role('Ana Lima')).toEqual({ title: 'chief executive', org: 'Kestrel Foods' });
    expect(x.role('Ivo Dahl')).toEqual({ title: 'chief executive', org: 'Pelta Group' });
  });
});
