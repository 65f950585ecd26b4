import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('divisions, studios and subsidiaries found by context', () => {
  it('", Kestrel Group\'s Spanish subsidiary,": a unit of the name before the possessive', () => {
    const x = extract("Tarvik Aero, Kestrel Group's Spanish subsidiary, will cut 300 jobs.");
    expect(x.parent('Tarvik Aero')).toBe('Kestrel Group');
  });

  it('"its Energy Systems and Digital Solutions units": a plural unit noun after "and" lists two units', () => {
    const x = extract('Tarvik Denki Corp will separate its Energy Systems and Digital Solutions units.');
    expect(x.names('Division')).toEqual(expect.arrayContaining(['Energy Systems', 'Digital Solutions']));
    expect(x.parent('Energy Systems')).toBe('Tarvik Denki');
    expect(x.parent('Digital Solutions')).toBe('Tarvik Denki');
  });

  it('"its Vessaline and Kestrel Kitchen food brands": a word of what the units are before the plural noun', () => {
    const x = extract('Orlinde Plc will sell its Vessaline and Kestrel Kitchen food brands to focus on beauty.');
    expect(x.names('Division')).toEqual(expect.arrayContaining(['Vessaline', 'Kestrel Kitchen']));
    expect(x.parent('Vessaline')).toBe('Orlinde');
  });

  it('"Nordvik Media … Nordvik TV": a name opened by a company\'s short form is its unit, a staff body named so is not', () => {
    const x = extract(
      'Nordvik Media will cut 250 positions. The cuts will mainly affect Nordvik TV and its radio arm Nordvik Radio. ' +
        'The Nordvik Staff Association said it would demand talks.',
    );
    expect(x.parent('Nordvik TV')).toBe('Nordvik Media');
    expect(x.entity('Nordvik Staff Association')?.type).not.toBe('Division');
  });

  it('"Tarvik Aero (a Kestrel Group company)": a unit of the company named in the brackets', () => {
    const x = extract('Tarvik Aero (a Kestrel Group company) will cut 300 jobs.');
    expect(x.parent('Tarvik Aero')).toBe('Kestrel Group');
  });

  it('"it plans to list Velcom Uganda and Velcom Rwanda": the company\'s name and a country is its unit there', () => {
    const x = extract(
      "Velcom Group will sell its Middle East units. The group's Ghanaian and Nigerian units are already listed, " +
        'and it plans to list Velcom Uganda and Velcom Rwanda as well. Velcom said the sales would raise $1 billion.',
    );
    expect(x.parent('Velcom Uganda')).toBe('Velcom Group');
    expect(x.parent('Velcom Rwanda')).toBe('Velcom Group');
  });

  it('"its retail arm Bank of the West": "of the" inside an institution\'s name', () => {
    const x = extract(
      'Corvel Group agreed on Monday to sell its retail arm Bank of the West to Halder Financial Group. Bank of ' +
        'the West has 500 branches.',
    );
    expect(x.parent('Bank of the West')).toBe('Corvel Group');
  });

  it('"A, the fragrance house that B bought": a "house" is an organization, here the buyer\'s unit', () => {
    const x = extract(
      'Vorlane agreed to sell its beauty unit to Castel Group. The deal takes in Amberly, the fragrance house ' +
        'that Vorlane bought last year. Separately, fashion house Telmira said sales fell.',
    );
    expect(x.parent('Amberly')).toBe('Vorlane');
    expect(x.names('Company')).toContain('Telmira');
  });

  it('"the group\'s other businesses include A, …; B, …; and C": units of the company in focus', () => {
    const x = extract(
      'Sorvani Airways will cut a fifth of its staff, its chief executive said.\n\n' +
        "The group's other businesses include Sorvani Freight, which flies cargo; Lintra Duty Free, which runs " +
        'the airport shops; and Dalmek Ground Services, which handles aircraft.',
    );
    for (const unit of ['Sorvani Freight', 'Lintra Duty Free', 'Dalmek Ground Services'])
      expect(x.parent(unit)).toBe('Sorvani Airways');
  });

  it('"its other businesses: health retailer A and the telecoms operator B": a description after the colon', () => {
    const x = extract(
      'Brannik Group will cut 400 jobs. The company will keep its other businesses: health retailer Selvik Stores and the telecoms operator Tarvik Mobile.',
    );
    expect(x.parent('Selvik Stores')).toBe('Brannik Group');
    expect(x.parent('Tarvik Mobile')).toBe('Brannik Group');
  });

  it('"A, S.A., the Monterrey group better known as B": B is another name of A', () => {
    const x = extract(
      'MONTERREY — Industrias Norteñas de Acero, S.A., the Monterrey group better known as Inorsa, will close 300 stores. Inorsa said sales fell.',
    );
    expect(x.entity('Industrias Norteñas de Acero')?.aliases).toContain('Inorsa');
  });

  it('a ";" list after a count of divisions names the company\'s units, each item opening with its name', () => {
    const x = extract(
      'Norvik Bank is splitting into five divisions. Under the plan, the lender will report separately on Norvik UK, its high-street bank; Norvik Corporate Bank; Private Bank & Wealth Management; the Investment Bank; and the US Consumer Bank.',
    );
    for (const unit of ['Norvik UK', 'Norvik Corporate Bank', 'Private Bank & Wealth Management', 'US Consumer Bank'])
      expect(x.parent(unit)).toBe('Norvik Bank');
  });

  it('a ";" list with no count of parts near it is no list of units', () => {
    const x = extract(
      'Norvik Bank said profits rose. Analysts named winners: Tarvik Capital; Orsa Partners; and Brisk Holdings.',
    );
    expect(x.parent('Orsa Partners')).toBeNull();
  });

  it('"groups reshape themselves: electronics maker A, cosmetics company B" lists peers, not parts', () => {
    const x = extract(
      'Kestrel Denki will cut 4,000 jobs. Early retirement has become common as groups reshape themselves: electronics maker Orvana, cosmetics company Selmira and printer maker Tavrin have all cut staff.',
    );
    expect(x.parent('Orvana')).toBeNull();
  });

  it('"six business groups: cloud unit A, …" lists parts even without an owner word', () => {
    const x = extract(
      'Tarvik Holdings will split into six business groups: cloud unit Tarvik Cloud, commerce arm Tarvik Market and logistics unit Tarvik Freight. Tarvik Holdings said the split will take a year.',
    );
    expect(x.parent('Tarvik Market')).toBe('Tarvik Holdings');
  });

  it.each([
    // apposition, owner = the article's company
    ['Kurogane cut 900 jobs. Emberlight, the Liverpool studio behind Toybox, lost 40 staff.', 'Emberlight', 'Kurogane'],
    [
      'Kurogane cut 900 jobs. Bend Workshop, the unit responsible for its handheld ports, was spared.',
      'Bend Workshop',
      'Kurogane',
    ],
    ['Kurogane cut 900 jobs. Stone Forge, the team behind a cancelled racer, was closed.', 'Stone Forge', 'Kurogane'],
    ['Tunewave cut 200 jobs. Trailhead, a hiking app it bought in 2019, was shut.', 'Trailhead', 'Tunewave'],
    ['Tunewave cut 200 jobs. Waypost, the social route app it acquired in 2016, stays open.', 'Waypost', 'Tunewave'],
    // apposition naming the acquirer
    [
      'Hoshino and Kurogane cut jobs. Harbor Lights, the puzzle game maker that Kurogane acquired in 2020, was closed.',
      'Harbor Lights',
      'Kurogane',
    ],
    // possessive and "the X … business"
    ['Norrvik cut jobs. Norrvik’s Canvasly division was folded into marketing.', 'Canvasly', 'Norrvik'],
    ["Flick said Flick's Bright Orbit hardware unit would shrink.", 'Bright Orbit', 'Flick'],
    [
      'Norrvik Systems trimmed staff in the Tidewater Services advertising business on Monday.',
      'Tidewater Services',
      'Norrvik Systems',
    ],
    // "its/their X … unit" (wire and press-release wording)
    [
      'Halvorsen Group said on Tuesday its Brightwater offshore subsidiary would be wound down.',
      'Brightwater',
      'Halvorsen Group',
    ],
    [
      'The board of Okafor Holdings Plc noted that its Lagos Foods unit had returned to profit.',
      'Lagos Foods',
      'Okafor Holdings',
    ],
    // "the group's X business", "its A and B subsidiaries" (names in a company's own form)
    [
      'Halvorsen Group will cut 900 jobs. The group’s Kestrel Foods business will close two plants.',
      'Kestrel Foods',
      'Halvorsen Group',
    ],
    [
      'Halvorsen Group will cut 900 jobs. The plan covers its Kestrel Foods and Vanta Drinks subsidiaries.',
      'Vanta Drinks',
      'Halvorsen Group',
    ],
    // list items with an article and adjectives: "six brands: the flagship A, the luxury B, the upscale C, D and E"
    [
      'Halvorsen Hotels Ltd listed on Monday. It runs six brands: the flagship Halvorsen, the luxury Qirra, the upscale Welmont, Stavi and Fortuna.',
      'Welmont',
      'Halvorsen Hotels',
    ],
    // "whose brands include A and B", "operating companies, among them A and B"
    ['Payment group Tessmer Pay, whose brands include Zumo and Klarit, cut 300 jobs.', 'Klarit', 'Tessmer Pay'],
    [
      'Kaminari Denki Corp. is organised around operating companies, among them Kaminari Grid Systems and Kaminari Memory.',
      'Kaminari Memory',
      'Kaminari Denki',
    ],
    // a list before the noun whose first name was already read as a unit ("the A division … the A or B businesses")
    [
      'Tarrow AG will cut 900 jobs. Teams at the Seed Science division already work this way. Investors want it to ' +
        'split off the Seed Science or Home Health businesses.',
      'Home Health',
      'Tarrow',
    ],
    // items opening with "a new", "a much smaller" in a ";"-list; a company inside one item owns no later item
    ...['Corporate Bank', 'Private Bank', 'Investment Bank'].map((unit) => [
      'Tarrow Bank said it would cut 9,000 jobs. It will be organised around three businesses: a new Corporate Bank, ' +
        'which combines payments with lending; the Private Bank, which includes Vellabank; and a much smaller ' +
        'Investment Bank focused on financing.',
      unit,
      'Tarrow Bank',
    ]),
    // "its Canadian operation, X": a company's operation named in apposition is its unit
    [
      'Tarrow Platinum cut 900 jobs. Its chief executive said costs were cut at its Canadian operation, Tarrow Canada, last year.',
      'Tarrow Canada',
      'Tarrow Platinum',
    ],
    // "Executive" opening a listed unit's name; common-word units are no people
    ...['Coastal Freight', 'Executive Ships', 'Naval Systems', 'Parts & Repair'].map((unit) => [
      'Tarrow Marine will cut 700 jobs. It now has four business units: Coastal Freight, Executive Ships, Naval Systems and Parts & Repair.',
      unit,
      'Tarrow Marine',
    ]),
  ])('%s', (text, unit, parent) => {
    const x = extract(text);
    expect(x.entity(unit)?.type).toBe('Division');
    expect(x.parent(unit)).toBe(parent);
  });

  it.each([
    ['Brenner Labs, the unit building the headsets, will keep its budget.', 'Brenner Labs'],
    ['Solvane, which builds wind turbines, said orders fell.', 'Solvane'],
    ['Quorvex Data, which Hallmark Brands bought in 2019, said it would cut 4% of staff.', 'Quorvex Data'],
    ['Its owner sold Quillon, the streaming service, last year.', 'Quillon'],
    ['It bought Danish feeder shipping line Skarvik in 2018.', 'Skarvik'],
  ])('an organization from how it is described: %s', (text, name) => {
    expect(extract(text).names()).toContain(name);
  });

  it('"its" units with no company in the sentence belong to the company the article is about, not the rival named last', () => {
    const x = extract(
      'Kestrel Air will cut 900 jobs, Kestrel Air said on Monday. The plan mirrors cuts at rival Norrvik Airways. ' +
        'Its regional subsidiaries Skylark and Brisa will keep flying.',
    );
    expect(x.parent('Skylark')).toBe('Kestrel Air');
    expect(x.parent('Brisa')).toBe('Kestrel Air');
  });

  it('names a later bare mention of the unit the same way, and never as a person', () => {
    const x = extract(
      'Kurogane cut jobs. Kestrel Arcade, the studio behind Sky Drift, was closed. Kestrel Arcade had 60 staff.',
    );
    expect(x.entity('Kestrel Arcade')?.mentions).toHaveLength(2);
    expect(x.names('Person')).toEqual([]);
  });

  it.each([
    ['venture firm Maria Holt', 'Maria Holt'],
    ['investment firm Savvy Games Group', 'Savvy Games Group'],
    ['private equity firm Thomas Bravo', 'Thomas Bravo'],
  ])('"%s" is a company', (phrase, name) => {
    const x = extract(`Kurogane cut jobs after ${phrase} pulled out, the company said.`);
    expect(x.entity(name)?.type).toBe('Company');
    expect(x.names('Person')).not.toContain(name);
  });

  it('"X Group" is also "X"', () => {
    const x = extract('Vastmark Group cut jobs. Vastmark said more cuts would come.');
    expect(x.entity('Vastmark Group')?.aliases).toEqual(['Vastmark']);
  });

  it.each([
    'Kurogane cut jobs. OpenScale, the startup behind a chip compiler, was not involved.',
    'Kurogane cut jobs. Earlier, the team behind the compiler said it would wait.',
    'Kurogane cut jobs. Kurogane’s AI division and the Lindqvist administration were silent.',
    'Kurogane cut jobs. Jane Roe, the executive behind the plan, resigned.',
    'Kurogane cut jobs. The Cloud business grew and the Sales unit shrank.',
  ])('no division: %s', (text) => {
    expect(extract(text).names('Division')).toEqual([]);
  });

  it('a shared word never merges two units', () => {
    const x = extract(
      'Kurogane cut jobs. Blue Harbor, the studio behind Tides, closed. Kurogane’s Blue Point division stayed.',
    );
    expect(x.names('Division')).toEqual(['Blue Harbor', 'Blue Point']);
  });
});

