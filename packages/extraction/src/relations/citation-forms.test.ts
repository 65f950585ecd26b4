import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('citations as news writes them', () => {
  it('counts a union’s statement once: the union, not also a company statement', () => {
    expect(
      cited(
        'Halden Motors will cut 2,000 jobs. The Kora Workers’ Union said in a statement that it would fight the plan.',
      ),
    ).toEqual(['Kora Workers’ Union']);
    // The company's own statement in another sentence is still its statement.
    expect(
      cited(
        'Halden Motors will cut 2,000 jobs, the company said in a statement. The Kora Workers’ Union said in a statement that it would fight.',
      ),
    ).toEqual(['Halden Motors statement', 'Kora Workers’ Union']);
  });

  it('cites an outlet a digest quotes in the present tense, and gives the cuts to the company it reports on', () => {
    const x = extract(
      'Vessla Bank will cut 300 jobs at its trading arm. Kora Wire reports that Orsk Bank has axed 60 staff in its markets unit.',
    );
    expect(x.cited()).toEqual(['Kora Wire']);
    expect(x.events().map((e) => e.org)).toEqual(['Vessla Bank', 'Orsk Bank']);
    // A company that reports its own results is still no outlet.
    expect(cited('Norrvik Steel will cut 400 jobs. Norrvik Steel reports that its profit fell by half.')).toEqual([]);
  });

  it('names "the union" after the whole "National Union of …", or after its initials when they are a name', () => {
    expect(
      cited(
        'The National Union of Metalworkers (NUMW) in Orsk region says it rejects Kora Steel’s plan to retrench 300 workers.\n\n' +
          'The union says the company issued its notice without consulting it.',
      ),
    ).toEqual(['National Union of Metalworkers']);
    expect(
      cited(
        'The National Union of Metalworkers (Numw) today said it was worried by Kora Steel’s decision to retrench 1,500 workers.\n\n' +
          '"This is a bloodbath," Numw spokesperson Lars Ekdal said. The union said it would fight.',
      ),
    ).toEqual(['Numw']);
  });

  it('ends an analyst’s firm at the full stop that closes the paragraph', () => {
    expect(
      cited(
        'Vessla Tel laid off 400 workers yesterday.\n\n"The miss was bigger than expected," said Jan Berg, a research ' +
          'analyst for Orsk Capital Markets.\n\nBerg had predicted higher revenue.',
      ),
    ).toEqual(['Orsk Capital Markets']);
  });

  it('gives a statement to the union that "shared the news in" it, not to the company', () => {
    expect(
      cited(
        'Kora Telecom told staff it intends to cut jobs.\n\nThe KTU union shared the news in a statement on its website ' +
          'and said the company has yet to say how many jobs will go.\n\n"Talks start next week," a KTU spokesperson said.',
      ),
    ).toEqual(['KTU']);
  });

  it('reads "in an emailed statement" as a statement', () => {
    expect(cited('Tovik Pharma will cut 800 jobs. Tovik confirmed the figure in an emailed statement.')).toEqual([
      'Tovik Pharma statement',
    ]);
  });

  it('cites an outlet described as a business daily before its verb, and takes it for no business unit', () => {
    const x = extract(
      'Halden Motors will cut 2,000 jobs. Norland’s Kora Keizai business daily had reported the figure.',
    );
    expect(x.cited()).toEqual(['Kora Keizai']);
    expect(x.names('Division')).toEqual([]);
    // A place before the noun only describes the outlet.
    expect(cited('Halden Motors will cut 2,000 jobs. A Sydney business newspaper reported the figure first.')).toEqual(
      [],
    );
  });

  it('cites an agency that writes its name in lower case, not a description of one', () => {
    expect(
      cited(
        'Halden Motors will cut 2,000 jobs. The plan was set out in a letter to staff seen by the kpa news agency.',
      ),
    ).toEqual(['Halden Motors internal memo', 'kpa']);
    expect(cited('Halden Motors will cut 2,000 jobs, chief executive Jan Roe told the news agency kpa.')).toEqual([
      'kpa',
    ]);
    expect(cited('Halden Motors will cut 2,000 jobs, the state news agency reported.')).toEqual([]);
  });

  it('takes "according to Business Lens" for a publication, not a person', () => {
    const x = extract('Halden Motors ended the year with debt of R20bn, according to Business Lens.');
    expect(x.names('Person')).toEqual([]);
    expect(x.cited()).toEqual(['Business Lens']);
  });

  it('cites an outlet told something in the present tense, not an audience', () => {
    expect(cited('Halden Yards will cut 900 jobs. The minister tells MPs that the yard will survive.')).toEqual([]);
    expect(
      cited('Halden Steel will cut 900 jobs. Chief executive Jan Roe tells Kora Weekly that it must shrink.'),
    ).toEqual(['Kora Weekly']);
  });

  it('reads a video posted to staff as an internal memo and works council members who complain as a source', () => {
    expect(
      cited('Halden Motors will cut 2,000 jobs. Jan Roe said in a video posted to employees that it was hard.'),
    ).toEqual(['Halden Motors internal memo']);
    expect(
      cited(
        'Halden Motors will cut 2,000 jobs. Works council members at the Tovik site complained that nobody explained it.',
      ),
    ).toEqual(['Works council members']);
  });

  it('reads a material fact published to the market as an exchange disclosure, not the phrase in passing', () => {
    expect(
      cited('Halden Oil will sell its refinery. The company disclosed the sale in a material fact to the market.'),
    ).toEqual(['Halden Oil material fact']);
    expect(cited('Halden Oil will sell its refinery. Its debt was a material fact for buyers.')).toEqual([]);
  });

  it('cites unions that speak in a sentence where another body was cited, not the same union twice', () => {
    expect(
      cited(
        "Tovik Bank will cut 6,000 jobs. The Kora Bank Employees' Association said the plan was shocking, while unions in Sweden and Denmark said they had no figures.",
      ),
    ).toEqual(["Kora Bank Employees' Association", 'unions']);
    expect(
      cited(
        "Tovik Bank will cut 6,000 jobs. The Kora Bank Employees' Union said it was shocked, and the union warned of strikes.",
      ),
    ).toEqual(["Kora Bank Employees' Union"]);
  });

  it('reads a call with analysts as the company’s call and a press note as its statement', () => {
    expect(cited('Kestrel Steel will cut 900 jobs, its finance chief said on a call with analysts.')).toEqual([
      'Kestrel Steel call with analysts',
    ]);
    expect(cited('Kestrel Steel will cut 900 jobs, the group said in a press note.')).toEqual([
      'Kestrel Steel statement',
    ]);
  });

  it('cites an outlet the company confirmed something to or e-mailed', () => {
    expect(cited('Kestrel Steel will cut 900 jobs, the company confirmed to Halden Times.')).toEqual(['Halden Times']);
    expect(cited('Kestrel Steel will cut 900 jobs, a spokesperson said in an email to Halden Times.')).toEqual([
      'Halden Times',
      'Kestrel Steel spokesperson',
    ]);
    expect(cited('Kestrel Steel is said to be planning cuts.')).toEqual([]);
  });

  it('cites a regulator or ministry named in lower case when it speaks, not when it acts', () => {
    expect(cited('Kestrel Steel will cut 900 jobs. The energy regulator said it would monitor the process.')).toEqual([
      'energy regulator',
    ]);
    expect(cited('Kestrel Steel will cut 900 jobs. The labour ministry said it would monitor the process.')).toEqual([
      'labour ministry',
    ]);
    expect(cited('Kestrel Steel will cut 900 jobs, and the regulator has approved the plan.')).toEqual([]);
  });

  it('takes "the statement" after a trading update for that disclosure, not a second source', () => {
    expect(
      cited(
        'Kestrel Aero will cut 900 jobs, it said in a trading update to the Halden Stock Exchange. Chief executive Jan Roe said in the statement that it was hard.',
      ),
    ).toEqual(['Kestrel Aero trading statement']);
  });

  it('cites the union of an official whose apposition holds a bracketed acronym, once', () => {
    expect(
      cited(
        'Halden Post will retrench 6,000 staff. Jan Roe, general secretary of the Kora Federation of Trade Unions (Kofu), warned that the cuts would push workers into poverty.',
      ),
    ).toEqual(['Kora Federation of Trade Unions']);
  });

  it('names an outlet without the words that say where it is based', () => {
    expect(
      cited('Kestrel Steel will cut 900 jobs, chief executive Jan Roe told the Mumbai-based Halden Times.'),
    ).toEqual(['Halden Times']);
    expect(cited('Kestrel Steel will cut 900 jobs, the Hamburg-based weekly Tovik Spiegel reported.')).toEqual([
      'Tovik Spiegel',
    ]);
  });

  it('cites the firm of an analyst named in its possessive, not the company in the news', () => {
    expect(
      cited(
        "Kestrel Steel will cut 900 jobs. Tovik Securities' Jan Roe said the cuts were overdue. Kestrel Steel's Ann Berg said they were needed.",
      ),
    ).toEqual(['Tovik Securities']);
  });

  it('cites a newspaper told something after a country in the possessive, not a company told something', () => {
    expect(cited("Kestrel Steel will cut 900 jobs, chief executive Jan Roe told Germany's Halden Zeitung.")).toEqual([
      'Halden Zeitung',
    ]);
    expect(
      cited("Kestrel Steel will cut 900 jobs, chief executive Jan Roe told Germany's Tovik Motors it would buy parts."),
    ).toEqual([]);
  });

  it('reads Portuguese titles: the article "O" opens one, an initial inside one ends no sentence', () => {
    expect(
      cited(
        'Kestrel Motors will close three plants. The union president told the newspaper O Correio de S. Tovik that workers were betrayed. Kestrel told O Farol the decision was final.',
      ).sort(),
    ).toEqual(['O Correio de S. Tovik', 'O Farol']);
  });

  it('reads an internal document as a memo and a single source at the company as anonymous', () => {
    expect(cited('Kestrel Steel will cut 900 jobs, according to an internal document.')).toEqual([
      'Kestrel Steel internal memo',
    ]);
    expect(cited('Kestrel Steel will cut 900 jobs, according to a source at the company.')).toEqual([
      'Kestrel Steel anonymous sources',
    ]);
    expect(cited('Kestrel Steel will cut 900 jobs, according to a source code review.')).toEqual([]);
  });
});
