import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cuts = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.kind, e.org, e.count]);

const body =
  'The deal creates the largest maker of industrial valves in the region, with plants in four countries.\n\n' +
  'Analysts said the combined group would have more pricing power.';

describe('a headline or lede reporting a change of corporate form without a job figure', () => {
  it('"Kestrel Valves completes merger with Norrvik Flow": one restructuring of the company opening the clause', () => {
    expect(cuts(`Kestrel Valves completes merger with Norrvik Flow\n\n${body}`)).toEqual([
      ['restructuring', 'Kestrel Valves', null],
    ]);
  });

  it('"after Hallberg Foods completed its takeover": the company opening the action’s clause, not the target', () => {
    const text =
      'Solna yoghurt maker changes hands\n\n' +
      'Tarvo Dairies, maker of Solna yoghurt, is no longer a listed company after Hallberg Foods completed its ' +
      `takeover this week.\n\n${body}`;
    expect(cuts(text)).toEqual([['restructuring', 'Hallberg Foods', null]]);
  });

  it('"Vessla Air asked for protection under Chapter 11": court protection from creditors', () => {
    const text =
      'Vessla Air seeks court protection\n\n' +
      `Vessla Air asked for protection under Chapter 11 in a court in New York on Thursday.\n\n${body}`;
    expect(cuts(text)).toEqual([['restructuring', 'Vessla Air', null]]);
  });

  it('"Marlow Telecom agreed to sell its Norland operation": the seller', () => {
    const text =
      'Marlow Telecom exits Norland\n\n' +
      `Marlow Telecom has agreed to sell its Norland operation to Brisk Capital for $105 million.\n\n${body}`;
    expect(cuts(text)).toEqual([['restructuring', 'Marlow Telecom', null]]);
  });

  it('"a court approved the Norland carmaker’s rehabilitation plan": the company the description stands for', () => {
    const text =
      'Brisk Group gives up its Norland carmaker\n\n' +
      'Brisk Group on Friday ceased to be the owner of Tolvo Motor Company after a court approved the Norland ' +
      `carmaker's rehabilitation plan.\n\n${body}`;
    expect(cuts(text)).toEqual([['restructuring', 'Tolvo Motor', null]]);
  });

  it('near miss: a stock split and the purchase of a unit are no change of the company’s form', () => {
    const text =
      'Kestrel Valves announces stock split\n\n' +
      `Kestrel Valves said it completed a two-for-one stock split and closed its purchase of a pump unit.\n\n${body}`;
    expect(cuts(text)).toEqual([]);
  });

  it('near miss: merger talks that were called off give no event', () => {
    const text =
      'Kestrel Valves and Norrvik Flow call off merger talks\n\n' +
      `Kestrel Valves said on Monday it had ended talks on a merger with Norrvik Flow.\n\n${body}`;
    expect(cuts(text)).toEqual([]);
  });

  it('near miss: a takeover only speculated ("shares rose on takeover speculation") gives no event', () => {
    const text =
      'Kestrel Valves shares jump\n\n' + `Shares in Kestrel Valves rose 8% on takeover speculation.\n\n${body}`;
    expect(cuts(text)).toEqual([]);
  });

  it('near miss: "the sale of its new model rose 10%" and a product split are no change of form', () => {
    const text =
      'Kestrel Motors reports strong quarter\n\n' +
      'Kestrel Motors said the sale of its new model rose 10% and that it would split the range into two trims.\n\n' +
      body;
    expect(cuts(text)).toEqual([]);
  });

  it('near miss: a merger of two departments inside a ministry is no company’s restructuring', () => {
    const text =
      'Ministry of Transport merges two departments\n\n' +
      'The Ministry of Transport said the merger of its roads and rail departments would take effect in June.\n\n' +
      'Officials said the change would simplify planning.';
    expect(cuts(text)).toEqual([]);
  });

  it('near miss: a round of job cuts already found keeps the article from a second, figureless event', () => {
    const text =
      'Kestrel Valves completes merger with Norrvik Flow\n\n' +
      `Kestrel Valves said it would cut 300 jobs after the merger.\n\n${body}`;
    expect(cuts(text)).toEqual([['layoff', 'Kestrel Valves', 300]]);
  });
});