describe('companies in their legal form listed as a group’s parts', () => {
  it('"the seven entities to be merged are:" a list with bracketed acronyms on its own line', () => {
    const x = extract(
      "Mumbai: Ostra Steel Ltd's board has approved plans to amalgamate group companies into the parent, Ostra Steel said. The entities to be merged are:\n\nOstra Long Products Ltd (OLP), The Vella Plate Company of India Ltd (VPC), Kestrel Wire Ltd (KWL), Tarn Forge Ltd and S & T Mining Company Ltd.",
    );
    for (const unit of ['Vella Plate Company of India', 'Kestrel Wire', 'Tarn Forge', 'S & T Mining'])
      expect(x.parent(unit)).toBe('Ostra Steel');
    expect(x.entity('Kestrel Wire')?.type).toBe('Company');
  });

  it('"its subsidiaries A Ltd and B Ltd" and "three group companies: A Ltd, B Ltd and C Ltd"', () => {
    const a = extract(
      'Ostra Holdings Ltd will fold its subsidiaries Vella Steel Ltd and Kestrel Wire Ltd into the parent.',
    );
    expect(a.parent('Vella Steel')).toBe('Ostra Holdings');
    expect(a.parent('Kestrel Wire')).toBe('Ostra Holdings');
    const b = extract(
      'Ostra Holdings Ltd said its board approved the merger of three group companies: Vella Steel Ltd, Kestrel Wire Ltd and Corvo Mining Ltd.',
    );
    for (const unit of ['Vella Steel', 'Kestrel Wire', 'Corvo Mining']) expect(b.parent(unit)).toBe('Ostra Holdings');
  });
});

