import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('CITES', () => {
  it('cites outlets, websites and analyst firms by how they are cited', () => {
    const x = extract(
      'Norrvik Motors will cut jobs, Korawire reported on Monday. Carmakers lost 40,000 jobs, according to jobcuts.info. Tovik Research and Brightline Securities analysts agreed.',
    );
    expect(x.cited().sort()).toEqual(['Brightline Securities', 'Korawire', 'Tovik Research', 'jobcuts.info']);
    expect(x.entity('jobcuts.info')!.kind).toBe('news-outlet');
  });

  it('skips an outlet’s own desk in a dateline and the article’s own publisher', () => {
    expect(extract('SEATTLE (Kora Newswire) - Amazon cut jobs.').cited()).toEqual([]);
    const doc = extract('---\npublisher: Kora Daily News\n---\nVessla will cut jobs. (c) Kora Daily News.').cited();
    expect(doc).toEqual([]);
  });

  it('a dateline and its dash are not part of a union named before the verb', () => {
    const x = extract('DURBAN - Unions have accused Kestrel Telecom of hiding how many staff it will retrench.');
    expect(x.cited()).toEqual(['Unions']);
  });

  it('names generic sources after the company and merges repeats', () => {
    const x = extract(
      'Amazon told staff in an internal memo that cuts were coming, according to people familiar with the matter. The memo said more. Sources say 10,000 roles.',
    );
    expect(x.cited().sort()).toEqual(['Amazon anonymous sources', 'Amazon internal memo']);
    expect(x.entity('Amazon internal memo')!.aliases).toContain('internal memo');
    expect(x.entity('Amazon anonymous sources')!.kind).toBe('anonymous');
  });

  it('recognises filings, WARN notices and statements', () => {
    const x = extract(
      'Intel laid off 200 workers, according to WARN notices. In a regulatory filing, Intel said more. Intel said in a statement it was sorry.',
    );
    expect(x.cited().sort()).toEqual(['Intel WARN notice', 'Intel filings', 'Intel statement']);
  });

  it('cites a wire named more often than the company, but only as whom the report comes from', () => {
    const x = extract(
      'Halvorsen Bank is preparing to cut 4,000 jobs, according to Korpress. Korpress says that the lender presented the plan to its board at the weekend. Most of the cuts will fall on back-office work, says Korpress.',
    );
    expect(x.cited()).toEqual(['Korpress']);
    expect(x.events().map((e) => e.org)).toEqual(['Halvorsen Bank']);
  });

  it('cites the people who speak for the staff: union officials, staff representatives, shop stewards', () => {
    const cited = (text: string) => extract(text).cited();
    expect(cited('Norrvik Motors will close its Halden plant. Union officials condemned the decision.')).toEqual([
      'Union officials',
    ]);
    expect(
      cited('Tovik Bank will shut 80 branches. Staff representatives in Norway and Sweden said they wanted details.'),
    ).toEqual(['Staff representatives']);
    expect(cited('Kora Post will retrench 900 workers. Shop stewards told members to prepare for a strike.')).toEqual([
      'Shop stewards',
    ]);
    // Representatives who are only talked about are no source.
    expect(cited('Norrvik Motors will cut 500 jobs and meet employee representatives next week.')).toEqual([]);
  });

  it('cites unions and federations no other step named, by the form of their names and how news introduces them', () => {
    const cited = (text: string) => extract(text).cited();
    // A name built on a body's word, in any language, with a place or an apposition before its verb.
    expect(
      cited('Norrvik Motors will cut 2,000 jobs. The Norwegian Engineers’ Association (NEA) said it was shocked.'),
    ).toEqual(['Norwegian Engineers’ Association']);
    expect(
      cited(
        'Norrvik Motors will cut 2,000 jobs. The Sindicato dos Metalúrgicos de Halden, the local metalworkers’ union, estimated that 2,500 jobs would go.',
      ),
    ).toEqual(['Sindicato dos Metalúrgicos de Halden']);
    expect(
      cited(
        'Kora Post will cut 900 jobs. The Postal Workers Union, the largest union at the company, has opposed the plan.',
      ),
    ).toEqual(['Postal Workers Union']);
    // Initials in a passage about unions; a name described as a union; a union official's title.
    expect(
      cited(
        'Norrvik Motors will cut 2,000 jobs. Unions were unimpressed. The KWF called it reckless, while the NTA said it would fight.',
      ),
    ).toEqual(['KWF', 'NTA']);
    expect(
      cited(
        'Vella Air will cut 900 jobs. Kestrel, which represents cabin crew, put the number of jobs at risk at 1,100.',
      ),
    ).toEqual(['Kestrel']);
    expect(
      cited(
        'Norrvik Motors will cut 250 jobs. Kestrel general secretary Ola Berg said: “This is a blow to the workforce.”',
      ),
    ).toEqual(['Kestrel']);
    // The company the article reports on, and a union's own official described by the union, are no new body.
    expect(cited('Norrvik Motors will cut 250 jobs. Unions were angry. NM said it had no choice.')).toEqual([]);
    expect(
      cited('Vella Air will cut 900 jobs. Ola Berg, the union’s president, called on members to strike.'),
    ).not.toContain('Ola Berg');
  });

  it('cites the firm of a person quoted with it: "Jane Roe of X said", "Jane Roe, Senior VP (Research) at X, said"', () => {
    expect(
      extract('Norrvik Motors will cut 2,000 jobs. Anna Lund of Vennberg Capital said the cuts were overdue.').cited(),
    ).toEqual(['Vennberg Capital']);
    expect(
      extract(
        'Norrvik Motors will cut 2,000 jobs. Per Dahl, Senior VP (Research) at Vennberg Holdings, said the cuts were expected.',
      ).cited(),
    ).toEqual(['Vennberg Holdings']);
  });

  it('a union’s spokesperson cites the union; "X has learned" is an outlet’s word', () => {
    expect(
      extract(
        'Norrtel will cut up to 4,000 jobs. Talks start this month, with a KTF union spokesperson saying the cuts were bad news.',
      ).cited(),
    ).toEqual(['KTF']);
    expect(
      extract('Norrvik Motors will cut 5,000 jobs, Kestrel Media has learned, as demand for its cars falls.').cited(),
    ).toEqual(['Kestrel Media']);
  });

  it('cites outlets named in quotation marks: told “X”, the “X” had reported', () => {
    const x = extract(
      'Norrvik Motors will cut 5,000 jobs, a spokesman said, adding that the “Kora Abendblatt” had previously reported the plan. “We are shocked,” the works council chairman told “Vakka am Sonntag”.',
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['Kora Abendblatt', 'Vakka am Sonntag']));
    // A quotation after "told" is words, not an outlet.
    expect(extract('Norrvik Motors will cut 5,000 jobs. He told “Everyone” to stay calm.').cited()).not.toContain(
      'Everyone',
    );
  });

  it('reads unions as news quotes them: initials in brackets, present-tense and progressive verbs, "the union" later', () => {
    const x = extract(
      'Norrtel will shed 300 engineers, and the Kora Telecom Workers Union (KTWU) says the cuts are voluntary. The union alleges that overtime is rising. According to the KTWU, trainees are being hired.',
    );
    expect(x.cited()).toEqual(['Kora Telecom Workers Union']);
    expect(x.entity('Kora Telecom Workers Union')!.aliases).toContain('KTWU');
    expect(
      extract(
        "Anyone made redundant by telecoms firm Norrtel must get the early-retirement terms, the General Employees' Union is insisting.",
      ).cited(),
    ).toEqual(["General Employees' Union"]);
    expect(
      extract(
        'Kora Metall has opposed the closure of the Lund plant, and the union has demanded guarantees for every site.',
      ).cited(),
    ).toEqual(['Kora Metall']);
  });

  it('the works council of the company the article is about speaks for the staff and is cited', () => {
    const x = extract(
      "Kestrel Auto will close three plants. Ana Roe, head of Kestrel Auto's general works council, said the plan was a betrayal.",
    );
    expect(x.cited()).toEqual(['general works council']);
    const y = extract(
      "Kestrel Auto will close three plants. Ana Roe, head of Kestrel Auto's works council, said the plan was a betrayal. According to a spokesman for the council, ten factories will close.",
    );
    expect(y.cited()).toEqual(['works council']);
  });

  it('a spokesman for an association cites the association, not the company the article is about', () => {
    const x = extract(
      'Kestrel Air will furlough 9,000 staff. "We saw this coming," said Ola Berg, a spokesman for the Kestrel Pilots Association.',
    );
    expect(x.cited()).toEqual(['Kestrel Pilots Association']);
    expect(
      extract(
        "Kestrel Air will furlough 9,000 staff. Ola Berg, spokesman for the Federation of Kora Industries' airline club, said more cuts were likely.",
      ).cited(),
    ).toEqual(['Federation of Kora Industries']);
  });

  it('a body named right before "spokesperson" is cited, not the company the article is about', () => {
    const x = extract(
      'Kestrel Mining will retrench 800 workers. National Union of Kora Miners spokesperson Thandi Roe told Vakka Post that the union had been served notices.',
    );
    expect(x.cited().sort()).toEqual(['National Union of Kora Miners', 'Vakka Post']);
  });

  it('the initials of a cited outlet are that outlet ("the Kora Street Journal … according to KSJ")', () => {
    const x = extract(
      'Tessaro Motor is likely to close three plants, the Kora Street Journal said. Chairman Ola Berg is reviewing the brands, according to KSJ.',
    );
    expect(x.cited()).toEqual(['Kora Street Journal']);
    expect(x.entity('Kora Street Journal')!.aliases).toContain('KSJ');
  });

  it('does not cite a company that declines to comment', () => {
    expect(extract('Amazon declined to comment on the cuts.').cited()).toEqual([]);
    expect(
      extract(
        'Halvorsen Bank will cut 5,000 jobs, Korpress reported. A spokeswoman for the bank declined to comment. A Halvorsen spokesman did not respond to a request for comment.',
      ).cited(),
    ).toEqual(['Korpress']);
  });
  it('reads posts and emails to staff as internal memos, public posts as statements', () => {
    expect(
      extract('Flick Social will cut 10% of staff, founder Jae-Won Park wrote in a post to employees.').cited(),
    ).toEqual(['Flick Social internal memo']);
    expect(
      extract('Kestrel Video cut 150 jobs, according to an internal email seen by Korawire.').cited().sort(),
    ).toEqual(['Kestrel Video internal memo', 'Korawire']);
    expect(extract('Dell will cut 6,000 jobs, the company said in a blog post.').cited()).toEqual(['Dell statement']);
  });

  it('a letter to the company\'s staff by name, and "the letter from executive vice president X", are memos', () => {
    expect(
      extract(
        'Vella Air will cut 900 jobs. In a letter to Vella staff, chief executive Ana Roe wrote that it must.',
      ).cited(),
    ).toEqual(['Vella Air internal memo']);
    expect(
      extract(
        'Vella Air will cut 900 jobs. The letter from executive vice president Ana Roe said the airline must shrink.',
      ).cited(),
    ).toEqual(['Vella Air internal memo']);
    expect(
      extract('Vella Air will cut 900 jobs. A letter from the union said the plan was wrong.').cited(),
    ).not.toContain('Vella Air internal memo');
  });
});

