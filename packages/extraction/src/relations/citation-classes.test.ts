import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('meetings where executives speak', () => {
  it('cites a results presentation, a town hall meeting and a briefing', () => {
    expect(
      cited('Orvane Foods will close 30 stores, chief executive Lea Marn told investors at a results presentation.'),
    ).toEqual(['Orvane Foods results presentation']);
    expect(
      cited('Orvane Foods will close 30 stores. Lea Marn told staff at a town hall meeting that the choice was final.'),
    ).toEqual(['Orvane Foods town hall meeting']);
    expect(cited('Orvane Foods will close 30 stores, the company told analysts in a briefing.')).toEqual([
      'Orvane Foods briefing',
    ]);
  });

  it('takes no town hall or staff for a meeting where nothing is said', () => {
    expect(cited('Orvane Foods will close 30 stores. Workers protested outside the town hall on Friday.')).toEqual([]);
    expect(cited('Orvane Foods will close 30 stores and sent the details to the staff on Tuesday.')).toEqual([]);
  });
});

describe('outlets told things in translated or trade-press wording', () => {
  it('cites an outlet given declarations, one that consulted a source and a trade title', () => {
    expect(
      cited('Orvane Foods will close 30 stores, its chief executive said in declarations to Prensa Kora.'),
    ).toEqual(['Prensa Kora']);
    expect(
      cited('Orvane Foods will close 30 stores. Sources of the company consulted by Vesperal said costs would fall.'),
    ).toContain('Vesperal');
    expect(cited('Orvane Media will cut 400 jobs, the broadcaster confirmed to trade title kora-media.de.')).toEqual([
      'kora-media.de',
    ]);
  });
});

describe('outlets after a place in the possessive', () => {
  it('cites an outlet that a place introduces when it reports, is told or reports first', () => {
    expect(cited('Orvane Foods will close 30 stores. Germany’s Kora Blatt reported the plan on Monday.')).toEqual([
      'Kora Blatt',
    ]);
    expect(cited('Orvane Foods will close 30 stores, a plan reported earlier by Sweden’s Vessla Ekonomi.')).toEqual([
      'Vessla Ekonomi',
    ]);
  });

  it('cites an outlet that also reports, and takes no company’s results for a report', () => {
    expect(
      cited(
        'Orvane Foods will close 30 stores. Kora Blatt said the chairman would go. Kora Blatt also reported that the board agreed.',
      ),
    ).toEqual(['Kora Blatt']);
    expect(
      cited('Orvane Foods will close 30 stores. Germany’s Brenvik Retail reported higher sales on Monday.'),
    ).toEqual([]);
  });
});

describe('people titled in the possessive of a body', () => {
  it('cites the union or firm whose official speaks, not the company the article is about', () => {
    expect(
      cited(
        'Orvane Mining will close the mine.\n\nThe Kora Miners and Smelters Union’s district president Jan Roe said members learnt of it from the media.',
      ),
    ).toEqual(['Kora Miners and Smelters Union']);
    expect(
      cited(
        'Orvane Mining will close the mine. Kvist Securities’ chief economist Jane Roe said the mine was exhausted.',
      ),
    ).toEqual(['Kvist Securities']);
    expect(
      cited('Orvane Mining will close the mine. Orvane’s chief executive Per Lind said it was exhausted.'),
    ).toEqual([]);
  });
});

describe('rating agencies and research notes', () => {
  it('cites a firm that said something in a note or report, and a ratings firm that speaks', () => {
    expect(cited('Orvane Mining will close the mine. Kora Partners said in a report that the plan was risky.')).toEqual(
      ['Kora Partners'],
    );
    expect(cited('Orvane Mining will close the mine. Vessla Ratings said it might cut the rating.')).toEqual([
      'Vessla Ratings',
    ]);
  });
});

