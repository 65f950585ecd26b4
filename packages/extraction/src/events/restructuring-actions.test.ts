import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const events = (text: string, pub = PUB) => extract(text, pub).events();

describe('restructurings without a job figure', () => {
  it.each([
    ['Hallberg AG will split into three separate companies, it said on Thursday.', 'Hallberg', '2024-05-02'],
    [
      'Norrvik Group agreed to sell its trucks unit to a private equity firm in March 2023.',
      'Norrvik Group',
      '2023-03',
    ],
    ['Norrvik Group said it would spin off its chemicals division.', 'Norrvik Group', null],
    ['Vessla Motors Inc. will close two plants in Belgium.', 'Vessla Motors', null],
    ['Hallberg AG is removing two layers of management under a new operating model.', 'Hallberg', null],
    ["Hallberg AG's board approved a plan to exit the home care business.", 'Hallberg', null],
    ['Norrvik Group sold Norrvik Marine to Hallberg AG in 2017.', 'Norrvik Group', '2017'],
    ['Vessla Motors Inc. will fold its regional sales offices into a handful of hubs.', 'Vessla Motors', null],
    ['Hallberg AG will reorganise into four divisions from January 2025.', 'Hallberg', '2025-01'],
    ['Hallberg Foods will put its bakery division up for sale.', 'Hallberg Foods', null],
    ['Ndovu Breweries is seeking a buyer for its spirits unit.', 'Ndovu Breweries', null],
    ['Delmare Insurance will relocate its headquarters from Paris to Amsterdam.', 'Delmare Insurance', null],
    ['Banco Ituna said it would move its head office to São Paulo.', 'Banco Ituna', null],
    ['Norrvik Motors will stop production at its Ghent plant.', 'Norrvik Motors', null],
    ['Ayodele Cement will mothball two kilns at Ewekoro.', 'Ayodele Cement', null],
    ['Marlowe Media has closed its Berlin newsroom and two regional titles.', 'Marlowe Media', null],
    ['Hallberg Bank will outsource its IT operations to India.', 'Hallberg Bank', null],
    [
      'The board of Hallberg Energia S.A. approved the sale of the Refinaria Norte (RENO), in Bahia, to Vessa Capital.',
      'Hallberg Energia',
      null,
    ],
    ['Kora Telecom plans to list its towers unit in Seoul.', 'Kora Telecom', null],
    [
      'Grupo Tavares is merging its two airline subsidiaries, Tavares Air and SkyLusa, into a single carrier.',
      'Grupo Tavares',
      null,
    ],
  ])('%s', (text, org, when) => {
    expect(events(text)).toEqual([{ kind: 'restructuring', org, count: null, percent: null, when }]);
  });

  it('ignores the same words when they do not restructure a company', () => {
    for (const text of [
      'Shares of Hallberg AG closed 2% lower on Monday.',
      'Norrvik Group sold 2 million cars last year.',
      'Hallberg AG employs close to 1,000 plant workers.',
      'The chief executive of Norrvik Group will leave the business in June.',
      'If Vessla Motors Inc. closes the plant, the town will suffer.',
      'Hallberg AG denied it would close its Leeds factory.',
      'The talks between Norrvik Group and the union broke up without a deal.',
      'Hallberg Bank moved its chief financial officer to the retail business.',
      'Norrvik Motors will put its new model on sale in June.',
      'Norrvik Mobile, which sold phones under the Ostara brand, was a success.',
      'Hallberg Foods said local production and sale of its Ostara drinks rose 5%.',
    ])
      expect(events(text), text).toEqual([]);
  });

  it('takes the figure of a closure and dates an exit by the next sentence ("disclosed the decision on Friday")', () => {
    expect(
      events('Vessla Motors Inc. will close its Ghent plant and shut two lines, affecting 1,100 workers.'),
    ).toEqual([{ kind: 'restructuring', org: 'Vessla Motors', count: 1100, percent: null, when: null }]);
    expect(events('Hallberg AG will shut its Leeds factory with the loss of 450 jobs.')[0]?.count).toBe(450);
    expect(
      events(
        'Hallberg AG will pull out of the home care market before the end of 2023. The company disclosed the decision on Friday in a notice to the stock exchange.',
        '2023-03-20',
      ),
    ).toEqual([{ kind: 'restructuring', org: 'Hallberg', count: null, percent: null, when: '2023-03-17' }]);
  });

  it('folds a restructuring into the same company’s job cuts, and "the company" into the company in focus', () => {
    expect(
      events(
        'Norrvik Group will cut 2,000 jobs. It will also close its Malmö plant. The company did not name the subsidiaries such as Vessla Motors Inc. that it would keep. The company is also folding its sales offices into regional hubs.',
      ),
    ).toEqual([{ kind: 'layoff', org: 'Norrvik Group', count: 2000, percent: null, when: null }]);
  });
});

describe('more ways news writes a restructuring', () => {
  it.each([
    ['Hallberg AG is dismantling itself.', 'Hallberg'],
    ['Under the plan, Norrvik Group will be carved into four independent businesses.', 'Norrvik Group'],
    ['Vessla Motors Inc. will stop building cars in Thailand.', 'Vessla Motors'],
    ['Norrvik Group reorganised the bank into five businesses.', 'Norrvik Group'],
    ['Hallberg AG handed its retail chain to a rival conglomerate.', 'Hallberg'],
    ['Hallberg AG said it would dissolve Hallberg Appliances, its home appliance arm.', 'Hallberg'],
  ])('%s', (text, org) => {
    expect(events(text)).toEqual([{ kind: 'restructuring', org, count: null, percent: null, when: null }]);
  });

  it('keeps a dated restructuring of earlier years apart from this year’s cuts', () => {
    expect(
      events('Norrvik Group will cut 3,500 jobs. In 2017, Norrvik Group sold Norrvik Oil to Hallberg AG.').map((e) => [
        e.kind,
        e.when,
      ]),
    ).toEqual([
      ['layoff', null],
      ['restructuring', '2017'],
    ]);
  });

  it('does not read a union blocking a plan as the union restructuring', () => {
    expect(
      events(
        "Kora Metall's chief negotiator Jan Berg said the union had blocked management's plan to close factories.",
      ),
    ).toEqual([]);
  });
});

describe('mergers of a group’s companies', () => {
  it('reads an amalgamation of group companies as a restructuring', () => {
    expect(
      events("Hallberg AG's board has approved schemes to amalgamate seven group companies into the parent."),
    ).toEqual([{ kind: 'restructuring', org: 'Hallberg', count: null, percent: null, when: null }]);
  });
});
