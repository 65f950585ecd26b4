import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-03-12') => extract(text, pub).events();
const orgs = (text: string) => events(text).map((e) => e.org);

describe('who acts when someone else reports the plan', () => {
  it('credits the company an analyst, rating agency or newspaper speaks about, not the speaker', () => {
    expect(orgs('Analysts at Corvo Securities expect Marlowe Media to cut about 700 jobs.')).toEqual(['Marlowe Media']);
    expect(orgs("Fitch Ratings said Orsato Pharma's plan to cut 1,100 jobs would support its margins.")).toEqual([
      'Orsato Pharma',
    ]);
    expect(orgs('According to Brenner Research, Tavora Steel will eliminate 2,500 positions.')).toEqual([
      'Tavora Steel',
    ]);
    expect(orgs('Kiru Capital said Ndovu Breweries would shed 400 workers at its Mombasa plant.')).toEqual([
      'Ndovu Breweries',
    ]);
  });

  it('keeps the speaker when it reports its own cut', () => {
    expect(orgs('Norrvik Motors told the Kora Daily it would cut 1,500 jobs.')).toEqual(['Norrvik Motors']);
    expect(orgs('Hallberg Foods said in a filing with Vessa Exchange that it would cut 300 jobs.')).toEqual([
      'Hallberg Foods',
    ]);
  });
});

describe('programmes of cuts told without a figure', () => {
  it('reads hiring freezes as restructurings of a named company', () => {
    expect(events('Orsato Pharma announced a hiring freeze on Monday.')).toEqual([
      { kind: 'restructuring', org: 'Orsato Pharma', count: null, percent: null, when: '2025-03-10' },
    ]);
    expect(orgs('Kestrel Telecom has frozen hiring and will not replace staff who leave.')).toEqual([
      'Kestrel Telecom',
    ]);
  });

  it('reads voluntary redundancy and early retirement schemes as layoffs', () => {
    expect(events('Delmare Insurance launched a voluntary redundancy scheme in March.')).toEqual([
      { kind: 'layoff', org: 'Delmare Insurance', count: null, percent: null, when: '2025-03' },
    ]);
    expect(orgs('Tavora Steel is offering an early retirement programme to older workers.')).toEqual(['Tavora Steel']);
    expect(orgs('Banco Ituna will offer voluntary redundancies at its branches in the north.')).toEqual([
      'Banco Ituna',
    ]);
  });

  it('reads jobs or a workforce reduced without a number', () => {
    expect(orgs('Marlowe Media will reduce jobs at its regional newspapers, the publisher said on Friday.')).toEqual([
      'Marlowe Media',
    ]);
    expect(events('Ayodele Cement will halve its workforce by 2027.')).toEqual([
      { kind: 'layoff', org: 'Ayodele Cement', count: null, percent: null, when: null },
    ]);
    expect(orgs('Ndovu Breweries said job reductions would follow the merger.')).toEqual(['Ndovu Breweries']);
  });

  it('does not read a person retiring early, or a freeze of prices, as a cut', () => {
    expect(events('Hallberg Foods said its chief executive would take early retirement.')).toEqual([]);
    expect(events('Vessa Energy will freeze prices for households until June.')).toEqual([]);
  });

  it('folds a programme into the round of cuts the company announces with a figure', () => {
    expect(
      events(
        'Orsato Pharma will cut 1,200 jobs. The drugmaker also announced a hiring freeze and a voluntary redundancy scheme.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Orsato Pharma', count: 1200, percent: null, when: null }]);
  });
});

describe('dates after the day of the article', () => {
  it('never date an event: they are when it is to happen', () => {
    expect(
      events('Marlowe Publishing will close its printing plant in Leeds next year with the loss of 160 jobs.'),
    ).toEqual([{ kind: 'layoff', org: 'Marlowe Publishing', count: 160, percent: null, when: null }]);
    expect(events('Kestrel Chemicals will shut its Antwerp cracker in June, cutting 300 jobs.')[0]?.when).toBeNull();
    expect(events('Tavora Bank said on Tuesday it would cut 300 roles in 2026.', '2025-03-12')[0]?.when).toBe(
      '2025-03-11',
    );
  });

  it('still date what happened earlier in the same year', () => {
    expect(events('Hallberg Steel cut 900 jobs in January.', '2025-03-12')[0]?.when).toBe('2025-01');
  });
});

