import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('organisations recognised from how news introduces them', () => {
  it.each([
    ['legal form (Germany)', 'Hallberg Antriebe AG said on Monday it would cut 900 jobs.', 'Hallberg Antriebe'],
    ['legal form (Japan)', 'Kurogane Seiki Co. said it would close a plant.', 'Kurogane Seiki'],
    ['legal form (India)', 'Vantara Learning Private Limited cut 300 jobs.', 'Vantara Learning'],
    ['organisation word', 'Passengers of Norrland Airways were stranded on Tuesday.', 'Norrland Airways'],
    ['descriptor', 'Swedish automaker Norrvik plans to cut 2,000 jobs.', 'Norrvik'],
    ['descriptor with a list lead', 'Oil service groups such as Drellco and Petrova cut staff.', 'Drellco'],
    ['apposition', 'Talvane, the Lisbon-based engineering group, cut 400 jobs.', 'Talvane'],
    ['apposition with "one of"', 'Ogbeni, one of the oldest consumer goods makers, left.', 'Ogbeni'],
    ['possessive of company things', "Brakstad's workforce will shrink by a tenth, unions said.", 'Brakstad'],
    ['title and person after', 'Kestrand CEO Jane Roe told staff on Monday.', 'Kestrand'],
    ['title of', 'Lars Berg, chief executive of Fjellnor, said the cuts were painful.', 'Fjellnor'],
    ['market phrase', 'Investors sold shares of Morvane on Friday.', 'Morvane'],
    [
      'legal forms end a name before "and"',
      'It holds Kiran Travel House Ltd and Lanka Norrvik Pvt Ltd, which owns a hotel.',
      'Lanka Norrvik',
    ],
    ['spokesperson after the name', 'A Brakvik spokeswoman declined to comment on the cuts.', 'Brakvik'],
    ['beside a rival', 'Brakvik and rival Tessel both cut their forecasts.', 'Brakvik'],
  ])('%s', (_, text, name) => {
    const x = extract(text);
    expect(x.entity(name)?.type).toBe('Company');
  });

  it('a lone name acting as subject is a company once people are set aside', () => {
    const x = extract(
      'Ana Souto, the union leader, spoke first. Vellmark will cut 3,000 jobs, Vellmark said. Souto agreed.',
    );
    expect(x.names('Company')).toEqual(['Vellmark']);
    expect(x.names('Person')).toEqual(['Ana Souto']);
  });

  it('a name that is also a city, weighing or seeking cuts, is a company ("X is considering cutting staff")', () => {
    const x = extract(
      'Kariya is considering cutting full-time employees in Europe. Separately, Nagahama is seeking to cut 5,000 jobs.',
    );
    expect(x.names('Company').sort()).toEqual(['Kariya', 'Nagahama']);
  });

  it('spreads over a list joined to a known company', () => {
    const x = extract('Hapmark and KTL CGM have both reported falls, while rival Osterlind kept growing.');
    expect(x.names('Company').sort()).toEqual(['Hapmark', 'KTL CGM', 'Osterlind']);
  });

  it('resolves short forms to the full name and never merges different companies that share a word', () => {
    const x = extract(
      'Kurogane Motor Co. said it would cut 9,000 jobs. Kurogane shares fell. Kurogane Bank Ltd was not affected. ' +
        'A.B. Vestergaard-Holm, the Danish shipping group, also cut jobs. Holm expects weak demand.',
    );
    const motor = x.entity('Kurogane Motor')!;
    expect(motor.aliases).toContain('Kurogane');
    expect(x.entity('Kurogane Bank')?.type).toBe('Company');
    expect(x.entity('A.B. Vestergaard-Holm')?.aliases).toContain('Holm');
    expect(x.names('Company')).not.toContain('Kurogane');
  });

  it('a headline written in initials is the company the lede names in full, even when a list knows the initials', () => {
    const x = extract(
      'B&Q to cut 500 jobs in cost drive\n\nBorrowdale & Quist Ltd will cut about 500 jobs, the retailer said. ' +
        'The group runs the Harlow, Tessit and Quimby brands.',
    );
    expect(x.names('Company')).toEqual(['Borrowdale & Quist']);
    expect(x.parent('Tessit')).toBe('Borrowdale & Quist');
  });

  it('a common word is no short form where it is only a word ("General" beside General Norrvik)', () => {
    const x = extract('General Norrvik cut jobs. The Attorney General said the cuts were lawful.');
    expect(x.entity('General Norrvik')?.aliases ?? []).toEqual([]);
  });

  it('never takes places, nationalities, titles or honorific-led names for companies', () => {
    const x = extract(
      'Chairman Patrick Vale told reporters in Wolfsburg that German suppliers would suffer. Mr Obi Nwosu agreed. Hong Kong said nothing.',
    );
    expect(x.names('Company')).toEqual([]);
    expect(x.names('Person').sort()).toEqual(['Obi Nwosu', 'Patrick Vale']);
  });

  it('a town\'s workers are no sign that the town is a company ("Wolfsburg workers")', () => {
    const x = extract(
      'Kestrel Motors will close its plant in Wolfsburg next year. Wolfsburg workers staged a protest on Monday.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Motors']);
  });

  it('"First" may open a company\'s name mid-sentence ("First Halvard Bank")', () => {
    const x = extract('Analysts said on Monday that First Halvard Bank would cut 200 jobs in its branches.');
    expect(x.names('Company')).toEqual(['First Halvard Bank']);
  });

  it('a stock index followed by its member count is no company ("the S&P 500 rose")', () => {
    const x = extract('Kestrel Foods will cut 500 jobs. Shares in Kestrel Foods fell 3% and the S&P 500 rose 0.5%.');
    expect(x.names('Company')).toEqual(['Kestrel Foods']);
  });

  it('a common word opening a sentence is no company', () => {
    expect(extract('Demand is subdued. Freight rates have fallen.').names('Company')).toEqual([]);
  });

  it.each([
    ['National Union Bank said it would cut 400 jobs.', 'National Union Bank'],
    ['Standard Provincial Bank will close 40 branches.', 'Standard Provincial Bank'],
    ['Bank of Lusavia said it would cut 400 jobs.', 'Bank of Lusavia'],
  ])('common words before a bank word still name a company opening a sentence: %s', (text, company) => {
    const x = extract(text);
    expect(x.names('Company')).toEqual([company]);
    expect(x.events().map((e) => e.org)).toEqual([company]);
  });

  it('"X South Africa has also announced plans to cut" is a company acting; a two-word country ends no person', () => {
    const x = extract('Hallberg South Africa has also announced plans to cut 474 jobs.');
    expect(x.names('Company')).toEqual(['Hallberg South Africa']);
    expect(x.events().map((e) => e.org)).toEqual(['Hallberg South Africa']);
    expect(extract('Figures from Statistics South Africa show it.').names('Person')).toEqual([]);
  });

  it('a unit word at the end of a sentence-opening run is no company by itself ("Human Resources said")', () => {
    expect(extract('Human Resources said the review would end soon.').names('Company')).toEqual([]);
  });
});

