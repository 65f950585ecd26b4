import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-07-12').events();

describe('round-ups that pair companies with figures', () => {
  it('reads "A and B had sacked 200 and 1,040 staff each" as one round per company, in order', () => {
    expect(
      rounds('Last week, Thistle Bank Plc and Vessla Bank Plc had sacked 200 and 1,040 staff each.'),
    ).toMatchObject([
      { kind: 'layoff', org: 'Thistle Bank', count: 200 },
      { kind: 'layoff', org: 'Vessla Bank', count: 1040 },
    ]);
  });

  it('reads a gapped list "A has sent home 300 workers, B 400 and C 120" as one round per company', () => {
    expect(
      rounds('Norrvik Motors AB has sent home 300 workers, Hallberg Steel AB 400 and Tamsa Steel AB 120.'),
    ).toEqual([
      { kind: 'layoff', org: 'Norrvik Motors', count: 300, percent: null, when: null },
      { kind: 'layoff', org: 'Hallberg Steel', count: 400, percent: null, when: null },
      { kind: 'layoff', org: 'Tamsa Steel', count: 120, percent: null, when: null },
    ]);
  });

  it('credits a cut told in a "when" clause to the company that clause names', () => {
    expect(
      rounds(
        'Unions rallied after Norrvik Motors AB’s news last week that almost 6,000 workers in Belgium and the UK are to lose their jobs.\n\n' +
          'It was the second blow to the region since the beginning of October, when Hallberg Motors AB decided to cut over 1,000 jobs.',
      ),
    ).toMatchObject([
      { kind: 'layoff', org: 'Norrvik Motors', count: 6000 },
      { kind: 'layoff', org: 'Hallberg Motors', count: 1000 },
    ]);
  });
});

describe('counts told as a part of the workforce', () => {
  it('reads "up to 11,000 of the retail group’s 76,000-strong workforce could be let go" as 11,000', () => {
    expect(
      rounds(
        'Kora Retail Ltd is in talks to cut staff. Up to 11,000 of the retail group’s 76,000-strong workforce could be let go, sources said.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Kora Retail', count: 11000 }]);
  });

  it('reads "the exit of 1,000 of its staff" as a round of 1,000', () => {
    expect(
      rounds(
        'Hallberg Holdings Plc, the parent company of Thistle Bank Plc, is also contemplating the exit of 1,000 of its staff.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Hallberg Holdings', count: 1000 }]);
  });

  it('never reads the workforce of a site as the cut: "most of the smelter’s 4,000 workers"', () => {
    expect(
      rounds('Vandmoor Mining Ltd said most of the smelter’s 4,000 workers would lose their jobs.').filter(
        (e) => e.count === 4000,
      ),
    ).toEqual([]);
  });

  it('reads mineworkers with a space as thousands separator, and "chop" as a cut', () => {
    expect(
      rounds('Vandmoor Mining Ltd said it would retrench 1 500 mineworkers at its operation in Kestrel.'),
    ).toMatchObject([{ kind: 'layoff', org: 'Vandmoor Mining', count: 1500 }]);
    expect(
      rounds(
        'Norrvik Motors AB had hinted for weeks that its Vandmoor plant was in jeopardy as the company moved to chop around 8,300 jobs.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Norrvik Motors', count: 8300 }]);
  });
});

describe('bodies that speak about a cut are not its organization', () => {
  it('gives a closure a union is "clear" about to the company whose branches close', () => {
    const events = rounds(
      'Thistle Bank Plc will close 79 branches and fire 400 employees, the Kora Workers Union said on Wednesday.\n\n' +
        '"The Kora Workers Union is clear that the closure of a third of the bank’s branches will hurt communities," it said.',
    );
    expect(events.map((e) => e.org)).not.toContain('Kora Workers Union');
    expect(events).toMatchObject([{ kind: 'layoff', org: 'Thistle Bank', count: 400 }]);
  });

  it('credits a cut told through a union’s concern to the company that decided it', () => {
    expect(
      rounds(
        'The Kora Mineworkers Union today said it was concerned about Hallberg Gold Ltd’s decision to retrench more than 1 500 mineworkers.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Hallberg Gold', count: 1500 }]);
  });

  it('never credits the ministry a redundancy notice is addressed to', () => {
    const events = rounds(
      'Vessla Security Ltd has said it will sack at least 400 employees.\n\n' +
        '"We regret to advise the Ministry of Labour of the organisation’s intentions to declare several positions redundant," its human resources director said in a notice.',
    );
    expect(events.map((e) => e.org)).not.toContain('Ministry of Labour');
    expect(events).toMatchObject([{ kind: 'layoff', org: 'Vessla Security', count: 400 }]);
  });
});

