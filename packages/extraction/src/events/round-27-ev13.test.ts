import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe('a count whose staff noun stands in quotation marks', () => {
  it('counts the staff: had laid off about 900 "surplus staff"', () => {
    expect(
      rounds(
        'Kestrel Airlines trims costs\n\nKestrel Airlines said on Monday it had laid off about 900 "surplus staff" at its Halden base.\n',
      ),
    ).toContainEqual(['Kestrel Airlines', 900]);
  });

  it("counts the staff in a headline: Lays Off About 900 'Surplus Staff'", () => {
    expect(
      rounds(
        "Loss-making Kestrel Airlines Lays Off About 900 'Surplus Staff'\n\nKestrel Airlines also plans to lease out two of its planes.\n",
      ),
    ).toContainEqual(['Kestrel Airlines', 900]);
  });

  it('near miss: a quoted word that is no staff noun is no count of people', () => {
    expect(
      rounds(
        'Kestrel Airlines trims costs\n\nKestrel Airlines has laid off staff and sold about 900 "surplus" seats to a broker.\n',
      ),
    ).not.toContainEqual(['Kestrel Airlines', 900]);
  });
});

describe('the jobs a closure threatens', () => {
  it('counts them: "will shut its gearbox factory in March, threatening about 1,200 jobs"', () => {
    expect(
      rounds(
        'Kestrel to shut gearbox factory\n\nCarmaker Kestrel will shut its gearbox factory in Halden in March, threatening about 1,200 jobs.\n',
      ),
    ).toEqual([['Kestrel', 1200]]);
  });

  it('counts them: "a move that jeopardises some 800 jobs"', () => {
    expect(
      rounds(
        'Kestrel Pharma plant to shut\n\nKestrel Pharma will shut its plant in Halden, a move that jeopardises some 800 jobs.\n',
      ),
    ).toEqual([['Kestrel Pharma', 800]]);
  });

  it("near miss: a finite verb whose subject is a region's slump is no company's count", () => {
    expect(
      rounds(
        "Kestrel Air to lay off 1,500\n\nKestrel Air said it would lay off 1,500 employees on Thursday.\n\nThe association warned that the region's travel slump threatened some 1.2 million jobs.\n",
      ),
    ).toEqual([['Kestrel Air', 1500]]);
  });

  it('near miss: what a closure threatens that is no job is no count', () => {
    expect(
      rounds(
        'Kestrel Pharma plant to shut\n\nKestrel Pharma will shut its plant in Halden next year, threatening 300 suppliers.\n',
      ),
    ).not.toContainEqual(['Kestrel Pharma', 300]);
  });
});

describe('a short form that no pass typed, acting on a unit it owns', () => {
  const text = (clause: string) =>
    `Norrvik Air to cut 2,500 more jobs\n\nNorrvik Air announced plans on Tuesday to cut about 2,500 more jobs.\n\nNorrvik Air's main rival, Summit Airways, sought creditor protection in May.\n\n${clause} under its new owner.\n`;

  it('is the company it is the short form of: "Summit has shut its regional subsidiary Kestrel Air and cut 2,000 jobs"', () => {
    expect(rounds(text('Summit has shut its regional subsidiary Kestrel Air and cut 2,000 jobs'))).toContainEqual([
      'Summit Airways',
      2000,
    ]);
  });

  it('near miss: a unit acting in a clause of its own keeps its round ("Summit said Kestrel Air would cut")', () => {
    expect(rounds(text('Summit said Kestrel Air would cut 2,000 jobs'))).toContainEqual(['Kestrel Air', 2000]);
  });
});

describe('"It" opening the sentence after one opened by another company', () => {
  const text = (second: string) =>
    `Miners cut jobs\n\nHallberg Gold is cutting about 500 jobs at its Tarn mines. Mr. Lars Roe, a vice president of the company, told reporters on Friday.\n\n${second} It said about 300 jobs would go by June.\n`;

  it('means that company, not the one the article is about', () => {
    expect(rounds(text('Kestrel Mining also unveiled cuts at its Orm mine on Monday.'))).toContainEqual([
      'Kestrel Mining',
      300,
    ]);
  });

  it('near miss: a sentence before it opened by no company leaves "it" to the company in focus', () => {
    expect(
      rounds(text('A note to the miners said that Kestrel Mining also unveiled cuts at its Orm mine on Monday.')),
    ).toContainEqual(['Hallberg Gold', 300]);
  });
});

describe('a year between "the" and a noun of cuts', () => {
  it('counts nothing: "The 2019 cuts, which leave out disposals, equal …"', () => {
    expect(
      rounds(
        'Lenders cut more jobs\n\nNine big lenders announced some 40,000 job cuts this year. The 2019 cuts, which leave out disposals, equal about 8 per cent of staff at the nine lenders.\n',
      ).map((r) => r[1]),
    ).not.toContain(2019);
  });

  it('near miss: a count written with its comma ("the 2,015 cuts") or a round hundred ("the 2000 layoffs") counts', () => {
    expect(
      rounds('Kestrel Bank cuts jobs\n\nKestrel Bank said the 2,015 cuts would be made by March.\n'),
    ).toContainEqual(['Kestrel Bank', 2015]);
    expect(
      rounds('Kestrel Bank cuts jobs\n\nKestrel Bank said the 2000 layoffs would be made by March.\n'),
    ).toContainEqual(['Kestrel Bank', 2000]);
  });
});

describe("a definite figure of a named company and another company's round of the same size told after it", () => {
  it('stay two rounds: "adding to the 2,000 staff cuts the lender announced in July. Norrvik Bank will also trim 2,000"', () => {
    expect(
      rounds(
        'Banks cut more jobs\n\nKestrel Bank said today it will eliminate about 1,500 jobs, adding to the 2,000 staff cuts the Halden-based lender announced in July. Norrvik Bank, the largest lender in Norland, will also trim 2,000 posts.\n',
      ),
    ).toEqual([
      ['Kestrel Bank', 1500],
      ['Kestrel Bank', 2000],
      ['Norrvik Bank', 2000],
    ]);
  });

  it('near miss: a definite figure told after the round, by whoever speaks, is that round', () => {
    expect(
      rounds(
        'Banks cut more jobs\n\nNorrvik Bank will trim 2,000 posts, it said on Monday. Analysts at Orm Securities said the 2,000 cuts were overdue.\n',
      ),
    ).toEqual([['Norrvik Bank', 2000]]);
  });
});