describe('units named with the company’s name first, written after it', () => {
  it('"Norrvik … concentrated in Norrvik Commercial Aircraft", "Norrvik Helicopters", "runs it as Norrvik Lifetec"', () => {
    const x = extract(
      'Norrvik will cut 15,000 jobs. The reduction is concentrated in Norrvik Commercial Aircraft. Its helicopter business, Norrvik Helicopters, is not part of the plan. The safety business, which Norrvik runs as Norrvik Lifetec, will be sold.',
    );
    for (const unit of ['Norrvik Commercial Aircraft', 'Norrvik Helicopters', 'Norrvik Lifetec']) {
      expect(x.entity(unit)?.type).toBe('Division');
      expect(x.parent(unit)).toBe('Norrvik');
    }
  });

  it('models, ratings and phrases are no units ("the Norrvik Micra", "Norrvik Holdings AA-", "Norrvik Recovery Plan")', () => {
    const x = extract(
      'Norrvik said on Monday it would cut 9,000 jobs. The plant makes the Norrvik Micra. Fitch rates Norrvik Holdings AA- and called the Norrvik Recovery Plan credible.',
    );
    expect(x.names('Division')).toEqual([]);
  });

  it('a site list ("A at its Ostrava operation, B at Kroonveld") makes B no unit', () => {
    const x = extract(
      'Tarrow Platinum Ltd said it had issued a notice to unions. The shafts concerned are Kestrelani at its Ostrava ' +
        'operation, Dunmore at Kroonveld, and 4 Belt and Rowe at Marivane, all in the north. Dunmore stopped mining last year.',
    );
    expect(x.names('Division')).not.toContain('Dunmore');
  });
});

