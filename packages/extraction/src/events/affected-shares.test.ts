import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

// A cut told without a cut verb: the share of the workforce a plan "affects", and jobs "potentially at risk".
describe('cuts told without a cut verb', () => {
  it('reads "Around 10% of the workforce will be affected" as the share of the plan just reported', () => {
    const x = extract('Hallberg Bank is restructuring its retail unit. Around 10% of the workforce will be affected.');
    expect(x.events()).toEqual([{ kind: 'restructuring', org: 'Hallberg Bank', count: null, percent: 10, when: null }]);
  });

  it('reads "The measures will affect just under 10 percent of the company\'s workforce" as the round\'s share', () => {
    const x = extract(
      "Norrvik Cars plans to cut 9,000 jobs. The measures will affect just under 10 percent of the company's global workforce.",
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Norrvik Cars', count: 9000, percent: 10, when: null }]);
  });

  it('does not read a share hit by something else ("affected by the pay freeze") as the round\'s', () => {
    const x = extract('Norrvik Cars plans to cut 9,000 jobs. About 40% of its staff are affected by the pay freeze.');
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Norrvik Cars', count: 9000, percent: null, when: null }]);
  });

  it('reads "with 827 jobs potentially at risk" as the count of the plan', () => {
    const x = extract(
      'Hallberg Bank is restructuring its retail unit. Talks between the Kora Union, Hallberg Bank and employees are in their early stages, with 827 jobs potentially at risk, Jane Roe said.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Hallberg Bank', count: 827, percent: null, when: null }]);
  });
});

describe('a share told after a count the plan affects', () => {
  it('is the share of that count, not a round of its own', () => {
    const x = extract(
      'The operator Norrvik Telecom has agreed with the unions on a collective dismissal plan that will affect a maximum of 1,000 workers, around 23% of the staff.',
    );
    expect(x.events().map((e) => [e.org, e.count, e.percent])).toEqual([['Norrvik Telecom', 1000, 23]]);
  });
});

describe('parties to talks', () => {
  it('does not credit a round to the names listed after "Discussions between"', () => {
    const x = extract(
      'Hallberg Group is restructuring its retail unit. Finance labour union Korbo was notified to begin consulting staff last week, union representative Jane Roe said on Wednesday. Discussions between Korbo, Hallberg and employees are still in their early stages, with 827 jobs potentially at risk, Roe said.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Hallberg Group', count: 827, percent: null, when: null }]);
  });
});

describe("a company's own spokesperson", () => {
  it('does not make the company a commentator on its own round ("A spokesperson of Norrvik Motors said …")', () => {
    const x = extract(
      'Norrvik Motors, the carmaker, on Thursday said "less than 500 employees" have been laid off across its group companies. A spokesperson of Norrvik Motors said staff were told.',
    );
    expect(x.events()).toEqual([{ kind: 'layoff', org: 'Norrvik Motors', count: 500, percent: null, when: null }]);
  });
});
