import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('posts written as a series, after a family tie or after a long aside', () => {
  it('"founder, chairman and chief executive of X": the whole series and the organization it names', () => {
    const x = extract(
      'Kestrel Motors will cut 900 jobs. Ana Kovac, founder, chairman and chief executive of Kestrel Motors, said demand had fallen.',
    );
    expect(x.role('Ana Kovac')).toEqual({
      title: 'founder, chairman and chief executive of Kestrel Motors',
      org: 'Kestrel Motors',
    });
  });

  it('"X, the chairman\'s younger brother and vice chairman of Y": the post after the family tie', () => {
    const x = extract(
      "Orvel Group will split in two. Park Min-jae, the chairman's younger brother and vice chairman of Orvel Chemicals, is in charge of the battery business.",
    );
    expect(x.role('Park Min-jae')).toEqual({ title: 'vice chairman of Orvel Chemicals', org: 'Orvel Chemicals' });
  });

  it('"X, who led … until this year, has become managing director of Y": the post taken after a long aside', () => {
    const x = extract(
      'Brenvik Cement will cut 800 jobs. Eli Dorn, who led the whole conglomerate as president and group chief executive until this year, has become deputy chairman and managing director of Tarsen Building.',
    );
    expect(x.role('Eli Dorn')).toEqual({
      title: 'deputy chairman and managing director of Tarsen Building',
      org: 'Tarsen Building',
    });
  });

  it('"X, who has run Y since its launch": a role at Y with no title', () => {
    const x = extract(
      'Tessel Foods will close two plants. Maria Costa, who has run Tessel Foods since its launch, will move to Ombara Textiles.',
    );
    expect(x.role('Maria Costa')).toEqual({ title: undefined, org: 'Tessel Foods' });
  });
});

describe("a member of a firm's research team", () => {
  it('"Analysts at X, including Y" is an analyst at X; "X analysts, led by Y" works at X with no title', () => {
    const x = extract(
      'Kestrel Motors will cut 3,000 jobs. Analysts at Pelham Securities, including Mark Dunn, said the cuts were overdue. ' +
        "Ombara Capital's analysts, led by Ines Vidal, called the plan timid.",
    );
    expect(x.role('Mark Dunn')).toEqual({ title: 'analyst', org: 'Pelham Securities' });
    expect(x.role('Ines Vidal')).toEqual({ title: undefined, org: 'Ombara Capital' });
  });
});

describe("a post at a company's unit named in the title", () => {
  it('"chief executive of X\'s truck unit Y" is a post at Y; "head of X\'s venture with Z" stays at X', () => {
    const x = extract(
      "Kestrel Motors will cut 3,000 jobs. Tom Berg, chief executive of Kestrel Motors' truck unit Kestrel Trucks, said demand had collapsed. " +
        "Ida Moss, head of Kestrel Motors' venture with Ombara Steel, declined to comment.",
    );
    expect(x.role('Tom Berg')?.org).toBe('Kestrel Trucks');
    expect(x.role('Ida Moss')?.org).toBe('Kestrel Motors');
  });
});

describe('a former post followed by the one held now', () => {
  it('"X, Y\'s former finance chief and now chair of Z" holds the post at Z', () => {
    const x = extract(
      "Kestrel Motors will cut 3,000 jobs. Maria Russo, Kestrel Motors' former finance chief and now chair of Tessel Bank, said the bank would not lend more.",
    );
    expect(x.role('Maria Russo')).toEqual({ title: 'chair of Tessel Bank', org: 'Tessel Bank' });
  });
});

describe('a move from a former post and a union named after the last full stop', () => {
  it('"the former chief executive of X who joined Y as chief operating officer" holds the post at Y', () => {
    const x = extract(
      'Brenvik Bank will shed 2,000 jobs. Henrik Sand, the former chief executive of Ombara Insurance who joined Brenvik Bank as chief operating officer in 2021, will lead the plan.',
    );
    expect(x.role('Henrik Sand')).toEqual({ title: 'chief operating officer', org: 'Brenvik Bank' });
  });

  it('"the union\'s president" after a paragraph ending "… on Monday." is the union\'s, not a name starting at "Monday"', () => {
    const x = extract(
      'Brenvik Bank will shed 2,000 jobs, it said on Monday.\n\nKora Finance Staff Union members will vote. The union’s president, Jon Dahl, called for talks.',
    );
    expect(x.role('Jon Dahl')?.org).toBe('Kora Finance Staff Union');
  });
});

