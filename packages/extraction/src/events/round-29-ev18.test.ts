import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe('a public body or court a dispute is "before"', () => {
  const BREWER = 'Hallberg Breweries plans new cuts\n\nHallberg Breweries is planning to cut jobs, the union said.\n\n';

  it('"The dispute, now before the Norrvik Trade Commission, is about the retrenchment of over 300 members": not the body’s', () => {
    const found = rounds(
      `${BREWER}The dispute, now before the Norrvik Trade Commission, is about the retrenchment of over 300 union members since 2021.`,
    );
    expect(found.filter(([org]) => org === 'Norrvik Trade Commission')).toEqual([]);
    expect(found).toContainEqual(['Hallberg Breweries', 300]);
  });

  it('near miss: "The Norrvik Trade Commission will cut 50 jobs" (the body acts) stays the body’s', () => {
    expect(
      rounds(`${BREWER}The Norrvik Trade Commission will cut 50 jobs at its Hallbridge office, it said on Monday.`),
    ).toContainEqual(['Norrvik Trade Commission', 50]);
  });
});

describe('bodies that vow to fight a cut', () => {
  const UNIONS = 'Unions to resist mine cuts\n\n';

  it('"Vaksatu and its affiliate have vowed to fight the planned retrenchment of 240 staff at Kestrel Platinum": Kestrel’s', () => {
    const found = rounds(
      `${UNIONS}Vaksatu and its affiliate have vowed to fight the planned retrenchment of 240 staff at Kestrel Platinum in the north.\n\nVaksatu deputy general secretary Jan Berg said the mining firm Kestrel Platinum gave a notice of retrenchments last week.`,
    );
    expect(found.filter(([org]) => org === 'Vaksatu')).toEqual([]);
    expect(found).toContainEqual(['Kestrel Platinum', 240]);
  });

  it('near miss: "Kestrel Platinum has vowed to cut 240 jobs" (the company’s own pledge) stays Kestrel Platinum’s', () => {
    expect(
      rounds(`${UNIONS}Kestrel Platinum has vowed to cut 240 jobs at its Orm mine, the company said on Monday.`),
    ).toContainEqual(['Kestrel Platinum', 240]);
  });
});

describe('a new round told after a running total', () => {
  const TOTAL = 'The union said over 300 workers had been retrenched at Hallberg Breweries since 2021.';

  it('"is planning a new round of retrenchments" stays a round of its own beside "300 since 2021"', () => {
    const found = extract(
      `Brewer faces union anger\n\n${TOTAL} Hallberg Breweries is planning to carry out a new round of retrenchments, the union said.`,
      '2024-05-08',
    ).events();
    expect(found.filter((e) => e.org === 'Hallberg Breweries').map((e) => e.count)).toEqual([300, null]);
  });

  it('near miss: "is planning retrenchments" (no new round said) joins the running total', () => {
    const found = extract(
      `Brewer faces union anger\n\n${TOTAL} Hallberg Breweries is planning to carry out retrenchments, the union said.`,
      '2024-05-08',
    ).events();
    expect(found.filter((e) => e.org === 'Hallberg Breweries').map((e) => e.count)).toEqual([300]);
  });
});

describe('a pace of cuts', () => {
  it('"on average 250 staff were dismissed each week between March and August" is no round', () => {
    const found = rounds(
      'Hallish banks shed 6,000 staff\n\nAccording to the figures, about 6,020 people lost their jobs at Hallish banks in the six months to August, with on average 250 staff dismissed each week between March and August.',
    );
    expect(found.filter(([, count]) => count === 250)).toEqual([]);
  });

  it('near miss: "Kestrel Bank cut 250 jobs a week after the merger" is Kestrel Bank’s round', () => {
    expect(
      rounds('Kestrel Bank cuts jobs\n\nKestrel Bank cut 250 jobs a week after the merger, the lender said on Monday.'),
    ).toContainEqual(['Kestrel Bank', 250]);
  });
});

describe('a trade’s cuts told without a figure', () => {
  it('"Several Danish firms say they will shed staff this year, which could leave hundreds of people without work"', () => {
    const found = rounds(
      'Danish firms plan layoffs\n\nAt least five Danish firms have unveiled plans to dismiss staff before the year ends, a step that will leave hundreds of Danish workers without jobs.\n\nKestrel Telecom in July dismissed 380 workers.',
    );
    expect(found).toEqual([['Kestrel Telecom', 380]]);
  });

  it('near miss: "Hallish banks have shed 6,020 jobs" (a trade’s total with a figure) is kept with no company', () => {
    expect(
      rounds('Hallish banks shed jobs\n\nHallish banks have shed 6,020 jobs in the first half of the year, data show.'),
    ).toContainEqual([null, 6020]);
  });
});