describe('a state body is never the company in focus by default', () => {
  it('credits no ministry with a round whose company is not named', () => {
    const events = rounds(
      'The security firm plans to send home 400 employees.\n\n' +
        '“We regret to advise the Ministry of Labour of the organisation’s intentions to declare several positions redundant,” the notice reads.',
    );
    expect(events).toMatchObject([{ kind: 'layoff', org: null, count: 400 }]);
  });

  it('still credits a ministry that is named as the subject of a cut', () => {
    expect(rounds('The Ministry of Finance said it would cut 400 jobs.')).toMatchObject([
      { kind: 'layoff', org: 'Ministry of Finance', count: 400 },
    ]);
  });
});

describe('round-ups told under headings and sums of a trade', () => {
  it('credits "the German bank" under a heading line to the company the heading names', () => {
    expect(
      rounds(
        'Here are plans announced by some of Europe’s banks:\n\nThistle Bank Plc\n\nEurope’s biggest bank said in June it would cut 50,000 staff.\n\n' +
          'Hallberg Bank AG\n\nNew CEO Jane Roe said in October the German bank would shed 35,000 staff.',
      ),
    ).toMatchObject([
      { kind: 'layoff', org: 'Thistle Bank', count: 50000 },
      { kind: 'layoff', org: 'Hallberg Bank', count: 35000 },
    ]);
  });

  it('gives a headline sum of a trade no organization, not the lede’s', () => {
    expect(
      rounds(
        'Europe’s biggest banks planning to cut more than 130,000 jobs\n\n' +
          'LONDON (Reuters) - Some of Europe’s biggest banks have said they plan to cut more than 130,000 jobs.\n\n' +
          'Dutch lender Thistlebank said it would cut 9,000 jobs.',
      ),
    ).toMatchObject([
      { kind: 'layoff', org: null, count: 130000 },
      { kind: 'layoff', org: 'Thistlebank', count: 9000 },
    ]);
  });
});

describe('shares and parts told against the whole workforce, and "as" clauses', () => {
  it('reads "up to 35 percent of its more than 7,000 workers" as the share of the round', () => {
    expect(
      rounds('Kestrel Air announced on Monday that it may retrench up to 35 percent of its more than 7,000 workers.'),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Air', count: null, percent: 35 }]);
  });

  it('reads "2,700 workers out of its total 7,800 workforce will be affected" as 2,700', () => {
    expect(
      rounds(
        'Around 2,700 workers out of its total 7,800 workforce will be affected in the first stage, Kestrel Air said.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Air', count: 2700 }]);
  });

  it('credits a cut told after "as" and a name to that name, not to a body called on before it', () => {
    expect(
      rounds(
        'The Kora Workers Union has called on the Kora National Congress and the government to step in as Kestrel Air plans to retrench more than 3000 workers.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Air', count: 3000 }]);
    expect(rounds('Rivals such as Kestrel Air cut 300 jobs.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Air', count: 300 },
    ]);
  });
});

describe('a round-up item dated before its verb', () => {
  it('dates "X on November 26 announced plans to shut …, putting 1,000 jobs at risk" with that day', () => {
    expect(
      rounds(
        'Carmaker Norrvik Motors AB on November 26 announced plans to shut its van factory, putting more than 1,000 jobs at risk.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Norrvik Motors', count: 1000, when: '2023-11-26' }]);
  });
});