describe('titles in the orders translated news writes', () => {
  it('"For the president of the X Union (SMK), Jane Roe, …": the union\'s acronym between the title and the name', () => {
    const x = extract(
      'Kestrel Motors will close its plant and cut 1,200 jobs. For the president of the Metalworkers Union of Campinas (SMC), Ana Lima, the decision is a betrayal.',
    );
    expect(x.role('Ana Lima')).toEqual({
      title: 'president of the Metalworkers Union of Campinas',
      org: 'Metalworkers Union of Campinas',
    });
  });

  it('"Kestrel Motors\' president for South America, X": a possessive written without its "s"', () => {
    const x = extract(
      "Kestrel Motors will cut 1,200 jobs.\n\nKestrel Motors' president for South America, Rui Costa, did not comment.",
    );
    expect(x.role('Rui Costa')).toEqual({ title: 'president for South America', org: 'Kestrel Motors' });
  });

  it('"The Minister of Labour, Trade and Industry, X": a portfolio of several words, no company', () => {
    const x = extract(
      'Kestrel Motors will cut 1,200 jobs in Brazil.\n\nThe Minister of Labour, Trade and Industry, Maria Fernandes, said the government would talk to the company.',
    );
    expect(x.entity('Maria Fernandes')?.title).toBe('Minister of Labour, Trade and Industry');
    expect(x.role('Maria Fernandes')).toBeNull();
  });

  it('"Ombara Steel President X": the last word of the company\'s name stays out of the title', () => {
    const x = extract(
      'Kestrel Motors will cut 1,200 jobs. Ombara Steel President Tanaka Hiroshi said his company would lose a customer.',
    );
    expect(x.role('Tanaka Hiroshi')).toEqual({ title: 'President', org: 'Ombara Steel' });
  });
});

describe('the organization after a title, in a caption or after an age', () => {
  it('"X, Chief Executive Officer, Tessel Capital, said" and "X, MD & CEO, Kestrel Finance, said": the firm after the title', () => {
    const x = extract(
      'Kestrel Group will cut 2,000 jobs.\n\nAmit Shah, Chief Executive Officer, Tessel Capital, said rivals would follow. Nisha Patel, MD & CEO, Kestrel Finance, said the arm would not be affected.',
    );
    expect(x.role('Amit Shah')).toEqual({ title: 'Chief Executive Officer', org: 'Tessel Capital' });
    expect(x.role('Nisha Patel')?.title).toBe('MD & CEO');
    expect(x.entity('Kestrel Finance')?.type).not.toBe('Person');
  });

  it('"chief executive officer at X\'s Indian arm, X India": the unit named after its description', () => {
    const x = extract(
      "Kestrel Group will cut 2,000 jobs in Asia. Priya Das, chief executive officer at Kestrel's Indian arm, Kestrel India, said 400 jobs would go there.",
    );
    expect(x.role('Priya Das')?.org).toBe('Kestrel India');
  });

  it('"X (pictured), chairman of Y" and "X, 58, who has led Y": a caption mark or an age before the post', () => {
    const x = extract(
      'Kestrel Group will cut 2,000 jobs.\n\nRavi Kumar (pictured), chairman of Kestrel Group, said the board backed the plan.\n\nMaria Lopes, 58, who has led Kestrel Group since 2015, will retire next year.',
    );
    expect(x.role('Ravi Kumar')).toEqual({ title: 'chairman of Kestrel Group', org: 'Kestrel Group' });
    expect(x.role('Maria Lopes')?.org).toBe('Kestrel Group');
  });

  it('"a director at the labour ministry" works for no company of the story', () => {
    const x = extract(
      'Kestrel Group will cut 2,000 jobs. Tan Mei, a director at the labour ministry, said 300 workers had registered.',
    );
    expect(x.role('Tan Mei')).toBeNull();
  });
});

describe('a former post, then the role served now', () => {
  it('"X, who was president of Y, quit in April and will now serve as an adviser" is an adviser', () => {
    const x = extract(
      'Kestrel Pay will cut jobs. Ben Ray, who was president and chief operating officer of Kestrel Pay, quit in April and will now serve as an adviser to the company until year-end.',
    );
    expect(x.role('Ben Ray')?.title).toBe('adviser');
  });
});

describe('a programme named with its version in a title', () => {
  it('"X, until now head of Y, becomes executive vice-president for the Kestrel 2.0 transformation"', () => {
    const x = extract(
      'Kestrel Chemicals will cut 900 jobs. Jane Roe, until now head of sustainability, becomes executive vice-president for the Kestrel 2.0 transformation from 1 November.',
    );
    expect(x.role('Jane Roe')).toEqual({
      title: 'executive vice-president for the Kestrel 2.0 transformation',
      org: 'Kestrel Chemicals',
    });
  });
});
