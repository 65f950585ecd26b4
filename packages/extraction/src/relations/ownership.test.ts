import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('ownership stated in the text is PART_OF', () => {
  it('"A, which is majority-owned by B"', () => {
    const x = extract(
      'Karoo Steel Ltd will close a plant. Karoo Steel, which is majority-owned by Luxembourg-based Vantermet, cut jobs.',
    );
    expect(x.parent('Karoo Steel')).toBe('Vantermet');
  });

  it('"its majority owner, B" points from the company in focus', () => {
    const x = extract(
      'Harbour Logistics said on Friday that its majority owner, Delmar Holdings, had offered to buy out investors.',
    );
    expect(x.parent('Harbour Logistics')).toBe('Delmar Holdings');
  });

  it('"its new parent company B": the possessor belongs to B, B is no unit of it', () => {
    const x = extract(
      'Listed brewer Karoo Breweries said it will not cut jobs, despite plans by its new parent company Vantermet Brands to cut 5,000 jobs.',
    );
    expect(x.parent('Karoo Breweries')).toBe('Vantermet Brands');
    expect(x.entity('Vantermet Brands')?.type).toBe('Company');
  });

  it('"A (B), a subsidiary of Germany\'s C": both names of the unit belong to C', () => {
    const x = extract(
      "Cape industrial gas supplier Southern Gases (Sougas), a subsidiary of Germany's Halvorsen, launched a cost-cutting plan.",
    );
    expect(x.parent('Southern Gases')).toBe('Halvorsen');
  });

  it('"the takeover of A by B": A belongs to B, not the other way round', () => {
    const x = extract(
      'Kestrel Media will close six titles. The cuts come a month after the takeover of Kestrel Media by the global media giant Vantermet Group.',
    );
    expect(x.parent('Kestrel Media')).toBe('Vantermet Group');
    expect(x.parent('Vantermet Group')).toBeNull();
  });

  it('"B, the parent company," and "the Nigerian subsidiary of B" describe the company in focus', () => {
    const x = extract(
      'Kaduna Breweries will close two of its nine plants. It told the stock exchange on Thursday. Vantermet Brouwerij, the parent company, also faced losses.',
    );
    expect(x.parent('Kaduna Breweries')).toBe('Vantermet Brouwerij');
    const y = extract(
      'Kaduna Breweries Plc will shut two plants. The management had to act to reposition the Nigerian subsidiary of Vantermet Brouwerij B.V. for the future.',
    );
    expect(y.parent('Kaduna Breweries')).toBe('Vantermet Brouwerij');
  });

  it('two companies never own each other', () => {
    const x = extract(
      "Vantermet Energy wants to eliminate 30 percent of management posts.\n\nWith the restructuring of Vantermet Wind's wind energy subsidiary, Vantermet Energy Group wants to regain investor confidence.\n\nVantermet Energy owns two-thirds of the shares in the listed Vantermet Wind.",
    );
    expect(x.parent('Vantermet Wind')).toBe('Vantermet Energy');
    expect(x.parent('Vantermet Energy')).toBeNull();
  });

  it('"B (ACR), A\'s parent company," and "B took control of A": A belongs to B', () => {
    const x = extract(
      "Kestrel Glass is to shut two plants. In a release issued today by the Vantermet Group (VTG), Kestrel Glass's parent company, officials said capacity would fall.",
    );
    expect(x.parent('Kestrel Glass')).toBe('Vantermet Group');
    const y = extract(
      'Brakstad Aerospace will close its Leeds plant. Industrial group Vantermet took control of Brakstad Aerospace in a hostile takeover last year.',
    );
    expect(y.parent('Brakstad Aerospace')).toBe('Vantermet');
  });

  it('a clause after a comma is no list of what was bought', () => {
    const x = extract(
      'Kestrel Learn laid off 1,500 staff from Toppla and CodeKid, the two companies it acquired over the last two years, MarketLine reported.',
    );
    expect(x.parent('MarketLine')).toBeNull();
    // A description after the comma still lists what is owned.
    const y = extract(
      'Norrvik Media is the German arm of Vantermet Group, the broadcaster that also owns channels in France, as well as the production company Fjordline.',
    );
    expect(y.parent('Fjordline')).toBe('Vantermet Group');
  });

  it('what a company bought belongs to it', () => {
    const x = extract(
      'Harbour Logistics has spent heavily, buying Danish feeder line Kestrel Feeder Ltd, the offshore services company Tovik Marine and the UK-based Fenwick Ferries.',
    );
    for (const unit of ['Kestrel Feeder', 'Tovik Marine', 'Fenwick Ferries'])
      expect(x.parent(unit)).toBe('Harbour Logistics');
  });
});