describe('named sites are units of the company in focus', () => {
  it('"Newcastle Works", "the Oshawa Assembly Plant", "its Lodz Refinery", "the Kora Technical Centre"', () => {
    const x = extract(
      'Kora Steel will close Newcastle Works and Vereeniging Works, cutting 3,500 jobs. Workers at the Oshawa Assembly Plant and its Lodz Refinery are safe, and the Kora Technical Centre will grow.',
    );
    for (const site of [
      'Newcastle Works',
      'Vereeniging Works',
      'Oshawa Assembly Plant',
      'Lodz Refinery',
      'Kora Technical Centre',
    ]) {
      expect(x.entity(site)?.type).toBe('Division');
      expect(x.parent(site)).toBe('Kora Steel');
    }
  });

  it.each([
    [
      '"Its Retail arm" opening a sentence',
      'Norrvik Motors will cut 900 jobs. Its Retail arm will close 40 stores.',
      'Retail',
      'Norrvik Motors',
    ],
    [
      'a possessive before a plain capitalised word',
      "Hallberg Bank's Wealth division will shed 200 roles.",
      'Wealth',
      'Hallberg Bank',
    ],
    [
      '"the group\'s Consumer business"',
      "Ombara Foods will cut 300 jobs, most of them in the group's Consumer business.",
      'Consumer',
      'Ombara Foods',
    ],
  ])('a unit named by a plain capitalised word: %s', (_, text, unit, parent) => {
    const x = extract(text);
    expect(x.entity(unit)?.type).toBe('Division');
    expect(x.parent(unit)).toBe(parent);
  });

  it('an acronym before a unit noun names no unit', () => {
    const x = extract('Norrvik Motors will cut 900 jobs in its AI unit.');
    expect(x.names('Division')).toEqual([]);
  });

  it('"the number of divisions to two: A and B" lists units even in a company\'s form, and "its new B division" is B', () => {
    const x = extract(
      'Regional carrier Vella is to axe 300 staff. It will reduce the number of divisions in the company to two: Vella UK and Vella Outsourcing Solutions. Its new Outsourcing Solutions division will be headed by Ana Roe.',
    );
    expect(x.names('Company')).toEqual(['Vella']);
    expect(x.parent('Vella UK')).toBe('Vella');
    expect(x.parent('Vella Outsourcing Solutions')).toBe('Vella');
    expect(x.entity('Vella Outsourcing Solutions')?.aliases).toContain('Outsourcing Solutions');
  });
});

