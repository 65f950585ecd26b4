import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('titles and HOLDS_ROLE', () => {
  it.each([
    ['Norrvik CEO Mariko Tanaka said the cuts were needed.', 'Mariko Tanaka', 'CEO', 'Norrvik'],
    ['Anders Hallberg, Norrvik’s chief executive, wrote to staff.', 'Anders Hallberg', 'chief executive', 'Norrvik'],
    [
      'Norrvik Cloud Services (NCS) is cutting jobs. Lena Strand, Senior Vice President of NCS, noted the change.',
      'Lena Strand',
      'Senior Vice President of NCS',
      'Norrvik Cloud Services',
    ],
    [
      'Norrvik Motors grew. The company’s lead executive for people experience and technology, Ines Carvalho, told staff.',
      'Ines Carvalho',
      'lead executive for people experience and technology',
      'Norrvik Motors',
    ],
    [
      'Tomas Lindqvist, an analyst at Kestrel Securities, said Norrvik Motors was late.',
      'Tomas Lindqvist',
      'analyst at Kestrel Securities',
      'Kestrel Securities',
    ],
    [
      'Norrvik Motors cut jobs, said Aiko Mori, chief executive of Hallberg Group and Norrvik Motors.',
      'Aiko Mori',
      'chief executive of Hallberg Group and Norrvik Motors',
      'Hallberg Group',
    ],
    [
      'Norrvik Motors lost its co-leader when Petra Vogel, Lindqvist’s co-chief executive, quit. Olof Lindqvist stayed.',
      'Petra Vogel',
      'co-chief executive',
      'Norrvik Motors',
    ],
  ])('%s', (text, person, title, org) => {
    expect(extract(text).role(person)).toEqual({ title, org });
  });

  it('falls back to the company in focus when the title names none', () => {
    const x = extract(
      'Norrvik Motors cut 4,000 jobs. Chairman and CEO Henrik Dahl said Norrvik Motors would invest in batteries.',
    );
    expect(x.role('Henrik Dahl')).toEqual({ title: 'Chairman and CEO', org: 'Norrvik Motors' });
  });

  it('gives no role to a person named without a title', () => {
    expect(extract('Hallberg fired Pradeep Varma last year.').role('Pradeep Varma')).toBeNull();
  });
});

describe('people named with particles', () => {
  it('a particle-led surname opening a sentence is the person already named', () => {
    const x = extract(
      'Norrbrew cut jobs, Chief Executive Dolf van den Berg said. Van den Berg said more cuts would come.',
    );
    expect(x.names('Person')).toEqual(['Dolf van den Berg']);
    expect(x.entity('Dolf van den Berg')?.mentions).toHaveLength(2);
  });
});

