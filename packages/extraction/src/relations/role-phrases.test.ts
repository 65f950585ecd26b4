import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('titles read from "as …" and "whose … is" phrases', () => {
  it.each([
    [
      'Brenmark Shipbuilding Ltd could not secure funding. Tomas Halvorsen stepped down as chief executive over the summer.',
      'Tomas Halvorsen',
      'chief executive',
      'Brenmark Shipbuilding',
    ],
    [
      'Brenmark Shipbuilding Ltd ran out of cash. Ingrid Solberg, a restructuring specialist, was brought in as interim executive chairman in July.',
      'Ingrid Solberg',
      'interim executive chairman',
      'Brenmark Shipbuilding',
    ],
    [
      'Okonkwo Foods Plc named a new board. Sarah Okafor, who joined the board in 2019, replaced Mr Ayodele Bello as chair.',
      'Sarah Okafor',
      'chair',
      'Okonkwo Foods',
    ],
    [
      'Velmora Chemicals reorganised on Monday. Rahul Mehta runs the Polymers business as executive vice-president.',
      'Rahul Mehta',
      'executive vice-president',
      'Polymers',
    ],
    [
      'Kinabalu Fund Bhd, whose managing director is Tan Sri Rahim Osman, bought the stake.',
      'Rahim Osman',
      'managing director',
      'Kinabalu Fund',
    ],
    [
      'Company: Thanh Long Group JSC, whose founder and chairman is Tran Van Minh, the richest man in the country.',
      'Tran Van Minh',
      'founder and chairman',
      'Thanh Long Group',
    ],
  ])('%s', (text, person, title, org) => {
    expect(extract(text).role(person)).toEqual({ title, org });
  });

  it('no title from "as" without a verb of taking or leaving a post', () => {
    const x = extract(
      'Brenmark Shipbuilding Ltd cut jobs. Tomas Halvorsen said the yard, as chief executive, had no choice.',
    );
    expect(x.role('Tomas Halvorsen')).toBeNull();
  });

  it.each([
    [
      "Kora Air will cut 900 jobs. The Kora Aviation Workers' Union, which represents ground staff, said it would strike. Lena Holm, the union's national secretary, called the cuts reckless.",
      "Kora Aviation Workers' Union",
    ],
    [
      'Norrvik will dismiss 2,500 workers. The Sindicato dos Metalúrgicos de Vale Norte called the dismissals inhumane. Paulo Reis, the union’s president, called on members to mobilise.',
      'Sindicato dos Metalúrgicos de Vale Norte',
    ],
  ])('"the union\'s <title>" is a title at the union named last: %s', (text, union) => {
    expect(extract(text).role(text.includes('Lena') ? 'Lena Holm' : 'Paulo Reis')?.org).toBe(union);
  });

  it.each([
    'Overnight in Washington, President Jane Roe cited the Norrvik Ports deal in her address.',
    'Northern Ireland Secretary Jane Roe visited the Norrvik Ports yard on Monday.',
    'For the opposition, shadow business secretary Jane Roe welcomed the Norrvik Ports deal.',
  ])('a public office belongs to no company: %s', (text) => {
    const x = extract(`Norrvik Ports will cut 300 jobs. ${text}`);
    expect(x.role('Jane Roe')).toBeNull();
    expect(x.entity('Jane Roe')?.title).toBeTruthy();
  });

  it.each([
    [
      "Hallberg Group will cut jobs. Hallberg's co-chief executives, Lars Berg and Anna Lind, said so.",
      'Anna Lind',
      'co-chief executives',
    ],
    [
      'Hallberg Group will cut jobs. In 2019 the joint chief executives, Lars Berg and Anna Lind, stepped down.',
      'Lars Berg',
      'joint chief executives',
    ],
    [
      "Hallberg Group will cut jobs. Lars Berg, 58, Hallberg's chief executive since 2019, said so.",
      'Lars Berg',
      'chief executive',
    ],
    [
      'Hallberg Group will cut jobs. Lars Berg, who was appointed chief executive in March, said so.',
      'Lars Berg',
      'chief executive',
    ],
  ])('wire-style titles: %s', (text, person, title) => {
    expect(extract(text).role(person)).toEqual({ title, org: 'Hallberg Group' });
  });
});

describe('a past head of state written in lower case', () => {
  it('"the daughter of former president Jane Roe": no post at the company in focus', () => {
    const x = extract(
      'Kora Holdings will merge two energy units. A court ordered its chairman to pay his wife, the daughter of former president Park Min-ho, a large sum.',
    );
    expect(x.role('Park Min-ho')).toBeNull();
  });
});

describe('a post taken by election, and the organization a title names after "of"', () => {
  it('"who was recently elected as president of X" after an aside with acronyms in brackets: the post at X', () => {
    const x = extract(
      'Norrvik Pharma will cut 500 jobs. Jane Roe, a Vesta city councillor (VCC), who was recently elected as president of Norrvik Pharma Staff Front (NPSF), the recognised staff body at the firm, told the Vesta Times.',
    );
    expect(x.role('Jane Roe')).toEqual({
      title: 'president of Norrvik Pharma Staff Front',
      org: 'Norrvik Pharma Staff Front',
    });
  });

  it('"was appointed as chairman of Kestrel Holdings last year": the post at the organization named, the title ending there', () => {
    const x = extract(
      'Norrvik Pharma will cut 500 jobs. Jane Roe, who was appointed as chairman of Kestrel Holdings last year, told the Vesta Times.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chairman of Kestrel Holdings', org: 'Kestrel Holdings' });
  });

  it('near miss: a title naming no organization stays with the company in focus', () => {
    const x = extract(
      'Norrvik Pharma will cut 500 jobs. Jane Roe, who was appointed as chief executive last year, told the Vesta Times.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief executive', org: 'Norrvik Pharma' });
  });
});