describe('units from context', () => {
  it('takes a unit list after "segments:" with the company as parent', () => {
    const x = extract(
      'Vestmark cut 500 jobs. Vestmark reports through three segments: Ocean, the shipping business; Harbour Services, which covers ports; and Terminals, its port operations.',
    );
    for (const unit of ['Ocean', 'Harbour Services', 'Terminals']) {
      expect(x.entity(unit)?.type).toBe('Division');
      expect(x.parent(unit)).toBe('Vestmark');
    }
  });

  it('groups with generic names are units of the company in focus', () => {
    const x = extract(
      "Brenner Oil said it would cut 5,000 jobs. It replaced Brenner's old structure with a flatter set of groups, including Production & Operations, Customers & Products and Gas & Low Carbon Energy.",
    );
    expect(x.parent('Production & Operations')).toBe('Brenner Oil');
    expect(x.parent('Gas & Low Carbon Energy')).toBe('Brenner Oil');
  });

  it('"X\'s delivery arm Y": the possessive owner is a company and Y its unit', () => {
    const x = extract("Kestrel Foods will cut 100 jobs.\n\nVandoo's delivery arm Quikcart will cut 400 jobs.");
    expect(x.entity('Vandoo')?.type).toBe('Company');
    expect(x.parent('Quikcart')).toBe('Vandoo');
  });

  it('"its regional arm X" is a unit of the company the sentence names', () => {
    const x = extract(
      'Norrland Airways cut jobs. Baltic Air decided to merge its regional arm Skylink into the parent.',
    );
    expect(x.entity('Skylink')?.type).toBe('Division');
    expect(x.parent('Skylink')).toBe('Baltic Air');
  });

  it('a company named after another plus a place is its subsidiary', () => {
    const x = extract('Ostara Nigeria Plc will exit soap. Its parent, Ostara Plc, agreed.');
    expect(x.entity('Ostara Nigeria')?.type).toBe('Division');
    expect(x.parent('Ostara Nigeria')).toBe('Ostara');
  });

  it('names that part after a shared first word are a company and its unit', () => {
    const x = extract(
      "Cordell Pacific Airways said it would close Cordell Dragon. Cordell will move Cordell Dragon's routes to the mainline.",
    );
    expect(x.entity('Cordell Dragon')?.type).toBe('Division');
    expect(x.parent('Cordell Dragon')).toBe('Cordell Pacific Airways');
    expect(x.entity('Cordell Pacific Airways')?.aliases).toContain('Cordell');
  });

  it('names listed before a plural unit noun are units of the company in focus', () => {
    const x = extract('Fjordal Retail AB will cut 900 jobs. The group runs the Nordvik, Lumo and Brasa brands.');
    for (const unit of ['Nordvik', 'Lumo', 'Brasa']) expect(x.parent(unit)).toBe('Fjordal Retail');
  });

  it('a list after "divisions …, among them" and a unit named with "and"', () => {
    const x = extract(
      "Corvara Mining said it would cut jobs. Corvara's operations are organised into divisions around its mines, among them Alta Roca, Piedra Negra and Salvio. The Power and Gas division was spared.",
    );
    for (const unit of ['Alta Roca', 'Piedra Negra', 'Salvio', 'Power and Gas'])
      expect(x.parent(unit)).toBe('Corvara Mining');
  });

  it('a company named after another one is its unit; group words name the company itself', () => {
    const x = extract(
      'Harkon Holdings Corp. will cut 10,000 jobs. Harkon Energy and Harkon Connect will be hit hardest. Harkon Group said so.',
    );
    expect(x.parent('Harkon Energy')).toBe('Harkon Holdings');
    expect(x.parent('Harkon Connect')).toBe('Harkon Holdings');
    expect(x.names('Company')).toEqual(['Harkon Holdings']);
  });

  it('initials of a full name are its short form', () => {
    const x = extract('Lindqvist & Moberg AB will cut 1,500 jobs. L&M shares fell. Shareholders of L&M were told.');
    expect(x.names('Company')).toEqual(['Lindqvist & Moberg']);
    expect(x.entity('Lindqvist & Moberg')?.aliases).toContain('L&M');
  });

  it('the capitals of a name written in camel case are its short form ("GSK" for GlaxoSmithKline)', () => {
    const x = extract('VarnaPharmaKline will shed 300 jobs. Most will go from VPK’s site near Leeds.');
    expect(x.names('Company')).toEqual(['VarnaPharmaKline']);
    expect(x.entity('VarnaPharmaKline')?.aliases).toContain('VPK');
  });

  it('"A and B Banking Group (ABB)": initials in brackets make one name of the words around "and"', () => {
    const x = extract('Kestrel and Tamsin Banking Group (KTB) is cutting 400 jobs. KTBG will also close 79 branches.');
    expect(x.names('Company')).toEqual(['Kestrel and Tamsin Banking Group']);
    expect(x.events().map((e) => e.org)).toEqual(['Kestrel and Tamsin Banking Group']);
  });

  it('"and" between two companies stays a list when the brackets spell only the second', () => {
    const x = extract('Norrvik and General Hallberg Motors (GHM) will each cut 400 jobs.');
    expect(x.names('Company')).not.toContain('Norrvik and General Hallberg Motors');
  });

  it('"the X-based Name" is a company', () => {
    expect(extract('It bought the Oslo-based Fjellvind Ferries last year.').entity('Fjellvind Ferries')?.type).toBe(
      'Company',
    );
  });
});