describe('offices and explicit organizations', () => {
  it('a capitalised office before a name is the whole title, with no company', () => {
    const x = extract('Brakstad cut jobs. Labour Minister Tonje Vik said the state would help.');
    expect(x.entity('Tonje Vik')?.title).toBe('Labour Minister');
    expect(x.role('Tonje Vik')).toBeNull();
  });

  it('a capitalised office read with an organization named before it belongs to that organization', () => {
    const x = extract(
      'Fellesverk, the union for cabin crew, attacked Norrair. In a statement, Fellesverk General Secretary Ola Brekke said the cuts were wrong.',
    );
    expect(x.role('Ola Brekke')).toEqual({ title: 'General Secretary', org: 'Fellesverk' });
  });

  it('a union acronym before a title is the union the text wrote out, by its brackets or its capitals', () => {
    const x = extract(
      'The Kora Telecom Workers Union (KTWU) says Norrtel will cut staff. KTWU general secretary Ola Brekke met Norrtel on Monday.',
    );
    expect(x.role('Ola Brekke')).toEqual({ title: 'general secretary', org: 'Kora Telecom Workers Union' });
    const y = extract(
      'Norrtel will cut 700 jobs. The Media and Public Service Union said it was told. MPSU deputy national president Ines Vik said the cuts were a blow.',
    );
    expect(y.role('Ines Vik')).toEqual({ title: 'deputy national president', org: 'Media and Public Service Union' });
  });

  it('a union named inside the title owns it, not the company in the story', () => {
    const x = extract(
      'Norrtel will cut 850 jobs, said Per Olsrud, a spokesman at the Fjord Workers Union, which represents engineers.',
    );
    expect(x.role('Per Olsrud')).toEqual({ title: 'spokesman at the Fjord Workers Union', org: 'Fjord Workers Union' });
  });

  it('a title after "currently the" or "has been named" is read, and ends with its sentence', () => {
    const x = extract(
      'Kestrel Foods reshuffled its bosses. Ana Ruiz, 51, currently the group president of Asia. Ruiz will move to Geneva.',
    );
    expect(x.role('Ana Ruiz')).toEqual({ title: 'group president of Asia', org: 'Kestrel Foods' });
    // A post held before is not the one held now.
    const z = extract(
      "Norrair will cut 5,900 jobs. Chief executive Ines Vik said the airline had no choice. Vik, previously chief executive of Halden Aero Engineering, the group's repair company, was brought in last year.",
    );
    expect(z.role('Ines Vik')).toEqual({ title: 'Chief executive', org: 'Norrair' });
    const y = extract('Kestrel Foods said on Monday that Marco Belli has been named president of personal care.');
    expect(y.role('Marco Belli')).toEqual({ title: 'president of personal care', org: 'Kestrel Foods' });
  });

  it('in a list of people with their titles, each title after a comma belongs to the name before it', () => {
    const x = extract(
      'Kestrel Media will close its magazine unit. Staff at risk include Ana Ruiz, the editorial director, Marco Belli, the managing director, and Ines Vik.',
    );
    expect(x.role('Ana Ruiz')).toEqual({ title: 'editorial director', org: 'Kestrel Media' });
    expect(x.role('Marco Belli')).toEqual({ title: 'managing director', org: 'Kestrel Media' });
  });

  it('a department before the title is part of it ("human resources manager")', () => {
    const x = extract(
      'Kestrel Engines cut 65 jobs. Tomas Berg, human resources manager at the Darlington plant, said orders fell.',
    );
    expect(x.role('Tomas Berg')).toEqual({
      title: 'human resources manager at the Darlington plant',
      org: 'Kestrel Engines',
    });
  });

  it("a name after a title ending in a preposition is the post's object, not its holder", () => {
    const x = extract(
      'Norrvik Bank is cutting jobs. Ana Ruiz, head of investment banking for Kredit Norrland in Japan, left last month.',
    );
    expect(x.names('Person')).toEqual(['Ana Ruiz']);
  });

  it('"the unit\'s chief executive" heads the division named last, not the group', () => {
    const x = extract(
      "Vantermet Wind, the turbine division of Vantermet Energy, will cut 4,100 jobs, the unit's Chief Executive Ola Brekke said in a letter.",
    );
    expect(x.role('Ola Brekke')).toEqual({ title: 'Chief Executive', org: 'Vantermet Wind' });
  });

  it('"the union president" is never the company\'s', () => {
    const x = extract(
      'Norrair will lay off 1,400 workers. In an interview with a radio station, the union president, Ines Vik, said the airline hid its figures.',
    );
    expect(x.role('Ines Vik')).toBeNull();
  });

  it('"head of the bankers\' union in Sao Paulo" is a post in the union, not at the banks the sentence names', () => {
    const x = extract(
      'Kestrel Bank and Tessel Holdings promised there would be no mass layoffs. "Both banks promised there would be no mass layoffs," said Ana Rocha, head of the bankers\' union in Sao Paulo, in a joint release.',
    );
    expect(x.role('Ana Rocha')).toBeNull();
  });

  it('the names a post is "of both" are not people', () => {
    const x = extract(
      'Norrvik announced a survival plan on Monday for its plant in Fjordvik. "The business is unsustainable," Ana Ruiz, chairman of both Fjordvik Petrochemicals and Fjordvik Refining, said in a statement.',
    );
    expect(x.names('Person')).toEqual(['Ana Ruiz']);
  });

  it('a title naming its organization wins over a bare one before the name', () => {
    const x = extract('Brakstad Marine cut jobs. Union leader Per Olsrud, head of Fellesverk, said it would fight.');
    expect(x.role('Per Olsrud')).toEqual({ title: 'head of Fellesverk', org: 'Fellesverk' });
  });
});