describe('a unit name with "and" inside it', () => {
  it('ends in a word only units end in, or stands before a unit noun', () => {
    const x = extract(
      'Halvard Bank will run a Corporate and Wholesale Banking unit, and Halvard Retail and Small Business will cut 400 jobs. Cuts also hit Global Lending and Markets, its trading arm.',
    );
    expect(x.names()).toEqual(
      expect.arrayContaining([
        'Corporate and Wholesale Banking',
        'Halvard Retail and Small Business',
        'Global Lending and Markets',
      ]),
    );
  });

  it('stays two names for two units of one owner or for two nationalities', () => {
    const x = extract(
      'Halvard Group will merge Halvard Devices and Halvard Digital Markets. The Chilean and Peruvian units of Halvard were spared.',
    );
    expect(x.names()).toEqual(expect.arrayContaining(['Halvard Devices', 'Halvard Digital Markets']));
    expect(x.names().some((n) => n.includes(' and '))).toBe(false);
  });
});

describe('a unit whose owner is named right after it', () => {
  it.each([
    ['Ostrel Power, owned by Halvard Group, will cut 900 jobs.', 'Ostrel Power'],
    ['Ostrel Power (a unit of Halvard Group) will cut 900 jobs.', 'Ostrel Power'],
    ['Ostrel Power is Halvard Group’s largest unit and will cut 900 jobs.', 'Ostrel Power'],
    ['Ostrel Power and Kalm Rail, both subsidiaries of Halvard Group, will cut 900 jobs.', 'Kalm Rail'],
  ])('%s', (text, unit) => {
    const x = extract(text);
    expect(x.entity(unit)?.type).toBe('Division');
    expect(x.parent(unit)).toBe('Halvard Group');
  });
});

