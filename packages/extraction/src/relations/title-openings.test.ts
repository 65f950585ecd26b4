import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('titles opening a sentence before the holder', () => {
  it('"A senior vice-president, X," is a post at the company of the story, not at a company named "A"', () => {
    const x = extract(
      'Norrvik Steel will shut its Tarsa mill. A senior vice-president, Tom Vrell, was quoted as saying it would take a year.',
    );
    expect(x.role('Tom Vrell')).toEqual({ title: 'senior vice-president', org: 'Norrvik Steel' });
  });

  it('one word opening a longer company name before the title is that company ("Kestrel chief executive, X")', () => {
    const x = extract(
      'Kestrel-Vaal Platinum will cut 2,000 jobs at its Rustvale shafts. Kestrel chief executive, Jane Roe, said the shafts had lost money.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Kestrel-Vaal Platinum' });
  });

  it('titles ending in "Lead" ("Country People Lead of X, Jane Roe")', () => {
    const x = extract(
      'Hallberg Bank will close 40 branches. Country People Lead of Hallberg Bank, Anna Kest, said staff would be offered transfers.',
    );
    expect(x.role('Anna Kest')).toEqual({ title: 'Country People Lead of Hallberg Bank', org: 'Hallberg Bank' });
  });

  it('"will lead" stays a verb', () => {
    const x = extract(
      'Hallberg Bank will close 40 branches. The review will lead Hallberg Bank to cut costs, Anna Kest said.',
    );
    expect(x.role('Anna Kest')).toBeNull();
  });
});

describe('Malay and Indonesian honorifics', () => {
  it.each([
    ['Pak Budi Santoso, the director of Norrvik Steel, said workers would be paid.', 'Budi Santoso'],
    ['Bu Sri Lestari, a spokeswoman for Norrvik Steel, declined to comment.', 'Sri Lestari'],
    ["Tengku Zafrul Aziz, Norrvik Steel's chairman, backed the decision.", 'Zafrul Aziz'],
    ['Datin Mariam Osman, a director of Norrvik Steel, backed the decision.', 'Mariam Osman'],
  ])('%s', (sentence, person) => {
    const x = extract(`Norrvik Steel will shut its Tarsa mill. ${sentence}`);
    expect(x.names('Person')).toEqual([person]);
    expect(x.role(person)?.org).toBe('Norrvik Steel');
  });
});

describe('a bare "President" heading the company', () => {
  it("is the company's at its own press conference", () => {
    const x = extract(
      'Norrvik Electric Corp will cut 5,000 jobs. At an online press conference in Kora, President Hiro Tanabe explained that demand would not return soon.',
    );
    expect(x.role('Hiro Tanabe')).toEqual({ title: 'President', org: 'Norrvik Electric' });
  });

  it('stays a public office where the sentence is about a government', () => {
    const x = extract(
      'Norrvik Electric Corp will cut 5,000 jobs. President Jane Roe told a press conference that the government would help the workers.',
    );
    expect(x.role('Jane Roe')).toBeNull();
  });

  it('a unit named after "of the" is no person ("the Management Support Office")', () => {
    const x = extract(
      'Norrvik Electric Corp will cut 5,000 jobs. President Park of the Management Support Office said the cuts were needed.',
    );
    expect(x.names('Person')).toEqual([]);
  });
});

describe('"the unit\'s" title some paragraphs after the unit', () => {
  it('goes to the only unit named before, not the group', () => {
    const x = extract(
      'Hallberg Group said it would sell its Tarsa Cement unit and cut 400 jobs at its head office.\n\n' +
        'The group has been under pressure from investors to simplify. Its shares have fallen by a third this year.\n\n' +
        'Analysts said the sale could raise 2 billion crowns.\n\n' +
        "The unit's managing director, Lars Ekdahl, said buyers had already shown interest.",
    );
    expect(x.role('Lars Ekdahl')).toEqual({ title: 'managing director', org: 'Tarsa Cement' });
  });
});