describe('shared titles and organizations after the name', () => {
  it('co-CEOs joined by "and" share the title', () => {
    const x = extract('Kurogane Holdings cut jobs. Co-CEOs Ana Ruiz and Marco Belli will oversee the cuts.');
    expect(x.role('Ana Ruiz')).toEqual({ title: 'Co-CEOs', org: 'Kurogane Holdings' });
    expect(x.role('Marco Belli')).toEqual({ title: 'Co-CEOs', org: 'Kurogane Holdings' });
  });

  it('"Analyst Jane Roe of Firm" belongs to the firm', () => {
    const x = extract(
      'Kurogane Holdings cut jobs. Analyst Kenji Sato of Hoshino Securities said the plan was credible.',
    );
    expect(x.role('Kenji Sato')).toEqual({ title: 'Analyst', org: 'Hoshino Securities' });
  });
});

describe('titles after a name that is no company', () => {
  it('"Harvard University economist Jane Roe" gets no company guessed', () => {
    const x = extract('Banco Meridional will cut 2,300 jobs. Harvard University economist Laura Pinho criticised it.');
    expect(x.entity('Laura Pinho')?.title).toBe('economist');
    expect(x.role('Laura Pinho')).toBeNull();
  });

  it('a place before the title still leaves the company in focus', () => {
    const x = extract(
      'Vantara Learning Pvt Ltd cut jobs, as newly appointed India chief executive Arun Mehra moves to shrink costs.',
    );
    expect(x.role('Arun Mehra')?.org).toBe('Vantara Learning');
  });
});

describe('titles at the end of a line', () => {
  it('a bullet ending in the title still gives the role', () => {
    const x = extract(
      'Corvel cut jobs.\n  • Sports — the networks, led by Jimmy Parro, chairman of Corvel Sports\n  • Parks',
    );
    expect(x.role('Jimmy Parro')?.title).toBe('chairman of Corvel Sports');
  });
});

describe('the company an untitled executive works for', () => {
  it('a union quoted more often than the company is not what the article is about', () => {
    const x = extract(
      'Norrvik Post will cut about 8,000 jobs this year in its parcels division.\n\nThe reduction comes days after the company agreed a wage deal with Kora Verk, the services union that represents most of its staff. Kora Verk had fought for it with strikes, and Kora Verk said it had not been told about the cuts.\n\nChief Executive Ingrid Solberg told analysts the savings were needed. Finance chief Per Lind said costs would rise.',
    );
    expect(x.role('Ingrid Solberg')?.org).toBe('Norrvik Post');
    expect(x.role('Per Lind')?.org).toBe('Norrvik Post');
  });

  it('"Royal" opens a company’s name, not a person’s', () => {
    const x = extract('Royal Vesterhus will cut 6,000 jobs. Royal Vesterhus said the cuts would be made by 2025.');
    expect(x.names('Company')).toContain('Royal Vesterhus');
    expect(x.names('Person')).toEqual([]);
  });
});

describe('union officials', () => {
  it('"national officer of the X union", "X Local 222", "the pilots\' association X, whose secretary general, Y"', () => {
    const a = extract(
      'Harland Yards will cut 900 jobs. Matt Roe, national officer of the KVM union, warned that losing the work would be a betrayal.',
    );
    expect(a.role('Matt Roe')).toEqual({ title: 'national officer of the KVM union', org: 'KVM' });
    const b = extract(
      "Norrvik Motors will cut 2,600 jobs. Colin Dahl, president of Kora Verk Local 222, which represents the plant's workers, has warned that the closure would devastate the town.",
    );
    expect(b.role('Colin Dahl')?.org).toBe('Kora Verk Local 222');
    const c = extract(
      "Norrvik Airlines will close its subsidiary. Among the critics is the pilots' association KAPA, whose secretary general, Pablo Lind, is a prominent figure.",
    );
    expect(c.role('Pablo Lind')).toEqual({ title: 'secretary general', org: 'KAPA' });
  });

  it('"the X union" names the union, which is cited and employs its officials', () => {
    const x = extract(
      "Norrvik Motors will cut 1,500 jobs. The Kora union, which represents most hourly-paid workers, said it would fight. Des Dahl, Kora's national officer for the automotive sector, said the plan was a disgrace. Colin Lind, president of the Vesta Verk union, warned of strikes.",
    );
    expect(x.cited()).toContain('Kora');
    expect(x.role('Des Dahl')?.org).toBe('Kora');
    expect(x.role('Colin Lind')?.org).toBe('Vesta Verk');
    expect(x.names('Person').sort()).toEqual(['Colin Lind', 'Des Dahl']);
  });
});