describe('brokerages, rating agencies and newspapers cited through unusual verbs', () => {
  it('appraisal verbs, "which rates", "X\'s analysts" and "X\'s team" cite the firm', () => {
    const x = extract(
      "Kestrel Bank will shed 2,000 roles. Harrowgate reckoned the plan was credible. Vellmont graded the reduction as overdue. Tarrant's banking team pencilled in lower dividends. Ostrava Ratings, which rates Kestrel Bank AA-, took a more benign view. Motley Kane Institutional Equities flagged risks. Lindgren Cheval's analysts were less convinced. On Thursday Brenner Global Ratings weighed in, saying the plan was credit-positive.",
    );
    expect(x.cited().sort()).toEqual(
      [
        'Brenner Global Ratings',
        'Harrowgate',
        'Lindgren Cheval',
        'Motley Kane Institutional Equities',
        'Ostrava Ratings',
        'Tarrant',
        'Vellmont',
      ].sort(),
    );
    expect(x.names('Person')).toEqual([]);
  });

  it('newspapers that point out, count or note, also after "for its part"', () => {
    const x = extract(
      'Kestrel Bank will shed 2,000 roles. The Lagos Morning Post pointed out that the plan came late. Het Norder Dagblad, for its part, counted the branches likely to close. The Kora Gazette noted that the bank had struggled.',
    );
    expect(x.cited().sort()).toEqual(['Het Norder Dagblad', 'Kora Gazette', 'Lagos Morning Post'].sort());
  });
});