describe('unnamed sources and company disclosures', () => {
  it('reads insiders and bankers in the know as anonymous sources', () => {
    expect(cited('Orvane Foods will close 30 stores. The unit will be sold, an insider said.')).toEqual([
      'Orvane Foods anonymous sources',
    ]);
    expect(
      cited('Orvane Foods will close 30 stores. Bankers involved in the deal said the unit was for sale.'),
    ).toEqual(['Orvane Foods anonymous sources']);
  });

  it('reads a release as a statement and a letter or note to an exchange as a filing', () => {
    expect(cited('Orvane Foods will close 30 stores, the company said in a release.')).toEqual([
      'Orvane Foods statement',
    ]);
    expect(
      cited(
        'Orvane Foods will close 30 stores. In a letter to the Kora Stock Exchange, the retailer said the closures would cost R200 million.',
      ),
    ).toEqual(['Orvane Foods filings']);
  });
});

describe('interviews on a broadcaster', () => {
  it('cites the broadcaster an interview was on, not a day', () => {
    expect(
      cited('Orvane Foods will close 30 stores, chief executive Lea Marn said in an interview on Kora Television.'),
    ).toEqual(['Kora Television']);
    expect(cited('Orvane Foods will close 30 stores, Lea Marn said in an interview on Monday.')).toEqual([]);
  });
});

describe('analysts placed at their firm', () => {
  it('cites the firm of an analyst named before "of" or who covers a sector there', () => {
    expect(
      cited('Orvane Foods will close 30 stores. Analyst Mette Dahl of Brenvik Markets said the savings were credible.'),
    ).toEqual(['Brenvik Markets']);
    expect(
      cited(
        'Orvane Foods will close 30 stores. Ole Hagen, who covers retailers at Sorvik Capital, said it was overdue.',
      ),
    ).toEqual(['Sorvik Capital']);
    expect(
      cited('Orvane Foods will close 30 stores. Chief executive Lea Marn of Orvane said the plan was overdue.'),
    ).toEqual([]);
  });
});

describe('unions named by acronyms', () => {
  it('cites both unions of "the unions KWF and NKM said"', () => {
    expect(cited('Orvane Foods will close 30 stores. The unions KWF and NKM said they would sign the deal.')).toEqual([
      'KWF',
      'NKM',
    ]);
  });

  it('names "the KWF trade union" by its acronym', () => {
    expect(cited('Orvane Foods will close 30 stores. The KWF trade union called the plan reckless.')).toEqual(['KWF']);
  });

  it('cites no two companies that merely speak together', () => {
    expect(
      cited('Orvane Foods will close 30 stores. Brenco and Kestrel Retail said they would also cut jobs.'),
    ).toEqual([]);
  });
});

describe('outlets no list knows, after a place in the possessive', () => {
  it('takes a name that reports the plan for an outlet, not a company reporting its sales', () => {
    const x = extract('Orvane Foods will close 30 stores. Sweden’s Vessla Industri reported the plan on Monday.');
    expect(x.cited()).toEqual(['Vessla Industri']);
    expect(x.names('Person')).toEqual([]);
    expect(cited('Orvane Foods will close 30 stores. Japan’s Brenvik Motors reported strong sales.')).toEqual([]);
  });
});

describe('notices, circulars and the market regulator', () => {
  it('reads a notice to staff as an internal memo and a circular to shareholders as a filing', () => {
    expect(cited('Orvane Foods will close 30 stores, the company said in a notice to staff.')).toEqual([
      'Orvane Foods internal memo',
    ]);
    expect(
      cited(
        'Orvane Foods will close 30 stores. The founders will buy shares, according to the circular sent to shareholders.',
      ),
    ).toEqual(['Orvane Foods filings']);
    expect(
      cited('Orvane Foods will close 30 stores, the company told the stock market regulator KMV on Tuesday.'),
    ).toEqual(['Orvane Foods filings']);
  });

  it('reads a commentator asking not to be named as an anonymous source', () => {
    expect(
      cited('Orvane Foods will close 30 stores. "It is overdue," said one fund manager, asking not to be named.'),
    ).toEqual(['Orvane Foods anonymous sources']);
  });
});

describe('internal estimates and reports', () => {
  it('reads an internal estimate or report as the company’s internal memo', () => {
    expect(
      cited('Orvane Foods will close 30 stores, according to an internal estimate reviewed by this newspaper.'),
    ).toEqual(['Orvane Foods internal memo']);
  });
});

describe('statements in translated wording', () => {
  it('reads "informed in a statement" and "an official note" as the company’s statement', () => {
    expect(cited('Orvane Foods informed in a statement that it would close 30 stores.')).toEqual([
      'Orvane Foods statement',
    ]);
    expect(cited('Orvane Foods will close 30 stores, the company said in an official note.')).toEqual([
      'Orvane Foods statement',
    ]);
  });
});

