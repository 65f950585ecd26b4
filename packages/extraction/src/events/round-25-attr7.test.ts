import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string, publishedAt?: string) =>
  extract(text, publishedAt)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count, percent: e.percent, when: e.when }));

describe('a share of its own staff told after the round with a count', () => {
  const lede = 'Norrvik Insurance said it would shed 1,200 posts over two years as claims costs rise. ';

  it('"The insurer is trimming its workforce by about 8%" is the share of the 1,200', () => {
    expect(rounds(lede + 'The insurer is trimming its workforce by about 8%.')).toEqual([
      { org: 'Norrvik Insurance', count: 1200, percent: 8, when: null },
    ]);
  });

  it('also past a closure told between', () => {
    expect(
      rounds(
        lede +
          'Norrvik Insurance will also shut 40 offices in the north. The insurer will reduce its headcount by roughly 8%.',
      ),
    ).toContainEqual({ org: 'Norrvik Insurance', count: 1200, percent: 8, when: null });
  });

  it('near miss: "a further 5%" is another round', () => {
    expect(rounds(lede + 'The insurer also plans to reduce its workforce by a further 5%.')).toEqual([
      { org: 'Norrvik Insurance', count: 1200, percent: null, when: null },
      { org: 'Norrvik Insurance', count: null, percent: 5, when: null },
    ]);
  });

  it('near miss: a share of one team is not the share of the round', () => {
    expect(rounds(lede + 'The insurer will cut a quarter of its field sales team.')).toContainEqual({
      org: 'Norrvik Insurance',
      count: 1200,
      percent: null,
      when: null,
    });
  });

  it("near miss: another company's share is its own round", () => {
    expect(
      rounds(
        'Saltvik Telecom said it would shed 1,200 posts over two years. Norrvik Insurance is trimming its workforce by 8%.',
      ),
    ).toEqual([
      { org: 'Saltvik Telecom', count: 1200, percent: null, when: null },
      { org: 'Norrvik Insurance', count: null, percent: 8, when: null },
    ]);
  });
});

describe('a share a sentence compares the round with', () => {
  it('"compared with cuts of 12 percent at three rival insurers" is no share of the round', () => {
    expect(
      rounds(
        'Norrvik Insurance said it would shed 1,200 posts. The reduction is modest compared with cuts of 12 percent ' +
          'at three rival insurers.',
      ),
    ).toEqual([{ org: 'Norrvik Insurance', count: 1200, percent: null, when: null }]);
  });

  it('near miss: "more than a tenth of its staff" is the share of the round', () => {
    expect(rounds('Norrvik Insurance said it would shed 1,200 posts. That is more than a tenth of its staff.')).toEqual(
      [{ org: 'Norrvik Insurance', count: 1200, percent: 10, when: null }],
    );
  });
});

describe('a date that belongs to something else than the round', () => {
  it('the date of a headcount: "roughly 6% of its 52,000 employees as of March 2023"', () => {
    expect(
      rounds(
        'Hallberg Pharma will lay off 3,100 people. The figure is roughly 6% of its 52,000 employees as of March 2023.',
      ),
    ).toEqual([{ org: 'Hallberg Pharma', count: 3100, percent: 6, when: null }]);
  });

  it('near miss: "700 of its staff at the end of June" tells when the cut falls', () => {
    expect(rounds('Hallberg Pharma will lay off 700 of its staff at the end of June.', '2023-06-02')).toEqual([
      { org: 'Hallberg Pharma', count: 700, percent: null, when: '2023-06' },
    ]);
  });

  it('the start of the programme a round belongs to: "under a savings plan which began in May 2019"', () => {
    expect(rounds('Hallberg Pharma will shed 900 roles under a savings plan which began in May 2019.')).toEqual([
      { org: 'Hallberg Pharma', count: 900, percent: null, when: null },
    ]);
  });

  it('near miss: "under a savings plan announced in May 2019" dates the round', () => {
    expect(rounds('Hallberg Pharma will shed 900 roles under a savings plan announced in May 2019.')).toEqual([
      { org: 'Hallberg Pharma', count: 900, percent: null, when: '2019-05' },
    ]);
  });

  it('a purchase the round follows: "following its purchase of Vessla Labs in 2011"', () => {
    expect(
      rounds(
        'Hallberg Pharma said on Monday it will shed 900 roles in Europe to integrate its operations following its ' +
          'purchase of Vessla Labs in 2011.',
        '2012-03-05',
      ),
    ).toEqual([{ org: 'Hallberg Pharma', count: 900, percent: null, when: '2012-03-05' }]);
  });

  it('near miss: a round told with its own year before "following" keeps it', () => {
    expect(
      rounds('Hallberg Pharma shed 900 roles in 2011 following its purchase of Vessla Labs.', '2012-03-05'),
    ).toEqual([{ org: 'Hallberg Pharma', count: 900, percent: null, when: '2011' }]);
  });
});

describe('the organization of a title in a sentence that opens with "The company" or "It"', () => {
  const lede = 'Kestrel Telecom will cut up to 5,000 jobs by 2030.\n';

  it('is the company that opened the sentence before, after a short time phrase', () => {
    const x = extract(
      lede +
        'Earlier this week, Norrvik Mobile said it would cut 1,100 jobs over three years. The company also unveiled ' +
        'a turnaround plan under new CEO Jane Roe.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'new CEO', org: 'Norrvik Mobile' });
  });

  it('and "It" too', () => {
    const x = extract(
      lede + 'Norrvik Mobile said it would cut 1,100 jobs. It also set out a plan to revive growth under CEO Jane Roe.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'CEO', org: 'Norrvik Mobile' });
  });

  it('near miss: a company named after "Demand from" opens no sentence, so the article\'s company keeps the title', () => {
    const x = extract(
      lede +
        'Demand from Norrvik Mobile has fallen. The company also unveiled a turnaround plan under new CEO Jane Roe.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'new CEO', org: 'Kestrel Telecom' });
  });
});

describe('a figure that counts companies', () => {
  it('"Six banks have announced layoffs" is no round of six jobs', () => {
    expect(
      rounds(
        'Kestrel Bank will lay off 500 employees. Six banks have announced layoffs and branch closures this year.',
      ),
    ).toEqual([{ org: 'Kestrel Bank', count: 500, percent: null, when: null }]);
  });

  it('near miss: "Some 500 bank employees face layoffs" counts jobs', () => {
    expect(rounds('Kestrel Bank is restructuring. Some 500 bank employees face layoffs.')).toEqual([
      { org: 'Kestrel Bank', count: 500, percent: null, when: null },
    ]);
  });
});