describe('the current post and its organization', () => {
  it('a former post in apposition does not displace the title before the name', () => {
    const x = extract(
      'Brenmark Networks will cut 5,000 jobs. Chief executive Aino Salo, a former head of the utility Korvan Energy, said the cuts were needed.',
    );
    expect(x.role('Aino Salo')).toEqual({ title: 'Chief executive', org: 'Brenmark Networks' });
  });

  it("a company named only as someone's former employer is not the fallback for an untitled post", () => {
    const x = extract(
      'Brenmark Networks will cut 5,000 jobs.\n\nChief executive Aino Salo, a former head of the utility Korvan Energy, called it painful. Reuters quoted CFO Eero Laine as saying costs would fall.',
    );
    expect(x.role('Eero Laine')).toEqual({ title: 'CFO', org: 'Brenmark Networks' });
  });

  it('"Its <title>, <Person>," at a sentence start: the organization the sentence before opened with', () => {
    const x = extract(
      'Brenmark Bank will cut 3,000 jobs. Saltvik Group, which owns 20% of Brenmark Bank, has made no offer. Its chief executive, Ivo Rask, is in no hurry.',
    );
    expect(x.role('Ivo Rask')).toEqual({ title: 'chief executive', org: 'Saltvik Group' });
  });
});

describe('more ways the organization of a post is told', () => {
  it('"… by its own chairman, X": the organization that opened the sentence', () => {
    const x = extract(
      'Brenmark Bank will cut 6,000 jobs. Saltvik Insurance, the bank’s largest shareholder, is represented on its board by its own chairman, Ivo Rask.',
    );
    expect(x.role('Ivo Rask')).toEqual({ title: 'chairman', org: 'Saltvik Insurance' });
  });

  it('"<Org>, whose founder X sits on the board": the title and the organization before "whose"', () => {
    const x = extract(
      'Investors, led by Saltvik Capital Partners, whose founder Ivo Rask sits on the board, want faster changes.',
    );
    expect(x.role('Ivo Rask')).toEqual({ title: 'founder', org: 'Saltvik Capital Partners' });
  });

  it('"X, who has combined the roles of chairman and interim chief executive since May"', () => {
    const x = extract(
      'Brenmark Insurance will cut 8,000 roles. Ivo Rask, who has combined the roles of chairman and interim chief executive since May, said costs would fall.',
    );
    expect(x.role('Ivo Rask')).toEqual({ title: 'chairman and interim chief executive', org: 'Brenmark Insurance' });
  });
});

describe('public offices written in lower case', () => {
  it('"the secretary of economy, X" belongs to no company', () => {
    const x = extract('Grupo Varela will close a plant. The secretary of economy, Tomas Arriaga, asked for dialogue.');
    expect(x.role('Tomas Arriaga')).toBeNull();
    expect(x.entity('Tomas Arriaga')?.title).toBe('secretary of economy');
  });
});

describe('a past post after the current one', () => {
  it('"the new chief executive, Jane Roe … Roe, a former chief executive of Vantor" keeps the current post', () => {
    const x = extract(
      'Saltvik Oil will cut a third of its staff, the new chief executive, Lena Marsh, said on Tuesday. Marsh, a former chief executive of Vantor Energy who took over on July 1, said the group must shrink.',
    );
    expect(x.role('Lena Marsh')).toEqual({ title: 'new chief executive', org: 'Saltvik Oil' });
  });
});

describe('a post given by "was named"', () => {
  it('"Jane Roe was named chief financial officer" holds that post at the company of the story', () => {
    const x = extract(
      'Saltvik Oil will cut 600 jobs, the company said on Monday.\n\nMeanwhile Tomas Ek was named chief financial officer.',
    );
    expect(x.role('Tomas Ek')).toEqual({ title: 'chief financial officer', org: 'Saltvik Oil' });
  });
});