describe('newspapers whose names open with their own noun', () => {
  it('cites "Folha de …" and "Corriere della …" titles and one described in apposition', () => {
    expect(
      cited('Orvane Foods will close 30 stores. As reported by Folha de Vessla, the closures start in May.'),
    ).toEqual(['Folha de Vessla']);
    expect(cited('Orvane Foods will close 30 stores. Corriere della Vessla reported the plan on Monday.')).toEqual([
      'Corriere della Vessla',
    ]);
    expect(
      cited(
        'Orvane Foods will close 30 stores. Vessla Finans, a business daily, reported that the closures start in May.',
      ),
    ).toEqual(['Vessla Finans']);
  });
});

describe('works councils and unions named by their leader', () => {
  it('cites the council whose chief speaks, and names "the company’s works council" plainly', () => {
    expect(
      cited('Orvane Foods will close 30 stores. Works council chief Lena Berg said the plan was unacceptable.'),
    ).toEqual(['Works council']);
    expect(
      cited('Orvane Foods will close 30 stores. The company’s works council said it would fight the cuts.'),
    ).toEqual(['works council']);
  });
});

describe('data a firm publishes', () => {
  it('cites the firm whose data or figures show something', () => {
    expect(cited('Orvane Foods will close 30 stores. Vessla Capital data showed its shares fell 12%.')).toEqual([
      'Vessla Capital',
    ]);
  });
});

describe('companies that report their own results', () => {
  it('takes no company that reports results for an outlet', () => {
    expect(
      cited(
        'Tarsen Electric will cut 2,000 jobs. Japan’s Brenvik Motors reported on Monday that profit fell 30%, and rival Oskar Holdings reported that sales dropped.',
      ),
    ).toEqual([]);
    expect(
      cited('Tarsen Electric will cut 2,000 jobs. Rival Brenvik reported on Monday that its profit fell.'),
    ).toEqual([]);
  });

  it('still cites a name that reports news, or one the text shows to be an outlet', () => {
    expect(
      cited('Tarsen Electric will cut 2,000 jobs. Kovaldi had reported on Monday that the cuts could reach 3,000.'),
    ).toEqual(['Kovaldi']);
    expect(
      cited(
        'Tarsen Electric will cut 2,000 jobs, business daily Vessla Media reported. Vessla Media reported on Monday that talks had failed.',
      ),
    ).toEqual(['Vessla Media']);
  });
});

describe('union delegates who declare or put a figure on the cuts', () => {
  it('cites the union of a delegate who declared something or put the number at a figure', () => {
    expect(
      cited(
        'Orvane Tyres will close its Kestrel plant. "It is a scandal," declared Marc Dubel, delegate of the KFT at the Kestrel factory.',
      ),
    ).toEqual(['KFT']);
    expect(
      cited(
        'Orvane Tyres will cut 700 posts. Marc Dubel, a KFT representative at the plant, had put the number of cuts at 712.',
      ),
    ).toEqual(['KFT']);
  });

  it('takes no company that puts a plant up for sale for a source', () => {
    expect(cited('Orvane Tyres will cut 700 posts. Rival Kestrel Rubber put its plant up for sale.')).toEqual([]);
  });
});

describe('the union a later sentence refers to', () => {
  it('takes "the union" for the union named paragraphs before', () => {
    expect(
      cited(
        'Orvane Steel will cut 900 jobs.\n\nIG Kora Metall called the plan a black day. Jan Vessel, the head of the works at Kestrel, was not consulted.\n\nThe group has cut 2,000 jobs since 2019, according to the union.',
      ),
    ).toEqual(['IG Kora Metall']);
  });

  it('takes "the union" for an acronym the text called a union when it spoke', () => {
    expect(
      cited(
        'Orvane Bank will cut 900 jobs. Bank workers’ union KBPV said it was disappointed. "The number is high," the union said.',
      ),
    ).toEqual(['KBPV']);
  });

  it('keeps one source for a union cited by its name and again through its spokesperson', () => {
    expect(
      cited(
        'Orvane Wind will cut 900 jobs. The union IG Kora Metall said it will fight. "Staff did not cause this," a spokesperson of the union said.',
      ),
    ).toEqual(['IG Kora Metall']);
  });
});

