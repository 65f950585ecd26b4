import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count, e.percent]);

describe('a sentence opening with the restructuring or plan that sizes it as a share of the workforce', () => {
  const lede =
    'Hallberg Motors to shed 4,200 posts\n\n' +
    'Hallberg Motors said on Thursday it would shed as many as 4,200 posts as orders slow.\n\n' +
    'The Tarvo-based group expects the four-year restructuring to save 150 million crowns annually.\n\n' +
    'Falling orders from truck makers drove the decision, the group said.\n\n' +
    'Simplifying its plant network is the other aim of the restructuring, it added.\n\n' +
    'Natural attrition will account for part of the reduction, a spokeswoman said.\n\n';

  it('"The restructuring will affect about 11% of the workforce" five sentences after the count: that round’s share', () => {
    expect(rounds(`${lede}The restructuring will affect about 11% of the workforce, the group said.`)).toEqual([
      ['layoff', 'Hallberg Motors', 4200, 11],
    ]);
  });

  it('"The plan could affect about 8% of its staff": the same, told of the plan', () => {
    expect(rounds(`${lede}The plan could affect about 8% of its staff, the group said.`)).toEqual([
      ['layoff', 'Hallberg Motors', 4200, 8],
    ]);
  });

  it('near miss: a rival’s round with another count told between leaves the share to no counted round', () => {
    const text =
      `${lede}Its rival Norrvik Trucks said in March it would cut about 1,500 jobs.\n\n` +
      'The restructuring will affect about 11% of the workforce, the group said.';
    expect(rounds(text).filter((r) => r[2] === 4200)).toEqual([['layoff', 'Hallberg Motors', 4200, null]]);
  });

  it('near miss: "The wage freeze will affect about 11% of the workforce" (no round or plan as subject) gives no share', () => {
    expect(
      rounds(`${lede}The wage freeze will affect about 11% of the workforce, the group said.`).filter(
        (r) => r[2] === 4200,
      ),
    ).toEqual([['layoff', 'Hallberg Motors', 4200, null]]);
  });
});

describe('a share told as "one position out of every eight", the job named inside the share', () => {
  it('"to eliminate one position out of every eight" then "some 640 of its 5,100 jobs": one round of 13%', () => {
    const text =
      'Norrvik Bank plans to eliminate one position out of every eight by 2027, it said on Friday.\n\n' +
      'Norrvik Bank intends to cut some 640 of its 5,100 jobs, a company filing showed.';
    expect(rounds(text)).toEqual([['layoff', 'Norrvik Bank', 640, 13]]);
  });

  it('"will cut one job in every five" alone: a round of 20% with no count (not a round of one job)', () => {
    expect(rounds('Norrvik Bank said it will cut one job in every five over the next two years.')).toEqual([
      ['layoff', 'Norrvik Bank', null, 20],
    ]);
  });

  it('near miss: "one worker out of every ten in the town works for Kestrel" (no cut) is no round', () => {
    expect(rounds('One worker out of every ten in the town works for Kestrel, the mayor said.')).toEqual([]);
  });
});

describe('a share that restates a count no rule took as a round ("put the loss at 850 jobs, or about 9% of …")', () => {
  const text =
    'Kestrel to trim 700 posts across Europe\n\n' +
    'MADRID – Kestrel said on Tuesday it would trim about 700 posts across Europe, people close to the plan said.\n\n' +
    'The pump maker intends to cut 540 posts in Spain and 160 in Italy, they added.\n\n' +
    'Kestrel employs about 9,000 people in Spain.\n\n';

  it('a union’s "put the loss at 850 jobs, or about 9% of the group’s staff in Spain": no share for the round', () => {
    const tail =
      'The company’s figure would equal some 6% of its Spanish staff, while the Vakta union put the loss at 850 jobs, or about 9% of the group’s staff in Spain.';
    expect(rounds(text + tail).filter((r) => r[3] === 9)).toEqual([]);
  });

  it('near miss: "Kestrel will cut 850 jobs, or about 9% of its staff in Spain" is a round with its share', () => {
    expect(rounds('Kestrel will cut 850 jobs, or about 9% of its staff in Spain, it said on Monday.')).toEqual([
      ['layoff', 'Kestrel', 850, 9],
    ]);
  });

  it('near miss: "Norrvik said it would cut about 9% of its staff in Spain" (no count before the share) is a round', () => {
    expect(rounds('Norrvik said on Monday it would cut about 9% of its staff in Spain.')).toEqual([
      ['layoff', 'Norrvik', null, 9],
    ]);
  });
});

describe('an earlier round told in a "when" clause after its year, its count as the takers of a scheme', () => {
  const news =
    'Norrvik Air to lay off older staff\n\nNorrvik Air is laying off older staff to cope with falling bookings.\n\n' +
    'The airline said on Friday that it has begun to accept applications for early retirement from cabin crew over 55.\n\n' +
    'The package includes a lump sum of up to 18 months of pay.\n\nPilots are not eligible.\n\n' +
    'A union official said the scheme was fair.\n\n';
  const dated = (text: string, publishedAt?: string) =>
    extract(text, publishedAt)
      .events()
      .map((e) => [e.org, e.count, e.when]);

  it('"Norrvik Air last ran such a scheme in 2016, when 240 employees applied": a round of its own', () => {
    const text = `${news}Norrvik Air last ran an early retirement scheme in 2016, when 240 employees applied.`;
    expect(dated(text)).toEqual([
      ['Norrvik Air', null, null],
      ['Norrvik Air', 240, '2016'],
    ]);
  });

  it('near miss: "800 people applied." with no scheme or cut in the sentence is no round', () => {
    expect(dated('The Kestrel depot opened in 2016, when 800 people applied.')).toEqual([]);
  });

  it('near miss: a "when" clause set in the year of the news joins the news', () => {
    const text = `${news}The scheme opened in 2024, when 240 employees applied for early retirement.`;
    expect(dated(text, '2024-05-08').map((r) => r[0])).toEqual(['Norrvik Air']);
  });
});

describe('a share of the company’s own workforce told up to eight sentences after its counted round', () => {
  const filler =
    'The carmaker has struggled with weak sales in its two largest markets.\n\n' +
    'Its shares rose 2% in Tokyo trading on Monday.\n\n' +
    'Analysts said the plan was overdue.\n\n' +
    'The company will report its annual results next month.\n\n';
  const round =
    'Kestrel Motors to cut 12,000 jobs\n\n' +
    'Kestrel Motors will cut around 12,000 jobs worldwide, a person familiar with the plan said on Sunday.\n\n';

  it('"the carmaker will reduce its global workforce by around 9 percent" five sentences on: the round’s share', () => {
    const text = `${round}${filler}Under its plan, the carmaker will reduce its global workforce by around 9 percent.`;
    expect(rounds(text)).toEqual([['layoff', 'Kestrel Motors', 12000, 9]]);
  });

  it('near miss: a round that already has its share keeps it', () => {
    const text =
      'Kestrel Motors will cut around 12,000 jobs, or 7% of its staff, a person familiar with the plan said on Sunday.\n\n' +
      `${filler}Under its plan, the carmaker will reduce its global workforce by around 9 percent.`;
    expect(rounds(text).filter((r) => r[2] === 12000)).toEqual([['layoff', 'Kestrel Motors', 12000, 7]]);
  });
});