describe('more ways analysts and outlets are cited', () => {
  it('"pointed out", "left its rating unchanged", ", in a note, flagged", "took the view", "X\'s media analyst"', () => {
    const x = extract(
      "Vesta Bank will cut 18,000 jobs. Analysts called the plan bold, while Ostrander Research pointed out that the targets looked demanding. Brenner Global Ratings left its rating unchanged. Kellway Street Research, in a note, flagged the cut as modest. Harrowgate Partners took the view that it could prove too small. Tarrow Bank's media analyst said the cuts were late.",
    );
    expect(x.cited().sort()).toEqual(
      [
        'Brenner Global Ratings',
        'Harrowgate Partners',
        'Kellway Street Research',
        'Ostrander Research',
        'Tarrow Bank',
      ].sort(),
    );
  });

  it('", which first reported the plan," names an outlet', () => {
    const x = extract(
      'Vesta Media will cut 600 jobs. WirtschaftsKurier, which first reported the plan, wrote of a large reduction. Inc24, which first reported the latest round, counts more than 11,000 job losses.',
    );
    expect(x.cited().sort()).toEqual(['Inc24', 'WirtschaftsKurier']);
  });
});

describe('a name written with its "\'s" that speaks', () => {
  it.each([
    "Vesta Bank will cut 18,000 jobs. Maudry's warned that executing the plan would be challenging.",
    "Vesta Bank will cut 18,000 jobs. Credit rating agency Maudry's had already put the bank on review for a downgrade.",
    "Vesta Bank will cut 18,000 jobs. Maudry's, which rates Vesta Bank investment grade, cautioned that the plan was risky.",
  ])('%s', (text) => {
    const x = extract(text);
    expect(x.cited()).toEqual(['Maudry']);
  });
});

describe('wires, raters and papers that speak without a reporting verb', () => {
  it('"X noted", "X quoted CFO … as saying", "X said the rating …", "told Kora Blatt" are cited', () => {
    const x = extract(
      'Tarvik will cut 300 jobs, the company said. Norwire noted that the shares fell. ' +
        'Norwire quoted CFO Marta Lins as saying costs would fall. Kellner Ratings said the rating was unchanged. ' +
        "Tarvik's chief told Halden Blatt that the cuts were needed.",
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['Norwire', 'Kellner Ratings', 'Halden Blatt']));
    expect(x.names('Person')).not.toContain('Halden Blatt');
    expect(x.role('Marta Lins')).toEqual({ title: 'CFO', org: 'Tarvik' });
  });
});