describe('union words that describe a named body', () => {
  it('takes no "trade unions" of a federation’s apposition for a second source', () => {
    expect(
      cited(
        'Orvane Steel will cut 800 jobs. KVN, the largest federation of trade unions in the country, said the plan came out of the blue.',
      ),
    ).toEqual(['KVN']);
  });

  it('keeps one source for a union whose president speaks after it was named with its place', () => {
    expect(
      cited(
        'Orvane Aero fired 900 workers. The Metalworkers Union of Halden said it will go to court. Union president Jan Vessel said it was unacceptable.',
      ),
    ).toEqual(['Metalworkers Union of Halden']);
  });
});

describe('analysts of a firm described by where it is based', () => {
  it('cites the firm of an analyst "of Nairobi-based X"', () => {
    expect(
      cited(
        'Orvane Airways will cut 600 jobs. Aviation analyst Jan Vessel of Lagos-based Kestrel Aviation said the carrier had few options.',
      ),
    ).toEqual(['Kestrel Aviation']);
  });
});

describe('outlets that quote someone', () => {
  it('cites a one-word name that quoted an executive as saying something', () => {
    expect(
      cited('Orvane Networks will cut 9,000 jobs. Kovaldi quoted finance chief Jan Vessel as saying costs would fall.'),
    ).toEqual(['Kovaldi']);
  });
});

describe('sites that track job cuts', () => {
  it('cites a tracking site named by its web address', () => {
    expect(
      cited(
        'Orvane Systems will cut 7% of its staff. Tech firms have cut 130,000 jobs this year, according to the tracking site cutcount.io.',
      ),
    ).toEqual(['cutcount.io']);
  });
});

describe('filings described by a date', () => {
  it('cites a filing whose apposition holds a date with a comma', () => {
    expect(
      cited(
        'Orvane Systems is cutting 7% of its staff. The filing, dated August 14, 2024, did not say how many people would go.',
      ),
    ).toEqual(['Orvane Systems filings']);
  });
});

describe('societies that speak for a profession', () => {
  it('cites a society named before what it is for, its apposition holding a figure', () => {
    expect(
      cited(
        'Orvane Air halted all flights. The Society for Welfare of Kestrel Pilots (SWKP), which represents about 1,100 of the carrier’s pilots, said it would appeal.',
      ),
    ).toEqual(['Society for Welfare of Kestrel Pilots']);
  });

  it('takes no building society, a lender, for a speaking body', () => {
    expect(cited('Orvane Bank will cut 300 jobs. Kestrel Building Society said its lending grew.')).toEqual([]);
  });
});

describe('a note the company issues', () => {
  it('cites "In a note, the company said" as the company’s statement, not an analyst’s note', () => {
    expect(
      cited(
        'Orvane Aero fired 900 workers. In a note, the company said the measure was needed to guarantee its future.',
      ),
    ).toEqual(['Orvane Aero statement']);
    expect(
      cited('Orvane Aero fired 900 workers. In a note, analysts at Kestrel Securities said the cuts were overdue.'),
    ).toEqual(['Kestrel Securities']);
  });
});

describe('a body’s own spokesperson and memorandum', () => {
  it('takes "Its spokesperson" after a union spoke for the union', () => {
    expect(
      cited(
        'Orvane Platinum will close two shafts. The National Union of Kora Miners said it would oppose any cuts. Its spokesperson, Jan Vessel, said workers would not pay for low prices.',
      ),
    ).toEqual(['National Union of Kora Miners']);
  });

  it('takes no memorandum handed to a minister for an internal memo', () => {
    expect(
      cited(
        'Orvane Post will cut 6,000 jobs. Union leaders said they would hand a memorandum to the minister this week.',
      ),
    ).not.toContain('Orvane Post internal memo');
  });
});

describe('names of unnamed union voices', () => {
  it('takes no relative pronoun into the name of employee representatives', () => {
    expect(
      cited(
        'Orvane TV will cut 600 jobs, its management told staff, in what employee representatives called the deepest cut yet.',
      ),
    ).toContain('employee representatives');
  });
});