describe('names that need the whole document', () => {
  it('a long form before a bracketed acronym is the acronym’s organization', () => {
    const x = extract(
      'Vantermet South Africa (VMSA) will wind down its long steel business. VMSA said 3,500 jobs were at risk.',
    );
    expect(x.names('Company')).toEqual(['Vantermet South Africa']);
    expect(x.entity('Vantermet South Africa')?.aliases).toContain('VMSA');
  });

  it('"X, known as Y" makes Y another name of X', () => {
    const x = extract(
      'Telecom Ostrava approved the sale. Telecom Ostrava, known as TOS, said the deal was good. TOS shares rose.',
    );
    expect(x.names('Company')).toEqual(['Telecom Ostrava']);
    expect(x.entity('Telecom Ostrava')?.aliases).toContain('TOS');
  });
});

describe('edges of names', () => {
  it('a known company heading a longer name makes that name its unit', () => {
    const x = extract('Siemens said on Monday that Siemens Kestrel Wind Power, the turbine maker, would cut 900 jobs.');
    expect(x.entity('Siemens Kestrel Wind Power')?.type).toBe('Division');
    expect(x.parent('Siemens Kestrel Wind Power')).toBe('Siemens');
  });

  it('a compound of places and a common word cut off a longer name are no companies', () => {
    const x = extract(
      'Norrair will shut its base at Paris-Orly, Norrair said. Its segments are Commercial Aviation, Executive Jets and Services.',
    );
    expect(x.names('Company')).toEqual(['Norrair']);
    expect(x.names()).not.toContain('Jets');
  });

  it('a company descriptor outweighs a given name', () => {
    const x = extract("Novra cut 9,000 jobs. U.S. rival Eli Lindgren's drug gained share.");
    expect(x.entity('Eli Lindgren')?.type).toBe('Company');
  });
});

