import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text, '2024-05-08').cited().sort();

describe('outlets named by how news cites them', () => {
  it('reads a newspaper that reported first, or earlier, or with a citation', () => {
    expect(cited('Norrvik Group will cut jobs. The Kora Morning Herald first reported the plan on Wednesday.')).toEqual(
      ['Kora Morning Herald'],
    );
    expect(cited('Vessla Financiar reported last year that Norrvik Group had entered talks.')).toEqual([
      'Vessla Financiar',
    ]);
    expect(cited('Norrvik Group will close the plant, Kora Abend Zeitung said, citing two managers.')).toContain(
      'Kora Abend Zeitung',
    );
  });

  it('reads an outlet named after a capitalised noun that opens the sentence, or followed by what it is', () => {
    expect(cited('Norrvik Group will cut 2,000 jobs. Newspaper O Vessla reported the plan on Sunday.')).toEqual([
      'O Vessla',
    ]);
    expect(cited('Norrvik Group will cut 2,000 jobs, Korhap news agency reported.')).toEqual(['Korhap']);
    expect(cited('Norrvik Group will cut jobs. A Sydney newspaper first reported the cuts.')).toEqual([]);
    expect(cited("Norrvik Cement cut its management staff, according to Mexico's Vessla newspaper.")).toEqual([
      'Vessla',
    ]);
  });

  it('reads a day name that opens a newspaper\'s name ("the Sunday Times"), not a day before a word', () => {
    expect(cited('Norrvik Group will cut 900 jobs, the Sunday Kora Times reported.')).toEqual(['Sunday Kora Times']);
    expect(cited('Norrvik Group will cut 900 jobs, the Sunday Times reported.')).toEqual(['Sunday Times']);
    expect(cited('Norrvik Group cut jobs. On Sunday Times were hard, Jane Roe said.')).toEqual([]);
  });

  it('reads foreign titles after "told" and "an interview with", never as people', () => {
    const x = extract(
      'Hallberg AG chairman Per Lind said in an interview with Les Kora that all options were open. Jan Berg told La Vessla that the fund would invest.',
    );
    expect(x.cited().sort()).toEqual(['La Vessla', 'Les Kora']);
    expect(x.names('Person')).not.toContain('Les Kora');
  });

  it('reads web addresses cited as outlets', () => {
    expect(cited('Around 600 jobs were at risk, the news portal kora24.pl reported.')).toEqual(['kora24.pl']);
    expect(cited('The plants had lost money for years, as the website norrvik.ro also reported.')).toEqual([
      'norrvik.ro',
    ]);
    expect(cited('Write to press@norrvik.com for details.')).toEqual([]);
  });

  it('reads "The" and a nationality as a newspaper only where it reports', () => {
    expect(cited('The Norwegian has reported that two banks are advising Hallberg AG.')).toEqual(['The Norwegian']);
    expect(cited('The Norwegian economy shrank.')).toEqual([]);
  });

  it('gives a later "the Herald" to the outlet named before', () => {
    const x = extract(
      'The Kora Morning Herald reported the cuts on Monday. Jane Roe, a portfolio manager, told the Herald the plan was overdue.',
    );
    expect(x.cited()).toEqual(['Kora Morning Herald']);
    expect(x.entity('Kora Morning Herald')!.mentions).toHaveLength(2);
  });

  it('needs more than "said" for a name ending in a word companies also use', () => {
    expect(cited('Kora Post said it would cut 3,000 jobs.')).toEqual([]);
    expect(cited('The plan was first reported by the Vessla Post.')).toEqual(['Vessla Post']);
  });
});

describe('speakers whose organization comments on the news', () => {
  it('cites the firm of an investor or a union official who speaks', () => {
    expect(
      cited(
        'Norrvik Group will cut 2,000 jobs. Jane Roe, a portfolio manager at Vessla Capital Partners, said the cuts were overdue.',
      ),
    ).toEqual(['Vessla Capital Partners']);
    expect(
      cited(
        'Norrvik Group will cut 2,000 jobs. Per Lind, general secretary of Kora Metall, said members would strike.',
      ),
    ).toEqual(['Kora Metall']);
  });

  it('knows a union by a local number or by whom it represents', () => {
    expect(
      cited(
        'Norrvik Group will close the plant. Ola Berg, president of Vakka Local 12, which represents the plant workers, said it was a betrayal.',
      ),
    ).toEqual([expect.stringMatching(/^Vakka Local/)]);
  });
});

describe('attribution as news writes it', () => {
  it('cites whoever figures come from', () => {
    expect(cited('Norrvik Group lost market share, according to data of the Kora Rail Office.')).toEqual([
      'Kora Rail Office',
    ]);
    expect(cited('Hallberg AG ranks third in the region, data compiled by Vessla Insights show.')).toEqual([
      'Vessla Insights',
    ]);
  });

  it('reads filings only where they are read from', () => {
    expect(cited('Hallberg AG informed the market in a current report on Friday.')).toEqual(['Hallberg filings']);
    expect(cited('The filing, dated May 3, did not say how many jobs Hallberg AG would cut.')).toEqual([
      'Hallberg filings',
    ]);
    expect(cited('Hallberg AG filed for bankruptcy protection. The filing was made in Delaware.')).toEqual([]);
    expect(
      cited('In a disclosure to the Kora Public Disclosure Platform, Hallberg AG said the plant would close.'),
    ).toEqual(['Hallberg filings']);
  });

  it('reads posts on a platform, the writer’s own account included', () => {
    expect(
      cited('Per Lind, who founded Hallberg AG, wrote in a post on his personal WeChat account that staff had left.'),
    ).toEqual(['Hallberg WeChat post']);
    expect(cited('Minister Ola Berg announced on X that Hallberg AG had given guarantees.')).toEqual([
      'Hallberg X post',
    ]);
  });

  it('keeps one call per article whatever it is called', () => {
    expect(
      cited('Hallberg AG told analysts on an earnings call that cuts would follow. On an investor call, it said more.'),
    ).toEqual(['Hallberg earnings call']);
  });

  it('never takes a court or a parliament someone speaks to for an outlet', () => {
    expect(
      cited('Hallberg AG will sell the port. The attorney general told the Kora Supreme Court that he objected.'),
    ).toEqual([]);
  });
});

describe('a nationality before an outlet', () => {
  it('"told German public broadcaster ZDF": the outlet is ZDF, not "German"', () => {
    const x = extract('Anna Lind told German public broadcaster KTV there would be a fierce fight.');
    expect(x.cited()).toEqual(['KTV']);
  });
});

describe('inverted citations', () => {
  it('"…, reported the Kestrel Herald" and "…, writes the Norrvik Post" cite the outlet named after the verb', () => {
    expect(extract('The plant will close in August, reported the Kestrel Herald.').cited()).toEqual(['Kestrel Herald']);
    expect(extract('Vessla Motors will cut 300 jobs, writes the Norrvik Post.').cited()).toEqual(['Norrvik Post']);
  });

  it('a company that "reported" its results cites nothing', () => {
    expect(extract('Vessla Motors reported the results on Monday.').cited()).toEqual([]);
  });
});