describe('acquisitions in a relative clause', () => {
  it('"X, which it bought in 2019" belongs to the company in focus', () => {
    const x = extract('Kurogane Holdings will cut jobs. It will close Hikari Panel Co., which it bought in 2019.');
    expect(x.parent('Hikari Panel')).toBe('Kurogane Holdings');
  });

  it('a dateline in capitals is a place, not a unit', () => {
    const x = extract(
      'Kurogane to overhaul its electronics arm\n\nTOKYO (Wire) — Kurogane Holdings Inc. said on Friday it would cut jobs.',
    );
    expect(x.names()).not.toContain('TOKYO');
  });
});

describe('who owns, when a clause says so', () => {
  it('"X, itself part of Y, also owns A and B": the subject the aside interrupts owns them', () => {
    const x = extract(
      'Hallberg Holdings, itself part of the Danish conglomerate Ostra Group, also owns brands such as Tavira, Lumen and the appliance maker Corvo.',
    );
    for (const unit of ['Tavira', 'Lumen', 'Corvo']) expect(x.parent(unit)).toBe('Hallberg Holdings');
    expect(x.parent('Hallberg Holdings')).toBe('Ostra Group');
  });

  it('"X, the division that owns Y": Y belongs to the division, not to the company named before', () => {
    const x = extract(
      'Hallberg Telecom will cut 1,200 jobs. Most of the cuts fall on Rakel Media, the division that owns the broadcaster TV Sydhavn.',
    );
    expect(x.parent('TV Sydhavn')).toBe('Rakel Media');
    expect(x.parent('Rakel Media')).toBe('Hallberg Telecom');
  });

  it('"X, which owns Y" in wire style', () => {
    const x = extract(
      'Hallberg Telecom will cut 1,200 jobs. Rakel Media, which owns the broadcaster TV Sydhavn, will lose 300 roles.',
    );
    expect(x.parent('TV Sydhavn')).toBe('Rakel Media');
  });

  it('"X, which owns Y" with X recognised as nothing: Y is given to no other company named before', () => {
    const x = extract(
      'Shares of Vantor Bank rose 2%.\n\nThistle Holdings, which owns Kestrel Credit, is also reviewing its costs.',
    );
    expect(x.parent('Kestrel Credit')).not.toBe('Vantor Bank');
  });

  it('"which owns about 7% of X": a minority share makes X no part of its holder', () => {
    const x = extract(
      'Tarvik Denki Corp will cut 5,000 jobs. The plan follows pressure from activist investor Harbour Peak Capital, which owns about 7% of Tarvik Denki.',
    );
    expect(x.parent('Tarvik Denki')).toBeNull();
  });

  it('"owns a stake in both A and B": a stake of no stated size makes no part, of them or of companies listed with them', () => {
    const x = extract(
      'Norrvik Air, Tessel Airways, Brakvik Airlines and Morvane Air are facing layoffs.\n\nKestrel Airways owns a stake in both Norrvik Air and Tessel Airways. Officials at Kestrel provided no comment.',
    );
    expect(['Norrvik Air', 'Tessel Airways', 'Brakvik Airlines', 'Morvane Air'].map((n) => x.parent(n))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const y = extract('Norrvik Air will cut 600 jobs. Kestrel Airways owns a majority stake in Norrvik Air.');
    expect(y.parent('Norrvik Air')).toBe('Kestrel Airways');
  });

  it('a parent stated paragraphs later beats the guess made where the unit was first named', () => {
    const x = extract(
      'The cuts fall mostly on Rakel Media, the division that runs the streaming service.\n\nTV Sydhavn and Flimmer will share a newsroom. Rakel Media is a unit of Hallberg Telecom, the Nordic operator.',
    );
    expect(x.parent('Rakel Media')).toBe('Hallberg Telecom');
  });

  it.each([
    [
      '"which belongs to" a place\'s company',
      "The port is run by Tessel Terminals, which belongs to Denmark's Norrvik Group.",
      'Tessel Terminals',
      'Norrvik Group',
    ],
    [
      'an apposition "owned by"',
      'Ombara Learning cut 600 jobs. Brightcode, the coding platform owned by Ombara Learning, has shrunk.',
      'Brightcode',
      'Ombara Learning',
    ],
    [
      '"operated by"',
      'Flights to Recife stop when Azul Sertão, which is operated by Banco do Kora, closes its base.',
      'Azul Sertão',
      'Banco do Kora',
    ],
  ])('%s', (_, text, child, parent) => {
    expect(extract(text).parent(child)).toBe(parent);
  });

  it('"Y owns X through …" and "X is controlled by Y" name X and its owner (the nearest one the text gives)', () => {
    const a = extract('Norrvik Group owns Tessel Cargo through its holding company Norrvik Logistics Holding.');
    expect(a.parent('Tessel Cargo')).toBe('Norrvik Logistics Holding');
    expect(a.parent('Norrvik Logistics Holding')).toBe('Norrvik Group');
    const b = extract('Tessel Cargo is controlled by Norrvik Group through a holding company.');
    expect(b.parent('Tessel Cargo')).toBe('Norrvik Group');
  });

  it('"A, which was acquired by B" makes A part of B, not the other way round', () => {
    const x = extract(
      'Kora Learning laid off 300 staff on Monday.\n\nGroup company Brightpath, which was acquired by Kora Learning ' +
        'in 2021, has also laid off employees.',
    );
    expect(x.parent('Brightpath')).toBe('Kora Learning');
    expect(x.parent('Kora Learning')).toBeNull();
  });
  it('"the purchase of A" is a purchase; "the purchase of A\'s stake in B" buys nothing of A', () => {
    const x = extract(
      'Halden Pharma will cut 800 jobs in Europe as it reorganises following the purchase of Swiss-based Orvane in 2021.',
    );
    expect(x.parent('Orvane')).toBe('Halden Pharma');
    const y = extract(
      "Marrick Mining cut 100 jobs. Its purchase of Tessvale Resources' stake in the Kolva venture was its last deal.",
    );
    expect(y.parent('Tessvale Resources')).toBeNull();
    // "bought out A's minority shareholders": A itself was bought
    const z = extract(
      'Norrvik Air will cut 6,000 jobs. Halden Capital bought out Norrvik Air’s minority shareholders in December.',
    );
    expect(z.parent('Norrvik Air')).toBe('Halden Capital');
  });

  it('"A, the <description> that B agreed to acquire" and "A, the <description> it bought": B, or the company "it" is', () => {
    const x = extract(
      'Kora Learning will cut 400 jobs. The cuts spare Brightpath, the offline coaching chain that Kora Learning agreed to acquire this year.',
    );
    expect(x.parent('Brightpath')).toBe('Kora Learning');
    // "it" is the company the article is about, not the bank named last
    const y = extract(
      'Halden Retail will cut 3,000 jobs. Last year Halden Retail agreed to sell its banking arm to Norrvik Bank. ' +
        'Ostmark, the general merchandise chain it bought in 2016, has closed stores.',
    );
    expect(y.parent('Ostmark')).toBe('Halden Retail');
  });
  it('"A, which the group bought in 2008" belongs to the group the sentence is about', () => {
    const x = extract(
      'Harlow Motors will split in two. The car company will hold Harlow Cars and the British maker Penrith Coaches, which the group bought in 2008.',
    );
    expect(x.parent('Penrith Coaches')).toBe('Harlow Motors');
  });

  it('"It bought B" after sentences naming other buyers: "it" is the article\'s company, not the last buyer', () => {
    const x = extract(
      'Tamsin Industries has finished selling its metals arm. Tamsin Industries sold Tamsin Chemical to Orvel Partners and its trucking unit to Brisk Capital. Instead, the group has spent on software. It bought the US software firm Calloway Labs in 2021.',
    );
    expect(x.parent('Calloway Labs')).toBe('Tamsin Industries');
  });
  it('"A, earlier known as B, which the Polish carrier bought": A (and its old name) belong to the carrier', () => {
    const x = extract(
      'Kestrel Rail has several subsidiaries, among them Kestrel Wagons, and the Czech-based Brisk Freight, earlier known as Orlo Transport, which the Polish carrier bought in 2015.',
    );
    expect(x.parent('Brisk Freight')).toBe('Kestrel Rail');
    expect(x.entity('Orlo Transport')).toBeUndefined();
  });
  it('"It bought the grids business of A, now B": B is the bought unit, A its seller (no rename of A)', () => {
    const x = extract(
      'Tamsin Industries has sold its metals arm. Instead, the Tokyo-based group has put money into energy. It bought the power grids business of Orsk Electric, now Tamsin Grid, in 2020. Tamsin Grid employs 40,000 people.',
    );
    expect(x.parent('Tamsin Grid')).toBe('Tamsin Industries');
    expect(x.parent('Orsk Electric')).toBeNull();
  });
  it('"A owns B, which in turn controls C": C belongs to B, the nearest owner', () => {
    const x = extract(
      'Selden Holdings owns Selden Energy, which in turn controls Brisk Power. Brisk Power will cut 300 jobs.',
    );
    expect(x.parent('Brisk Power')).toBe('Selden Energy');
    expect(x.parent('Selden Energy')).toBe('Selden Holdings');
  });
});

describe('what is owned is the possessed thing, not its possessor', () => {
  it('"Vella Lanka Pvt Ltd, which owns Kestrel\'s hotel in Colombo" makes no part of Kestrel', () => {
    const x = extract(
      'Kestrel Hotels will list its shares next month. The group holds Vella Lanka Pvt Ltd, which owns Kestrel’s hotel in Colombo.',
    );
    expect(x.parent('Kestrel Hotels')).toBeNull();
  });
});

describe('partners in an alliance own none of each other', () => {
  it('"A belongs to the alliance with B and C": no part', () => {
    const x = extract(
      'Since 2016, Velmora Motors belongs to the alliance with Kestrel Motor and Tarvik. Velmora Motors will cut jobs.',
    );
    expect(x.parent('Velmora Motors')).toBeNull();
  });
});

describe('owners named after a plural possessive, "whose parent" and "in turn owned by"', () => {
  const story = (s: string) => `Orsk Group will cut 500 jobs this year. ${s} The company gave no details.`;
  it.each([
    "Vellmark Foods' parent, Orsk Group, did not comment.",
    'Vellmark Foods, whose parent Orsk Group is listed in Oslo, will close a plant.',
  ])('%s', (s) => {
    expect(extract(story(s)).parent('Vellmark Foods')).toBe('Orsk Group');
  });

  it('"A, a unit of B, which is in turn owned by C": B belongs to C', () => {
    const x = extract(
      story('Vellmark Foods, a unit of Tarn Holdings, which is in turn owned by Orsk Group, will close a plant.'),
    );
    expect(x.parent('Vellmark Foods')).toBe('Tarn Holdings');
    expect(x.parent('Tarn Holdings')).toBe('Orsk Group');
  });
});