describe('units by ownership words', () => {
  it('"its retail chain X" is a unit; "its rival X" is not', () => {
    const x = extract('Vinhara said on Monday it handed its retail chain Martova to rival conglomerate Sagon Group.');
    expect(x.parent('Martova')).toBe('Vinhara');
    expect(x.entity('Sagon Group')?.type).toBe('Company');
    expect(x.parent('Sagon Group')).toBeNull();
  });

  it('the two sides of a hyphenated group are its units', () => {
    const x = extract(
      'Norrair-Veld Group cut jobs. Norrair-Veld said Norrair Airlines would shrink, and Veld Airlines would not.',
    );
    expect(x.parent('Norrair Airlines')).toBeNull();
    const y = extract(
      'Air Norrland-KLV plans cuts. Air Norrland said on Monday it would cut 7,000 jobs; KLV said 2,000.',
    );
    expect(y.parent('Air Norrland')).toBe('Air Norrland-KLV');
    expect(y.parent('KLV')).toBe('Air Norrland-KLV');
  });
});

describe('generic first words and owners after a place', () => {
  it('"Banco Meridional" is later "Meridional"; "a unit of Spain\'s Banco X" names the owner', () => {
    const x = extract(
      "Banco Meridional SA will cut 2,300 jobs. Shares of Meridional rose. Santa Brasil, a unit of Spain's Banco Santa, did the same.",
    );
    expect(x.entity('Banco Meridional')?.aliases).toContain('Meridional');
    expect(x.parent('Santa Brasil')).toBe('Banco Santa');
  });
});

describe('industry words that end a company name', () => {
  it('an edtech, a retailer or a tyre maker whose first word is also a given name', () => {
    for (const name of ['Kora Learning', 'Kora Retail', 'Kora Tyres'])
      expect(extract(`${name} cut 300 jobs on Monday.`).names('Company')).toEqual([name]);
  });
});

describe('wire-copy introductions', () => {
  it('"Brazil\'s electricity company X": a country before the descriptor owns nothing', () => {
    const x = extract(
      "Brazil's electricity company Vessla offered a buyout to 2,000 people.\n\nKora Energia SA said it would cut 50 jobs. " +
        "South Africa's telecoms group Norrvik said it would cut 300 jobs.",
    );
    expect(x.names('Division')).toEqual([]);
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Vessla', 'Kora Energia', 'Norrvik']));
  });

  it('"Hallberg\'s truck unit Norrvik" still names a unit of its owner', () => {
    expect(extract("Hallberg's truck unit Norrvik will close a plant.").parent('Norrvik')).toBe('Hallberg');
  });

  it('a formal name "as the company is formally known" is another name of the company', () => {
    const x = extract(
      'Vessla said on Friday it would offer a buyout to 2,000 people.\n\n' +
        'Norte Energia Brasileira SA, as the company is formally known, said the plan would apply to 2,312 employees.',
    );
    expect(x.names('Company')).toEqual(['Vessla']);
    expect(x.entity('Vessla')?.aliases).toContain('Norte Energia Brasileira SA');
  });
});