describe("a person's company named with the person's possessive", () => {
  it('"Nils Berg\'s Harbour Fund Management" holds a role there', () => {
    const x = extract(
      "Kestrel Media will cut 700 jobs. Nils Berg's Harbour Fund Management had launched a proxy fight, arguing that Kestrel Media had overspent.",
    );
    expect(x.role('Nils Berg')?.org).toBe('Harbour Fund Management');
  });
});

describe('a person whose sentence opens with a unit of the company', () => {
  it('"Nordcast Cable will not cut jobs, according to co-chief executive Pia Lund": the unit\'s executive', () => {
    const x = extract(
      'Kestrel Media will cut 700 jobs at its broadcasting arm, the group said on Monday. Its cable division Nordcast Cable was spared. Nordcast Cable will not cut jobs, according to co-chief executive Pia Lund.',
    );
    expect(x.role('Pia Lund')?.org).toBe('Nordcast Cable');
  });
});

describe("an executive whose reported words are about another company than the article's", () => {
  it('"Chief executive Jane Roe has argued that Saltvik cannot wait": Saltvik\'s executive', () => {
    const x = extract(
      'Kestrel Motors cuts jobs\n\nKestrel Motors will cut 7,000 jobs, Kestrel Motors said on Monday. Kestrel Motors also makes trucks.\n\nSaltvik Group will cut 5,000 jobs, Saltvik Group said.\n\nChief executive Ola Brun has argued that Saltvik Group cannot wait for demand to recover.',
    );
    expect(x.role('Ola Brun')?.org).toBe('Saltvik Group');
  });
});

describe('"Its founder, X" after a sentence opening with "The company"', () => {
  it("is the article's company, not the last brand listed", () => {
    const x = extract(
      'Kestrel Retail to close 1,000 shops\n\nKestrel Retail will close up to 1,000 shops, Kestrel Retail said on Wednesday.\n\nThe brands\n\nBesides Norvo, which makes two-thirds of sales, the group owns Pelta, Sandru Home and Vollo. The company did not say which brands would shrink. Its founder, Ines Lago, holds most of the shares.',
    );
    expect(x.role('Ines Lago')?.org).toBe('Kestrel Retail');
  });
});

describe('a minister whose portfolio reads like a company name', () => {
  it('"Northvale Resources Minister Ola Brun" holds no post at a company', () => {
    const x = extract(
      'Kestrel Mining will close its copper mine, Kestrel Mining said. Northvale Resources Minister Ola Brun said the state government had been blindsided.',
    );
    expect(x.role('Ola Brun')).toBeNull();
  });
});

describe('a company president with the bare title "President"', () => {
  it('"President X said at a briefing that the group would …" speaks for the company; a head of state does not', () => {
    const x = extract(
      'Kestrel Electric to sell metals unit\n\nKestrel Electric will sell its metals unit, Kestrel Electric said on Monday.\n\nPresident Taro Abe said at a briefing in Osaka that the group would keep only digital businesses.\n\nPresident Ines Lago said the country would welcome investors.',
    );
    expect(x.role('Taro Abe')).toEqual({ title: 'President', org: 'Kestrel Electric' });
    expect(x.role('Ines Lago')).toBeNull();
  });
});

describe('a possessive owns a title only within its clause', () => {
  it('"Kestrel\'s chairman when President Jane Roe took office": the president holds no post at Kestrel', () => {
    const x = extract(
      "Kestrel Energy will close 40 oil fields. Ivo Lenz, who became Kestrel's chairman when President Rosa Quiroga took office, defended the plan.",
    );
    expect(x.role('Rosa Quiroga')).toBeNull();
  });
});

describe('a title ended by a full stop', () => {
  it('ends after a lower-case word even when the next word is lower-case too; "Co." stays inside', () => {
    const x = extract(
      'Kestrel Airlines filed for bankruptcy. “We entered the crisis as a healthy airline,” said Rui Alves, chief executive of the group. reports the daily Tessel Times.',
    );
    expect(x.role('Rui Alves')).toEqual({ title: 'chief executive of the group', org: 'Kestrel Airlines' });
    const y = extract('Jane Roe, chief executive of Kestrel Co. Ltd, said the cuts were deep.');
    expect(y.role('Jane Roe')?.title).toBe('chief executive of Kestrel Co. Ltd');
  });
});