describe('a figure told after the action it belongs to', () => {
  it('reads "a step that affected around 700 jobs" as the figure of the closure', () => {
    expect(
      events('In 2023 Marlowe Media closed 14 magazines and sold others, a move that affected around 450 jobs.'),
    ).toEqual([{ kind: 'restructuring', org: 'Marlowe Media', count: 450, percent: null, when: '2023' }]);
  });
});

describe('figures beside a share or after a round without one', () => {
  it('reads the count set off by dashes or brackets after a share', () => {
    expect(
      events('Ayodele Foods is aiming to reduce its workforce by around 15 percent – about 1,800 jobs – it said.'),
    ).toEqual([{ kind: 'layoff', org: 'Ayodele Foods', count: 1800, percent: 15, when: null }]);
  });

  it('gives a vague count to the round the company just reported without one', () => {
    const text =
      'Ndovu Breweries will lay off about a tenth of its workforce, the brewer said. The company said hundreds of jobs would go at its Kisumu plant.';
    expect(events(text)).toEqual([
      { kind: 'layoff', org: 'Ndovu Breweries', count: null, percent: 10, when: null, countText: 'hundreds' },
    ]);
  });

  it('never makes a place after "in" the actor of "the company will shut its factory in …"', () => {
    const text =
      'Kestrel Rail Systems Ltd will restructure. The company will also shut its wagon factory in Nagpur, which employs 400 workers.';
    expect(events(text).map((e) => e.org)).toEqual(['Kestrel Rail Systems']);
  });
});

describe('parties that are not the actor', () => {
  it('never makes the buyer of an earlier sale the actor of a closure in the same clause', () => {
    const text =
      'Hallberg Group will cut 3,000 jobs. It sold its tools arm to Norrvik in 2019 and closed its Gothenburg foundry, with the loss of 450 jobs.';
    expect(events(text, '2024-09-05').map((e) => [e.org, e.count])).toContainEqual(['Hallberg Group', 450]);
    expect(events(text, '2024-09-05').map((e) => e.org)).not.toContain('Norrvik');
  });

  it('never makes the unit sold the actor of "the spin-off of X"', () => {
    const text = 'Orsato Pharma will cut 900 jobs. The cuts are tied to the spin-off of Kyndra Labs, the company said.';
    expect(events(text).map((e) => e.org)).not.toContain('Kyndra Labs');
  });

  it('dates a headline share by the body that tells the same share', () => {
    const text =
      'Ndovu Breweries to lay off a tenth of staff\n\nNAIROBI — Ndovu Breweries Plc will lay off about a tenth of its workforce, the brewer said on Monday. The company said hundreds of jobs would go.';
    expect(events(text, '2023-06-20')).toEqual([
      { kind: 'layoff', org: 'Ndovu Breweries', count: null, percent: 10, when: '2023-06-19', countText: 'hundreds' },
    ]);
  });
});

describe('the day the news was told, in the sentence after the lede', () => {
  it('dates an undated lede by "said on Wednesday" or "adopted the resolution on Wednesday" in the next sentence', () => {
    const text =
      'DURBAN — Umzila Mining Ltd has started consultations on the possible closure of two shafts, a move that could affect 1,800 people. The miner said on Wednesday that it had notified the unions.';
    expect(events(text, '2023-10-26')[0]).toMatchObject({ org: 'Umzila Mining', count: 1800, when: '2023-10-25' });
    const board =
      'Wisła Freight will carry out group layoffs of up to 900 workers. The management board adopted the resolution on Wednesday.';
    expect(events(board, '2024-07-05')[0]).toMatchObject({ count: 900, when: '2024-07-03' });
  });
});