describe('a plan named with "by" before its cut', () => {
  it('"The Vakta Mine Workers Union has turned down threats by Kestrel Mines to shed 3,100 jobs": not the union’s', () => {
    expect(
      rounds(
        'Minister cautions Kestrel Mines\n\nThe minister has cautioned Kestrel Mines against its plans to dismiss 3,100 miners.\n\nAnd the Mine Workers Union of Vakta (MUV) has firmly turned down threats by Kestrel Mines to shed 3,100 jobs.\n\nMUV president Jon Berg told reporters the plan would push families into poverty.',
      ),
    ).toEqual([['Kestrel Mines', 3100]]);
  });

  it('"The federation called a decision by Kestrel Tobacco Corp. (KTC) to cut 410 jobs a betrayal" is KTC’s', () => {
    expect(
      rounds(
        'Federation slams tobacco cuts\n\nThe labour federation Vakta Workers has called a decision by Kestrel Tobacco Corp. (KTC) to cut 410 jobs at its Orm plant a betrayal.',
      ),
    ).toContainEqual(['Kestrel Tobacco', 410]);
  });

  it('near miss: "threats by Kestrel Mines to cut jobs were not new, and Norrvik Capital said it would cut 40 jobs"', () => {
    expect(
      rounds(
        'Kestrel Mines to cut jobs\n\nKestrel Mines said it would cut 300 jobs.\n\nThe union said threats by Kestrel Mines to cut jobs were not new, and Norrvik Capital said it would cut 40 jobs at its Orm office.',
      ),
    ).toContainEqual(['Norrvik Capital', 40]);
  });
});

describe('a news agency reporting a cut', () => {
  const UNIT =
    'Hallberg Egypt keeps its staff\n\nHallberg Egypt, the Swiss bank’s unit in Egypt, says it will not lay off any staff after a Reuters story claimed the Swiss group would cut jobs at some of its foreign units.\n\nThe chairwoman of Hallberg Egypt said the bank had no plans to cut staff. Hallberg Egypt is profitable, she said.\n\nOn Monday, Reuters reported that Hallberg Bank headquarters in Zurich will trim costs and sell assets worth 3 billion francs.\n\nReuters also claimed that the Swiss giant, which owns 60 per cent of Hallberg Egypt, will cut jobs in Hungary, Greece and Egypt.';

  it('"Reuters also claimed that the Swiss giant … will cut jobs": the group’s round, not the agency’s', () => {
    expect(rounds(UNIT)).toEqual([
      ['Hallberg Bank', null],
      ['Hallberg Bank', null],
    ]);
  });

  it('near miss: "Reuters said it would cut 50 jobs in its Orm bureau" is the agency’s own round', () => {
    expect(rounds(`${UNIT}\n\nReuters said on Tuesday it would cut 50 jobs in its Orm bureau.`)).toContainEqual([
      'Reuters',
      50,
    ]);
  });
});

describe('a sentence opened by the company’s description and its name in commas', () => {
  const HEAD =
    'Drilling group to shed 8,000 jobs\n\nOffshore crews face an uncertain year as a second wave of cuts landed on Friday.\n\n';
  const TAIL =
    '\n\nMeanwhile Norrvik Oil and Gas said it was reviewing its business. Norrvik Oil and Gas employs 5,000 people in Aberdeen. A spokesman for Norrvik Oil and Gas said the review would take months. Norrvik Oil and Gas declined to comment further.';

  it('"The world’s biggest drilling services group, Kestrel, said … The news comes months after the firm unveiled plans to slash 6,000"', () => {
    expect(
      rounds(
        `${HEAD}The world’s biggest drilling services group, Kestrel, said 8,000 jobs would go across its global workforce.\n\nThe news comes just months after the firm unveiled plans to slash 6,000 positions.${TAIL}`,
      ),
    ).toContainEqual(['Kestrel', 6000]);
  });

  it('near miss: "The largest workers’ group at the company, Vakta Offshore Staff, said …" does not become "the firm"', () => {
    expect(
      rounds(
        `${HEAD}The largest workers’ group at the company, Vakta Offshore Staff, said that 8,000 jobs would go.\n\nThe news comes just months after the firm unveiled plans to slash 6,000 positions.${TAIL}`,
      ),
    ).toContainEqual(['Norrvik Oil and Gas', 6000]);
  });

  it('near miss: "The three big shipbuilders, Kestrel Heavy (KH), … According to NH, … its Orm yard" stays NH’s', () => {
    expect(
      rounds(
        'The three big shipbuilders, Kestrel Heavy Industries (KHI), Tarvo Marine (TM) and Norrvik Heavy Industries (NHI), have run voluntary retirement programs since spring.\n\nAccording to NHI, about 900 workers from its Orm yard applied for voluntary retirement in June.',
      ),
    ).toContainEqual(['Norrvik Heavy Industries', 900]);
  });
});