describe('a name that speaks of itself as "it"', () => {
  it('"Kora Denki said it will cut …" is a company even though Kora is a given name', () => {
    expect(extract('Kora Denki said it will cut 4,000 jobs.').names('Company')).toEqual(['Kora Denki']);
    expect(extract('Kora Denki said on Thursday its workforce would shrink.').names('Company')).toEqual(['Kora Denki']);
  });

  it('a person saying "it was" stays a person', () => {
    expect(extract('Anna Lind said it was a difficult decision.').names('Person')).toEqual(['Anna Lind']);
  });
});

describe('country names as news writes them', () => {
  it('"its Vessla of Britain and Vessla Credit Europe headquarters": Britain is no listed unit', () => {
    const x = extract('Vessla Motors will consolidate its Vessla of Britain and Vessla Credit Europe headquarters.');
    expect(x.names('Division')).toEqual(['Vessla Credit Europe']);
  });
});

describe('a city among companies a descriptor lists', () => {
  it('"rivals such as Kessler and Hitachi": the city-named member is a company too', () => {
    expect(extract('Tarvik lags rivals such as Kessler and Hitachi.').names('Company')).toEqual(['Kessler', 'Hitachi']);
    expect(extract('Carmakers including Kessler, Ombara and Toyota cut output.').names('Company')).toContain('Toyota');
  });

  it('a list of cities stays places', () => {
    expect(extract('Tarvik has plants in cities such as Kessler and Osaka.').names('Company')).toEqual(['Tarvik']);
  });
});

describe('a name written with its "\'s"', () => {
  it('"Tejal\'s, the country\'s largest snack maker, …": described as a company, it is one', () => {
    const x = extract(
      "Tarvik cut jobs. Tejal's, the country's largest snack maker, announced in October that 2,500 staff will go.",
    );
    expect(x.names('Company')).toContain('Tejal');
  });

  it('"Brindle\'s is laying off 400 workers", "Orvell\'s will close 200 stores": a verb right after the "\'s"', () => {
    const x = extract(
      "Brindle's is laying off 400 workers at its bakery in Tarn. Orvell's will close 200 stores. Quenby's has cut 90 jobs.",
    );
    expect(x.names('Company')).toEqual(['Brindle', 'Orvell', 'Quenby']);
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Brindle', 400],
      ['Orvell', null],
      ['Quenby', 90],
    ]);
  });
});

describe('investment firms named as buyers', () => {
  it('a name ending in Equity, Investors or International is a company where a deal names it', () => {
    const x = extract(
      'Tarvik will cut 300 jobs. Its hardware arm went to Quelvo Equity in 2020, and it sold the Lumo label to Ostrander International.',
    );
    expect(x.names('Company')).toEqual(['Tarvik', 'Quelvo Equity', 'Ostrander International']);
  });
});

describe('a partnership firm named after its partners', () => {
  it('"Hollis, Marden & Pyke" is one company, and its initials with "&" are the same one', () => {
    const x = extract(
      'Tarvik agreed the sale with the buyer, Hollis, Marden & Pyke, under which the state takes a stake. Tarvik entered talks with HM&P in May.',
    );
    expect(x.names('Company')).toEqual(['Tarvik', 'Hollis, Marden & Pyke']);
    expect(x.entity('Hollis, Marden & Pyke')!.aliases).toEqual(['HM&P']);
  });

  it('a list of segments with "&" is not one ("its Jets, Defense & Security segments")', () => {
    const x = extract(
      'Tarvik keeps its Aircraft, Defense & Security and Services segments, and Kessler, Norrvik and Ombara bid.',
    );
    expect(x.names('Company')).not.toContain('Aircraft, Defense & Security');
  });
});

describe('an owner named after "belongs to"', () => {
  it('"Kelt Mobile, which belongs to Halvo Ventana": the owner is a company and the unit its part', () => {
    const x = extract(
      'Vodara UK wants to merge with Kelt Mobile, which belongs to Halvo Ventana, a deal that needs approval.',
    );
    expect(x.names('Company')).toContain('Halvo Ventana');
  });

  it('a person a stake belongs to stays a person', () => {
    const x = extract('Tarvik will cut 300 jobs. The largest stake belongs to Marta Lins, the founder.');
    expect(x.names('Person')).toEqual(['Marta Lins']);
  });
});