describe('figures in the forms wire copy uses', () => {
  it('reads a workforce brought from one headcount to another as the difference', () => {
    expect(events('Orsato Motors plans to lower its headcount to 40,000 from 45,000.')[0]).toMatchObject({
      org: 'Orsato Motors',
      count: 5000,
    });
    expect(events('Tavora Bank plans to reduce its global workforce from 100,000 to 85,000.')[0]?.count).toBe(15000);
    expect(events("Norrvik Paper's headcount will fall to 5,000 from 6,200.")[0]?.count).toBe(1200);
  });

  it('keeps the written count when the text also gives the headcounts', () => {
    const text =
      'Hallberg Bank will cut about 18,000 jobs. The plan will shrink the workforce from roughly 91,500 to about 74,000.';
    expect(events(text).map((e) => e.count)).toEqual([18000]);
  });

  it('reads notices, buyouts and shares written with digits', () => {
    expect(events('Ayodele Mining issued retrenchment notices to 1,300 workers.')[0]).toMatchObject({
      org: 'Ayodele Mining',
      count: 1300,
    });
    expect(events('Kestrel Foods is offering buyouts to 3,000 employees.')[0]).toMatchObject({ count: 3000 });
    expect(events('Brightwater Mining is cutting 1 in 5 jobs.')[0]).toMatchObject({ percent: 20 });
    expect(events('Hallberg Energy will shrink its workforce by 900.')[0]).toMatchObject({ count: 900 });
    expect(events('Norrvik Air cut its workforce by a third last year.')[0]).toMatchObject({ percent: 33 });
  });
});

describe('several restructurings of one company told as its history', () => {
  it('reads an executive acting as the company, exits from listed markets and a unit separated by name', () => {
    const text = [
      'Tavora Bank SA will cut 2,000 jobs, chief executive Ines Moura said on Monday.',
      'In September 2023 Moura reorganised the bank into four businesses.',
      'In January 2022 it announced it would exit consumer, small business and mortgage lending in Chile.',
      'On Friday Tavora Bank said it had finished separating Banco Litoral, its retail lender, from its corporate bank.',
    ].join(' ');
    expect(events(text, '2024-12-03').map((e) => [e.org, e.count, e.when])).toEqual([
      ['Tavora Bank', 2000, '2024-12-02'],
      ['Tavora Bank', null, '2023-09'],
      ['Tavora Bank', null, '2022-01'],
      ['Tavora Bank', null, '2024-11-29'],
    ]);
  });
});

describe('places and commentators after the figure', () => {
  it('never makes a city named after the figure the actor', () => {
    const text = 'Hallberg Group will cut 2,000 jobs. Around 750 of them will go at Hildesheim, the company said.';
    expect(events(text).map((e) => e.org)).not.toContain('Hildesheim');
  });

  it('never credits a restructuring to the agency that comments on it ("saying that")', () => {
    const text =
      'Norrvik Motors will cut 7,000 jobs. Corvo Ratings, which rates the carmaker, took a relaxed view in a note, saying that a separation of the tyre business would not change its rating.';
    expect(events(text).map((e) => e.org)).toEqual(['Norrvik Motors']);
  });
});

describe('relative clauses', () => {
  it('credits "…, which cut 300 jobs" to the company before "which"', () => {
    expect(
      events('The cuts at Marlowe Media follow similar moves by rival Corvo Press, which cut 300 jobs last year.').map(
        (e) => [e.org, e.count],
      ),
    ).toContainEqual(['Corvo Press', 300]);
    expect(
      events(
        'The cuts at Marlowe Media follow moves by rivals Corvo Press and Brenner Verlag, which cut 300 and 200 jobs respectively.',
      ).map((e) => [e.org, e.count]),
    ).toContainEqual(['Corvo Press', 300]);
  });
});

describe('dates counted from another date', () => {
  it('reads "two years later" from the year the narrative stands in, and "two years ago" from the article', () => {
    const text =
      'Marlowe Media will cut 220 jobs. In 2020 Marlowe Media sold its magazine division to Corvo Press. Two years later it merged its two Belgian newsrooms.';
    expect(events(text, '2024-03-05').map((e) => e.when)).toContain('2022');
    expect(events('Tavora Steel cut 900 jobs two years ago.', '2024-03-05')[0]?.when).toBe('2022');
  });
});

describe('a company that loses jobs', () => {
  it('reads "is to lose 600 jobs" as a cut', () => {
    expect(events('Brightwater Bank is to lose 600 jobs after the closure of 50 branches.')).toContainEqual({
      kind: 'layoff',
      org: 'Brightwater Bank',
      count: 600,
      percent: null,
      when: null,
    });
  });
});

describe('an actor no pass typed', () => {
  it('never credits "Ford said it would eliminate 4,000 jobs" to the company in focus when Ford is unknown', () => {
    const text =
      'Norrvik Motors will cut 2,000 jobs, it said on Monday. The cuts add to a wave of retrenchment. Summit said in November it would eliminate 4,000 jobs in Europe.';
    expect(events(text).map((e) => [e.org, e.count])).not.toContainEqual(['Norrvik Motors', 4000]);
  });

  it('still reads "Workers said", "Management said" and the company in focus', () => {
    const text = 'Norrvik Motors will cut 2,000 jobs. Management said it would also close 40 dealerships.';
    expect(events(text).map((e) => e.org)).toEqual(['Norrvik Motors']);
  });
});

