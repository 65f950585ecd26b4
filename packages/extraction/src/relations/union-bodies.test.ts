import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('union officials', () => {
  it('"a <Name> union official" is an official of that union', () => {
    const x = extract(
      'Brenmark Bank will cut 2,000 jobs. Petra Lindahl, a Kovar union official on the bank’s board, said staff were angry.',
    );
    expect(x.role('Petra Lindahl')).toEqual({ title: 'union official on the bank’s board', org: 'Kovar' });
  });

  it('a union no step found, named right before one of its offices, holds the post and is cited', () => {
    const x = extract(
      'Kora Motors will shut its Norrvik plant with the loss of 900 jobs.\n\n' +
        '"It is a betrayal of the workforce," K&M General Secretary Olle Sand said in a statement.\n\n' +
        'United Metal Workers chief Per Holm said members would fight the closure.',
    );
    expect(x.role('Olle Sand')).toEqual({ title: 'General Secretary', org: 'K&M' });
    expect(x.role('Per Holm')).toEqual({ title: 'chief', org: 'United Metal Workers' });
    expect(x.cited().sort()).toEqual(['K&M', 'United Metal Workers']);
  });

  it('a divisional or state officer of a union speaks for it', () => {
    const x = extract(
      'Kora Telecom will cut 1,400 jobs.\n\n"There was no warning," said Jan Berg, the KCU’s divisional president and state secretary.',
    );
    expect(x.role('Jan Berg')?.org).toBe('KCU');
    expect(x.cited()).toEqual(['KCU']);
  });

  it('an office after a person named with "and" is the second holder’s alone', () => {
    const x = extract(
      'Kora Motors will shut its Norrvik plant.\n\nChancellor of the Exchequer Tom Lund and Trade Secretary Eva Nord will visit the plant.',
    );
    expect(x.entity('Eva Nord')?.title).toBe('Trade Secretary');
  });

  it('"delegate of the <ACRONYM>" is a post at that body, not at the company', () => {
    const x = extract(
      'Brenmark Tyres will close its Tarn factory. "It is a scandal," said Luc Aubry, delegate of the STV at the Tarn factory.',
    );
    expect(x.role('Luc Aubry')?.org).toBe('STV');
  });

  it('a region acronym is the scope of a company post, not a body', () => {
    const x = extract('Brenmark Tyres will cut 300 jobs, said Luc Aubry, president of the EMEA region.');
    expect(x.role('Luc Aubry')?.org).toBe('Brenmark Tyres');
  });

  it('"assistant general secretary" is a title', () => {
    const x = extract(
      'Brenmark Tyres cut 300 jobs. Luc Aubry, assistant general secretary of the Tyre Workers Union, said no.',
    );
    expect(x.role('Luc Aubry')).toEqual({
      title: 'assistant general secretary of the Tyre Workers Union',
      org: 'Tyre Workers Union',
    });
  });
});

describe('bodies named around a title', () => {
  it('"a <ACRONYM> representative at <unit>": the acronym is the body, with the title as written', () => {
    const x = extract(
      'Brenmark Air will cut 900 jobs. Earlier, Luc Aubry, a KWF representative at the Tarn base, put the figure at 910.',
    );
    expect(x.role('Luc Aubry')).toEqual({ title: 'KWF representative at the Tarn base', org: 'KWF' });
  });

  it('"spokesman for the Federation of <Place> Industries\' club": the federation', () => {
    const x = extract(
      'Brenmark Motors will close its plant. Aroon Dee, spokesman for the Federation of Kovar Industries’ auto club, said sales were weak.',
    );
    expect(x.role('Aroon Dee')?.org).toBe('Federation of Kovar Industries');
  });

  it('"Its <title>, Mr X," after a sentence opened by a written-out association: that association', () => {
    const x = extract(
      'Brenmark Foods will exit two categories. The Manufacturers Association of Kovar (MAK) has warned of a currency backlog. Its Director-General, Mr Ade Bello, called for reform.',
    );
    expect(x.role('Ade Bello')?.org).toBe('Manufacturers Association of Kovar');
  });
});

describe('"the union\'s president" after a union named by its acronym', () => {
  it('"Pilots\' union KPU said … said X, the union\'s president": KPU', () => {
    const x = extract(
      'Kovar Air will cut 3,500 jobs. Pilots’ union KPU said it would strike. "Management has betrayed us," said Ivan Petric, the union’s president.',
    );
    expect(x.role('Ivan Petric')).toEqual({ title: 'president', org: 'KPU' });
  });
});

describe("a union's written name with its possessive before a ranked title", () => {
  it("\"The Mining and Metal Workers Union's district president X\": the union's, not the company's", () => {
    const x = extract(
      "Kestrel Mining to close copper mine\n\nKestrel Mining will close its copper mine in Northvale, Kestrel Mining said on Tuesday.\n\nThe Mining and Metal Workers Union's district president Ola Brun said members learnt of it from the media.",
    );
    expect(x.role('Ola Brun')).toEqual({ title: 'district president', org: 'Mining and Metal Workers Union' });
  });
});
