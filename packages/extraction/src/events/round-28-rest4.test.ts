import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

/** The rounds of cuts read in `text` (kind, organization, count, date). */
const rounds = (text: string, publishedAt?: string) =>
  extract(text, publishedAt)
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => `${e.kind} ${e.org} ${e.count ?? '-'} ${e.when ?? '-'}`);

describe('round 28 (rest4): news without a figure and an earlier round told as background', () => {
  const news =
    'Kestrel Heavy to carry out voluntary retirement programme\n\nKestrel Heavy said on Tuesday it plans to carry out a voluntary retirement programme to cut costs. Staff aged 45 and above are eligible. The company did not say how many it expects to leave. ';
  it('keeps the news apart from a round whose sentence opens on its earlier year', () => {
    expect(
      rounds(news + 'In 2014, some 200 office workers at Kestrel Heavy left the company in a retirement programme.\n'),
    ).toEqual(['layoff Kestrel Heavy - -', 'layoff Kestrel Heavy 200 2014']);
  });
  // near miss: the year is told at the end of the sentence, not as its opening; one round
  it('joins a round whose year is not its opening', () => {
    expect(
      rounds(news + 'Some 200 office workers at Kestrel Heavy left the company in a retirement programme in 2014.\n'),
    ).toEqual(['layoff Kestrel Heavy 200 2014']);
  });
  it('keeps the news apart from a round of an earlier year than the article', () => {
    expect(
      rounds(
        news + 'Some 200 office workers at Kestrel Heavy left the company in a retirement programme in 2014.\n',
        '2020-03-10',
      ),
    ).toEqual(['layoff Kestrel Heavy - 2020-03-10', 'layoff Kestrel Heavy 200 2014']);
  });
});

describe('round 28 (rest4): a new round or wave without a figure', () => {
  it('keeps a new wave apart from the first wave told after it', () => {
    expect(
      rounds(
        'Norrvik Media Group announces new wave of layoffs\n\nA memo signed by chief executive Anna Hallberg said the layoffs will affect several departments. The company did not say how many staff would go.\n\nThe first wave in March claimed the jobs of ten journalists.\n',
      ),
    ).toEqual(['layoff Norrvik Media Group - -', 'layoff Norrvik Media Group 10 -']);
  });
  // near miss: "the first round" of the same plan, without a new round named before it; one round
  it('joins the first round of the plan it announces', () => {
    expect(
      rounds(
        'Norrvik Media Group announces layoffs\n\nA memo signed by chief executive Anna Hallberg said the layoffs will affect several departments. The company did not say how many staff would go.\n\nThe first round in March will claim the jobs of ten journalists.\n',
      ),
    ).toEqual(['layoff Norrvik Media Group 10 -']);
  });
  it('reads "is planning to carry out a new round of retrenchments" as a round', () => {
    expect(
      rounds(
        'Hallberg Breweries faces a union complaint\n\nThe union says the brewer broke a merger condition. It has filed a complaint. Hallberg Breweries is planning to carry out a new round of retrenchments, a move that angered the union. The union wants talks. “In 2024 alone, more than 60 workers were retrenched,” the union said.\n',
      ),
    ).toEqual(['layoff Hallberg Breweries - -', expect.stringMatching(/^layoff Hallberg Breweries 60 /)]);
  });
  // near miss: retrenchments without a verb that announces or plans them are no round
  it('reads no round in retrenchments the union marches against', () => {
    expect(rounds('Hallberg Breweries workers will march on Friday against retrenchments in the industry.\n')).toEqual(
      [],
    );
  });
});

describe('round 28 (rest4): a restructuring of a unit or owner beside the round with a figure', () => {
  it('joins the owner’s restructuring told just after the unit’s round', () => {
    expect(
      rounds(
        'Kestrel Breweries South Africa said it will cut about 120 jobs. The cuts follow a ban on alcohol sales. Kestrel Breweries, which owns the unit, said it had to restructure its South Africa operations.\n',
      ),
    ).toEqual(['layoff Kestrel Breweries South Africa 120 -']);
  });
  it('joins a unit’s closure still to come', () => {
    expect(
      rounds(
        'Norrvik Electric to close Swiss site putting 436 jobs at risk\n\nNorrvik Grid Solutions, a unit of Norrvik Electric, will cease operations at its Aarwil site as part of a restructuring plan.\n',
      ),
    ).toEqual(['layoff Norrvik Electric 436 -']);
  });
  // near miss: the owner's restructuring is told long after the unit's round and as done; a move of its own
  it('keeps an owner’s earlier restructuring told far from the unit’s round', () => {
    expect(
      rounds(
        'Kestrel Breweries South Africa said it will cut about 120 jobs. The cuts follow a ban on alcohol sales. Sales fell by half. The union is angry. Talks start in May. Kestrel Breweries restructured its Asian operations.\n',
      ),
    ).toEqual(['layoff Kestrel Breweries South Africa 120 -', 'restructuring Kestrel Breweries - -']);
  });
});

describe('round 28 (rest4): downsizing the workforce without a figure', () => {
  it('reads "is considering downsizing its workforce" as a round', () => {
    expect(
      rounds(
        'Kestrel Telecom is considering downsizing its workforce to reduce costs, the company said on Wednesday.\n',
      ),
    ).toEqual(['layoff Kestrel Telecom - -']);
  });
  // near miss: downsizing something other than the workforce (its offices) is no round of cuts
  it('reads no round in downsizing its head office', () => {
    expect(rounds('Kestrel Telecom is downsizing its head office to a smaller building in the city centre.\n')).toEqual(
      [],
    );
  });
});