describe('a region named with a compass word says where, not which unit', () => {
  it('"its North American business" is no unit called "North American"', () => {
    const x = extract('Halvard Group plans to spin off its North American business and list it in New York next year.');
    expect(x.names('Division')).toEqual([]);
  });
});

describe('a country in brackets inside a legal name', () => {
  it('"Halvard (Schweiz) AG" is one name, its unit', () => {
    const x = extract('Halvard Group will merge Halvard (Schweiz) AG, its Swiss arm, into the parent bank next year.');
    expect(x.names()).toContain('Halvard (Schweiz)');
    expect(x.parent('Halvard (Schweiz)')).toBe('Halvard Group');
  });

  it('the legal name an article opens with is the company itself, its bare first word a short form', () => {
    const x = extract(
      'Headline\n\nMUMBAI: Corvane Airways (India) Ltd grounded its fleet on Monday. Corvane was flying only four planes. Corvane had 9,000 staff.',
    );
    expect(x.names('Division')).toEqual([]);
    expect(x.names('Company')).toEqual(['Corvane Airways (India)']);
  });

  it('a bracket with no legal form after it stays outside the name', () => {
    const x = extract('Halvard Group (HGR) will cut 300 jobs.');
    expect(x.names().some((n) => n.includes('('))).toBe(false);
  });
});

describe('a renamed organization', () => {
  it.each([
    'Halvard Group will sell Nordvik Digital (formerly Ostrel Chips) to Kestrel Capital.',
    'Halvard Group said Nordvik Digital, previously called Ostrel Chips, will cut 300 jobs.',
  ])('%s', (text) => {
    const x = extract(text);
    expect(x.entity('Nordvik Digital')?.aliases).toContain('Ostrel Chips');
  });
});

describe('a unit named after "known as" or "called" (org-cues.ts)', () => {
  it('"its fibre and cables business, known as Orsklink": a unit of the company "its" points to', () => {
    const x = extract(
      'Kestrel Telecom will cut 300 jobs. Kestrel Telecom plans a separate flotation of its fibre and cables business, known as Orsklink.',
    );
    expect(x.parent('Orsklink')).toBe('Kestrel Telecom');
  });

  it('near miss: "known as" after no unit noun names no organization', () => {
    const x = extract('Kestrel Telecom will cut 300 jobs in the region, known as Vessnet by locals.');
    expect(x.orgs()).toEqual(['Company Kestrel Telecom']);
  });
});
