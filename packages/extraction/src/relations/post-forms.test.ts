import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/** Ways news gives a person's post, each in one invented sentence: the title read and the organization it belongs to. */
describe('posts as news writes them', () => {
  it.each([
    [
      'Brenmark Steel will cut 1,000 jobs. The cuts were announced by Lena Falk, who took over as chief executive in March.',
      'Lena Falk',
      { title: 'chief executive', org: 'Brenmark Steel' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. Lena Falk, who was appointed chief executive last year, said the plan was needed.',
      'Lena Falk',
      { title: 'chief executive', org: 'Brenmark Steel' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. IG Vastra negotiator Jonas Berg called it a betrayal.',
      'Jonas Berg',
      { title: 'negotiator', org: 'IG Vastra' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. The decision was taken by Brenmark’s board, chaired by Karl Oster.',
      'Karl Oster',
      { title: 'chair', org: 'Brenmark Steel' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. Per Ek, vice chairman of the supervisory board, said demand was weak.',
      'Per Ek',
      { title: 'vice chairman of the supervisory board', org: 'Brenmark Steel' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. Per Ek, who leads the Kovar Metalworkers Union, said the cuts were a betrayal.',
      'Per Ek',
      { title: 'lead', org: 'Kovar Metalworkers Union' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. Per Ek, Saltvik Holdings’ chief executive, said demand was weak.',
      'Per Ek',
      { title: 'chief executive', org: 'Saltvik Holdings' },
    ],
    [
      'Brenmark Steel will cut 1,000 jobs. Per Ek, 58, the chief executive, told reporters demand was weak.',
      'Per Ek',
      { title: 'chief executive', org: 'Brenmark Steel' },
    ],
    [
      'Sarvana Looms will cut 900 jobs. Sarvana Looms MD and CEO Ravi Menon said the mills were loss-making.',
      'Ravi Menon',
      { title: 'MD and CEO', org: 'Sarvana Looms' },
    ],
    [
      'Kobana Bank will cut 500 jobs. Ada Okafor, Group Managing Director/CEO of Kobana Bank, said the cuts were painful.',
      'Ada Okafor',
      { title: 'Group Managing Director/CEO of Kobana Bank', org: 'Kobana Bank' },
    ],
    [
      'Varela Foods will cut 700 jobs. Ana Lobo, chief executive at Varela, said costs were high. Rival Saltvik Foods cut 300 jobs. Its CEO, Rui Sol, said the market was weak.',
      'Rui Sol',
      { title: 'CEO', org: 'Saltvik Foods' },
    ],
    [
      'Varela Foods will cut 700 jobs. Ana Lobo, chief executive at Varela, said costs were high. Rival Saltvik Foods cut 300 jobs, said its CEO Rui Sol.',
      'Rui Sol',
      { title: 'CEO', org: 'Saltvik Foods' },
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. Jane Roe and John Doe, the co-chief executives, presented the plan.',
      'Jane Roe',
      { title: 'co-chief executives', org: 'Kestrel Motors' },
    ],
    [
      'Kestrel Motors will cut 2,000 jobs. Jane Roe and John Doe, chief executive of Kestrel Motors, presented the plan.',
      'Jane Roe',
      null,
    ],
  ])('%s', (text, person, role) => {
    expect(extract(text).role(person)).toEqual(role);
  });

  it('public offices: a chancellor is no part of the name, a state premier belongs to no company', () => {
    const a = extract('Brenmark Steel will cut 1,000 jobs. German Chancellor Olaf Brandt said the state would help.');
    expect(a.names('Person')).toEqual(['Olaf Brandt']);
    expect(a.role('Olaf Brandt')).toBeNull();
    const b = extract(
      'Brenmark Steel will cut 1,000 jobs. Robert Lang, the state premier of Kovaria, said he would fight the closures.',
    );
    expect(b.role('Robert Lang')).toBeNull();
    expect(b.entity('Robert Lang')?.title).toBe('state premier of Kovaria');
  });
});

describe('more people and their posts', () => {
  it('a post at a university belongs to no company', () => {
    const x = extract(
      'Varela Foods will cut 700 jobs. "It is overdue," said Rui Sol, professor of management at Kovar University.',
    );
    expect(x.role('Rui Sol')).toBeNull();
    expect(x.entity('Rui Sol')?.title).toBe('professor of management at Kovar University');
  });

  it('"<Name>, MD and CEO, <Company>, said" names a person', () => {
    const x = extract(
      'Sarvana Looms will cut 900 jobs. Ravi Menon, MD and CEO, Sarvana Looms, said the mills were loss-making.',
    );
    expect(x.names('Person')).toEqual(['Ravi Menon']);
  });
});

describe('lawmakers and works councils', () => {
  it('"Labour MP X" and "X, the Labour MP for Y" hold a public office, no company post', () => {
    for (const text of [
      'Kestrel Motors will cut 2,000 jobs. Labour MP Jane Roe said the town would suffer.',
      'Kestrel Motors will cut 2,000 jobs. Jane Roe, the Labour MP for Kestrelton, said the town would suffer.',
    ]) {
      const x = extract(text);
      expect(x.role('Jane Roe')).toBeNull();
      expect(x.entity('Jane Roe')?.title).toMatch(/MP/);
    }
  });

  it('"the works council chief at the plant" is a post at the company', () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs. Jane Roe, the works council chief at the Kestrelton plant, said workers were angry.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'works council chief at the Kestrelton plant', org: 'Kestrel Motors' });
  });
});

describe('a former post and the current one', () => {
  it('a later mention with the current post replaces a former post read first', () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs. The plan was drawn up by Jane Roe, the former head of Saltvik Foods. Roe, Kestrel Motors’ chief executive since 2023, said the cuts were needed.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Kestrel Motors' });
  });
});