describe('plans named in a main clause', () => {
  it('gives "…, which envisaged cutting 7,000 jobs" to whoever unveiled the plan', () => {
    const text = [
      'Kawara Electric Corp will cut 4,000 jobs, it said on Thursday.',
      'A consortium led by Sorano Partners took it private last year.',
      'In November 2018, then Chairman and CEO Kenji Oda of Kawara Electric unveiled the "Kawara Next Plan", which envisaged cutting about 7,000 jobs over five years.',
    ].join(' ');
    expect(events(text, '2024-05-17').map((e) => [e.org, e.count])).toContainEqual(['Kawara Electric', 7000]);
  });

  it('never reads "since" before an event as a running total', () => {
    const text =
      'Kawara Electric Corp will cut 4,000 jobs, the group said on Thursday, in the first big restructuring since a consortium took it private.';
    expect(events(text, '2024-05-17')[0]?.cumulative).toBeUndefined();
  });
});

describe('a year and its "when" clause', () => {
  it('dates the figure and the sale told in ", when …" after a year', () => {
    const text =
      'Tavora Bank SA will close 120 branches. Tavora Bank last cut staff in 2020, when it eliminated 2,300 positions and exited the insurance business.';
    expect(events(text, '2023-05-18').map((e) => [e.count, e.when])).toContainEqual([2300, '2020']);
    const sale =
      'Kestrel Rail Systems Ltd will cut 900 jobs. Kestrel had already cut 600 jobs in 2021, when it sold its signalling unit to Vantara Industries.';
    expect(
      events(sale, '2024-10-03')
        .filter((e) => e.count === null)
        .map((e) => e.when),
    ).toEqual(['2021']);
  });

  it('dates the figure of a "when" clause with an aside in it', () => {
    const text =
      'Norrvik Foods will cut 2,000 jobs. It follows an earlier reduction in March 2021, when the company, under its ' +
      'former chief executive, said it would cut about 900 management roles.';
    expect(events(text, '2024-03-19').map((e) => [e.count, e.when])).toContainEqual([900, '2021-03']);
  });
});

describe('several rounds of one company in one sentence', () => {
  it('reads "and a further N at its unit" as a round of its own, but not a figure split by site', () => {
    const text =
      'Halvard Automobil AG had announced 6,000 cuts in March and a further 3,500 at its parts unit Halvard Parts in 2023.';
    expect(events(text, '2024-10-02').map((e) => e.count)).toEqual([6000, 3500]);
    expect(events(text, '2024-10-02').find((e) => e.count === 3500)?.when).toBe('2023');
    const split = 'Halvard Automobil AG will cut 2,000 jobs in Germany and 1,500 at its US plants.';
    expect(events(split, '2024-10-02').map((e) => e.count)).toEqual([2000]);
  });

  it('reads rounds listed after the first with their own dates', () => {
    expect(
      events('Kestrel Telecom cut 1,000 jobs in January and a further 800 in June.', '2025-09-01').map((e) => [
        e.count,
        e.when,
      ]),
    ).toEqual([
      [1000, '2025-01'],
      [800, '2025-06'],
    ]);
    expect(
      events('Hallberg Steel cut 500 jobs in 2019, 700 in 2020 and 1,200 last year.', '2024-02-01').map((e) => [
        e.count,
        e.when,
      ]),
    ).toEqual([
      [500, '2019'],
      [700, '2020'],
      [1200, '2023'],
    ]);
  });

  it('reads a share of "one in ten jobs" and "more than half its workforce" as no count', () => {
    expect(events('Tavora Steel is cutting roughly one in ten jobs.')[0]).toMatchObject({ count: null, percent: 10 });
    expect(events('Ndovu Breweries will shed more than half its workforce.')[0]).toMatchObject({
      org: 'Ndovu Breweries',
      count: null,
    });
  });
});

describe('a new round inside a running total', () => {
  it('reads "including 3,000 announced on Tuesday" as the new round', () => {
    expect(
      events('Norrvik Motors has cut more than 12,000 jobs since 2022, including 3,000 announced on Tuesday.').map(
        (e) => [e.count, e.when, e.cumulative ?? false],
      ),
    ).toEqual([
      [12000, '2022', true],
      [3000, '2025-03-11', false],
    ]);
  });
});