describe('what a company makes', () => {
  it('"the maker of Kestol and Vurex": the products are no companies, the maker is', () => {
    const x = extract(
      'For years Halvern was a collection of household names. Now the maker of Kestol and Vurex is trying to become simpler.',
    );
    expect(x.names('Company')).not.toContain('Kestol');
    expect(x.names('Company')).not.toContain('Vurex');
  });

  it('a company named after "maker of" elsewhere as acting stays one', () => {
    const x = extract('Kestol will cut 200 jobs, the company said. Halvern, the maker of Kestol, did not comment.');
    expect(x.names('Company')).toContain('Kestol');
  });
});

describe('a name, then the place it is in, then its verb', () => {
  it('"The Kestrel Gazette in Virginia laid off 33 employees": the paper cuts, the state is where', () => {
    const x = extract(
      'Publishers cut staff. The Kestrel Gazette in Virginia laid off 33 employees. The Marlow News & Record in North Carolina eliminated 36 positions.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Gazette', 'Marlow News & Record']);
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Kestrel Gazette', 33],
      ['Marlow News & Record', 36],
    ]);
  });
});

describe('a legal form written after a comma', () => {
  it('"Kestrel Mining Holding Group, Co., Ltd": one company, and "Co." none', () => {
    const x = extract(
      'Also earlier, Kestrel Mining Holding Group, Co., Ltd, the largest coal company in the area, initiated a plan to lay off 12,000 people.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Mining Holding Group']);
  });
});

describe("a plural-looking name with a bare apostrophe and an employer's decision", () => {
  it('"Norrfields\' decision to retrench 1 500 mineworkers": the miner cuts, not the union that spoke of it', () => {
    const x = extract(
      'The National Union of Kestrel Miners (NUKM) said it was concerned about Norrfields’ decision to retrench more than 1 500 mineworkers at its operation in South Deep.',
    );
    expect(x.names('Company')).toContain('Norrfields');
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Norrfields', 1500]]);
  });

  it('"James\' decision to close the plant" is a person\'s', () => {
    expect(extract('The union criticised James’ decision to close the plant.').names('Company')).toEqual([]);
  });
});

describe('names ending in a commodity', () => {
  it('"Vessa Platinum mine issued a notice", "Kumbala Iron Ore also unpacked its plans": miners, not people', () => {
    const x = extract(
      'Vessa Platinum mine on Monday issued a section 189A notice that it will retrench 3 712 full time employees. Today, Kumbala Iron Ore also unpacked its plans to retrench about 500 workers.',
    );
    expect(x.names('Company')).toEqual(['Vessa Platinum', 'Kumbala Iron Ore']);
    expect(x.names('Person')).toEqual([]);
  });
});

describe("a thing of the name's that cuts its staff", () => {
  it('"Tessel\'s agreement will reduce its workforce by 2,900 positions": Tessel is the employer', () => {
    const x = extract('Tessel’s agreement will reduce its Cologne workforce by 2,900 positions by end-2027.');
    expect(x.names('Company')).toEqual(['Tessel']);
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Tessel', 2900]]);
  });

  it('not a person named by a given name', () => {
    expect(extract('Jane’s plan will cut costs, she said.').names('Company')).toEqual([]);
  });
});

describe('an adverb opening its sentence before a comma', () => {
  it('"Currently, the national carrier of Thailand employs about 21,000 people" names no company "Currently"', () => {
    const x = extract(
      'Kestrel Air cut 240 jobs. Currently, the national carrier of Thailand employs about 21,000 people.',
    );
    expect(x.names('Company')).toEqual(['Kestrel Air']);
  });
});

describe('a name that closes what it owns', () => {
  it('"The Kestrel World Service is to close five of its language services": an employer, and its cut\'s actor', () => {
    const x = extract(
      'The Kestrel World Service is to close five of its language services. About 650 jobs will be cut from a workforce of some 2,400.',
    );
    expect(x.names('Company')).toEqual(['Kestrel World Service']);
    expect(x.events().map((e) => [e.org, e.count])).toContainEqual(['Kestrel World Service', 650]);
  });

  it('not a person closing her shop, nor a town its library', () => {
    expect(
      extract('Jane Roe will close her shop. The mayor said the town would close its library.').names('Company'),
    ).toEqual([]);
  });
});
