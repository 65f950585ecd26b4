import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('outlets and posts as regional and wire copy writes them', () => {
  it('cites "the X business daily, citing sources …, said": the outlet’s sources may stand before its verb', () => {
    expect(
      cited(
        'Orsk Bank has agreed to cut more than 5,000 jobs, according to a Norland newspaper.\n\n' +
          'The Blattberg business daily, citing sources close to the talks, said the jobs would go over three years.',
      ),
    ).toContain('Blattberg');
    // A company's own results after such an aside are still no outlet's report.
    expect(
      cited('Orsk Bank will cut 400 jobs. The Blattberg daily, citing its own figures, reported a loss.'),
    ).not.toContain('Blattberg');
  });

  it('cites "according to X (ACR)": initials in brackets after the name still end the phrase', () => {
    expect(cited('Orsk Bank will cut 5,000 jobs, according to the Varna News Network (VNN).')).toEqual([
      'Varna News Network',
    ]);
    expect(cited('Orsk Bank will cut 5,000 jobs, according to the Varna News Network.')).toEqual([
      'Varna News Network',
    ]);
  });

  it('gives "took over as Acme chairman" its title and the organization named before it', () => {
    const x = extract(
      'Hallberg Group said on Monday it would split into two companies.\n\n' +
        'Mark Stone, who took over as Hallberg Group chairman in 2019, said the split would create value.',
    );
    expect(x.role('Mark Stone')).toEqual({ title: 'chairman', org: 'Hallberg Group' });
  });

  it('reads "co-ordinator" as a title', () => {
    const x = extract(
      'Vestra Mining plans to retrench 800 workers. Tom Birch, regional co-ordinator at Vestra Mining, said the cuts were unnecessary.',
    );
    expect(x.role('Tom Birch')).toEqual({ title: 'regional co-ordinator at Vestra Mining', org: 'Vestra Mining' });
  });

  it('takes "Brazil’s Kasper state" for a part of the country, not a company (nor a statement’s author)', () => {
    const x = extract(
      'Vestra Trucks said it would lay off 3,600 workers at its plant in Brazil’s Kasper state, the company said in a statement.',
    );
    expect(x.names('Company')).toEqual(['Vestra Trucks']);
    expect(x.cited()).toEqual(['Vestra Trucks statement']);
  });

  it('keeps a post’s country or region after the title ("CEO Australia Jane Roe") in the title, not the name', () => {
    const x = extract(
      'Vestra Bank said on Monday it will cut about 1,000 jobs. "This is the right thing to do," said Vestra Bank CEO Australia Jane Roe.',
    );
    expect(x.names('Person')).toEqual(['Jane Roe']);
    expect(x.role('Jane Roe')).toEqual({ title: 'CEO Australia', org: 'Vestra Bank' });
    // A place that opens a name with no title before it stays where it is.
    expect(
      extract('Vestra Bank will cut 1,000 jobs. Georgia Anne Lind said the cuts were painful.').names('Person'),
    ).toEqual(['Georgia Anne Lind']);
  });

  it('cites "a X report said" and "according to a X report": whose report it is', () => {
    expect(cited('Telkor will close two call centres, a Halden Courier report said on Monday.')).toEqual([
      'Halden Courier',
    ]);
    expect(cited('Telkor is slashing 400 jobs from its management layer, a Reuters report said.')).toEqual(['Reuters']);
    expect(cited('Telkor will close two call centres, according to a Reuters report.')).toEqual(['Reuters']);
    // A place or nationality before "report" describes it: "a German report said" cites no one.
    expect(cited('Telkor will close two call centres, a German report said.')).toEqual([]);
  });

  it('cites an outlet whose verb follows an aside about where it reported ("X, in a front-page story, quoted …")', () => {
    expect(
      cited(
        'Vessla Air said it would shed jobs. The Halden Times, in a front-page story on Tuesday, quoted unnamed sources as saying 2,500 jobs could go.',
      ),
    ).toContain('Halden Times');
  });

  it('reads "X union representative Jane Roe" as a union post of X, and keeps "… Union official" apart', () => {
    const x = extract(
      'Orsk Bank plans to cut 9,600 jobs. Metall union representative Stefan Lind said the cuts were too deep. ' +
        'Kestrel Workers Union official Anna Berg said the union would fight.',
    );
    expect(x.role('Stefan Lind')).toEqual({ title: 'union representative', org: 'Metall' });
    expect(x.role('Anna Berg')).toEqual({ title: 'official', org: 'Kestrel Workers Union' });
    // "the union president, Jane Roe": the union named last, never the company the article is about.
    const y = extract(
      'Vestra Trucks will cut 3,600 jobs. The Kestrel Metalworkers Union said it would strike. "We will fight," said the union president, Jane Roe.',
    );
    expect(y.role('Jane Roe')).toEqual({ title: 'union president', org: 'Kestrel Metalworkers Union' });
  });

  it('takes a headline’s "says X" for the outlet whose full name X opens later, not for a person', () => {
    const x = extract(
      'Vessla to cut 20,000 jobs, says Halden Keizai\n\nVessla Corp plans to cut as many as 20,000 jobs by March, the Halden Keizai Shimbun said.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.cited()).toEqual(['Halden Keizai Shimbun']);
  });

  it('reads "the company’s Human Resource Director, Jane Roe" as a post at the company', () => {
    const x = extract(
      'Vessla Breweries will close two plants. The letter through Jane Roe, the company’s Human Resource Director, informed the unions.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'Human Resource Director', org: 'Vessla Breweries' });
  });

  it('keeps a plural possessive inside a workers’ body’s name after a country’s possessive, and cites the body', () => {
    const x = extract(
      'Vessla Oil has launched a voluntary layoff plan. Brazil’s National Dockworkers’ Federation (NDF) said in a statement the plan is aimed at 800 workers.',
    );
    expect(x.names('Company')).toContain('National Dockworkers’ Federation');
    expect(x.cited()).toEqual(['National Dockworkers’ Federation']);
  });

  it('drops a hyphenated descriptor opening a sentence ("Resort-owner Vessla Leisure") from the name', () => {
    const x = extract('Resort-owner Vessla Leisure Bhd is to cut jobs and restructure its operations.');
    expect(x.names('Company')).toEqual(['Vessla Leisure']);
  });

  it('cites no statement that is only planned or still to be issued', () => {
    expect(
      cited(
        'Vessla Motors will cut 1,000 jobs, Reuters reported. The head of the works council was not available; a statement was planned for Wednesday.',
      ),
    ).toEqual(['Reuters']);
    expect(
      cited('Vessla Motors will cut 1,000 jobs, Reuters reported. The company will issue a statement later.'),
    ).toEqual(['Reuters']);
    // A statement that was given still cites the company.
    expect(cited('Vessla Motors will cut 1,000 jobs, the company said in a statement.')).toEqual([
      'Vessla Motors statement',
    ]);
  });

  it('finds a person no given-name list knows from ", <Company> chief executive," after the name', () => {
    const x = extract(
      'Vessla Mining will cut 900 jobs. Tafadzwa Moyo, Vessla Mining chief executive, said the shafts were uneconomical.',
    );
    expect(x.names('Person')).toEqual(['Tafadzwa Moyo']);
    expect(x.role('Tafadzwa Moyo')).toEqual({ title: 'chief executive', org: 'Vessla Mining' });
    // A company before another company's chief executive and a name is no person.
    expect(
      extract(
        'Vessla Mining will cut 900 jobs. Orsk Metals, Vessla Mining chief executive Jane Roe said, is a rival.',
      ).names('Person'),
    ).toEqual(['Jane Roe']);
  });

  it('cites an agency that "has seen" the plans', () => {
    expect(
      cited('Vessla Steel plans to cut 4,700 jobs at its Lindholm mill. The Vantora news agency has seen the plans.'),
    ).toEqual(['Vantora']);
  });

  it('takes "Italy’s Kasto plant" for the town a site stands in, not a company', () => {
    const x = extract(
      'Workers struck at Italy’s Kasto plant on Monday. Vessla Steel plans to cut 550 jobs at the plant, the Kora Workers Union said.',
    );
    expect(x.names('Company')).not.toContain('Kasto');
    expect(x.events().map((e) => e.org)).toEqual(['Vessla Steel']);
  });

  it('cites a union whose branch speaks ("The FIM KSL trade union’s Lindholm branch said")', () => {
    expect(
      cited(
        'The FIM KSL trade union’s Lindholm branch said Wednesday that Vessla Steel is set to lay off 3,500 workers.',
      ),
    ).toEqual(['FIM KSL']);
    expect(
      cited(
        'The Metalworkers Union’s Lindholm branch said Wednesday that Vessla Steel is set to lay off 3,500 workers.',
      ),
    ).toEqual(['Metalworkers Union']);
  });

  it('cites an outlet whose verb follows who owns it ("the X Herald, which is owned by Y, reported")', () => {
    expect(
      cited(
        'Vessla Bank plans to cut 1,200 jobs, the Lindholm Herald, which is owned by Brevik Media Group, reported on Monday.',
      ),
    ).toEqual(['Lindholm Herald']);
  });

  it('reads "X plans to retrench 800 workers" as a company acting, and a union official "at" it as the union’s', () => {
    const x = extract(
      'Vessla Gold plans to retrench 800 workers at its Kopstad shaft. The labour movement vowed to fight, with NUMI, the ' +
        'biggest union in mining, pushing back. Tafa Moyo, the NUMI mining co-ordinator at Vessla Gold, said the ' +
        'retrenchments were unnecessary.',
    );
    expect(x.names('Company')).toContain('Vessla Gold');
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Vessla Gold', 800]]);
    expect(x.role('Tafa Moyo')).toEqual({ title: 'mining co-ordinator at Vessla Gold', org: 'NUMI' });
  });

  it('reads "said Moyo" as the surname of "Tafa Moyo, the … co-ordinator", never as a company', () => {
    const x = extract(
      'Vessla Gold plans to retrench 800 workers. Tafa Moyo, the union’s mining co-ordinator at Vessla Gold, said the ' +
        'cuts were unnecessary. "We are of a different view," said Moyo.',
    );
    expect(x.names('Company')).toEqual(['Vessla Gold']);
    expect(x.names('Person')).toEqual(['Tafa Moyo']);
  });
});