describe('more dates told relative to the article', () => {
  it.each([
    ['Norrvik Motors cut 1,000 jobs in the first quarter.', '2025'],
    ['Norrvik Motors cut 1,000 jobs last autumn.', '2024'],
    ['Norrvik Motors announced 1,000 job cuts a month ago.', '2025-02'],
    ['Norrvik Motors cut 1,000 jobs at the start of the year.', '2025'],
  ])('%s', (text, when) => {
    expect(events(text, '2025-03-12')[0]?.when).toBe(when);
  });
});

describe('a date that only qualifies a noun', () => {
  it('never dates a round by "last autumn\'s budget" or "last year\'s results"', () => {
    expect(
      events("Tavora Foods is to cut 3,000 jobs as costs imposed in last autumn's budget bite.", '2025-01-23')[0]?.when,
    ).toBeNull();
  });
});

describe('investors that push a company to act', () => {
  it('credits "has pushed the brewer to cut 500 jobs" to the brewer, not the investor', () => {
    const text =
      "Ndovu Breweries Plc reported a loss. Kiru Capital, Ndovu Breweries' largest shareholder, has pushed the brewer to cut 500 jobs.";
    expect(events(text).map((e) => e.org)).toEqual(['Ndovu Breweries']);
  });
});

describe('conditions', () => {
  it('reads no round in the consequence of a condition, but keeps "If approved, the plan would cut"', () => {
    expect(events('If Hallberg Steel closes the mill, 1,500 jobs would be lost.')).toEqual([]);
    expect(events('If approved, the plan by Hallberg Steel would cut 1,500 jobs.').map((e) => e.count)).toEqual([1500]);
  });
});

describe('schemes named the way each country names them', () => {
  it.each([
    ['Tavora Telecom launched an ERE affecting 3,400 employees.', 3400],
    ['Ayodele Mining has issued Section 189 notices to 1,100 workers.', 1100],
    ['Kestrel Steel has offered a VRS to 2,000 employees.', 2000],
    ['Ndovu Airways introduced a voluntary separation scheme for 600 staff.', 600],
    ['Norrvik Motors will reduce its workforce through attrition by about 1,000.', 1000],
  ])('%s', (text, count) => {
    expect(events(text)[0]).toMatchObject({ kind: 'layoff', count });
  });
});

describe('wordings of results stories and translated releases', () => {
  it.each([
    ['Kestrel Air will shed a net 8,000 jobs over three years.', 8000],
    ['Vessa Air will reduce the number of its employees by about 3,500 persons.', 3500],
    ['Under the plan, about 6,000 of its roughly 11,000 employees at Ndovu Post Ltd are to be retrenched.', 6000],
  ])('%s', (text, count) => {
    expect(events(text, '2020-10-28').map((e) => e.count)).toContain(count);
  });

  it('never reads "one in four roles" as four jobs', () => {
    expect(events('One in four management roles at Kestrel Telecom will go.').map((e) => e.count)).not.toContain(4);
  });

  it('reads a unit integrated into another as a restructuring', () => {
    expect(
      events(
        'Hallberg Bank said it would fully integrate Norrvik Sparbank AG, its domestic lender, into Hallberg Bank Sverige.',
      ),
    ).toEqual([{ kind: 'restructuring', org: 'Hallberg Bank', count: null, percent: null, when: null }]);
  });
});

describe('short forms opening a clause', () => {
  it('keeps a round told with a short form of a company named before ("Kestrel said …")', () => {
    const text =
      'Kestrel Rail Systems Ltd is restructuring. Kestrel said on Monday it would eliminate 600 jobs in Pune.';
    expect(events(text).map((e) => e.count)).toContain(600);
  });
});

describe('"it" after a sentence framed as history', () => {
  it('is the company of "This is not the first time <Company> has …", not a company named earlier', () => {
    const text =
      'Tarvo Motors is preparing to expand overseas, and Kora Holdings will put its money there. This is not the ' +
      'first time Kora Holdings has pruned its empire. In December 2019, it handed its retail chain Vessmart to ' +
      'rival Orrin Group.';
    expect(events(text).map((e) => [e.org, e.when])).toEqual([['Kora Holdings', '2019-12']]);
  });
});
