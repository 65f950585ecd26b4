import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('citations in translated, regional and wire styles', () => {
  it('reads an outlet after "in declarations to the agency"', () => {
    expect(
      cited(
        'Kestrel Foods will cut 800 jobs in Halden. "We reduced the exits," said a union delegate, in declarations to the agency Vesta Press.',
      ),
    ).toContain('Vesta Press');
  });

  it('cites the organization of an inverted title, unless a named person holds it', () => {
    const text =
      'Banco Norvik will cut 2,000 jobs, the bank said. Banco Norvik closes branches. "We reduced the number of exits," declared the general secretary of Kofu in Norvik, in declarations to the radio.';
    expect(cited(text)).toContain('Kofu');
    const named =
      'Banco Norvik will cut 2,000 jobs, the bank said. Banco Norvik closes branches. "It is a hard deal," said the general secretary of Kofu in Norvik, Jan Roe, to this newspaper.';
    expect(cited(named)).not.toContain('Kofu');
  });

  it('cites a company the article does not report on when it speaks in a statement', () => {
    const x = cited(
      'Kestrel Foods will cut 800 jobs at its Halden plant. The plant supplies heat to a network run by Varmeverk Halden, which said in a statement that it was studying its options.',
    );
    expect(x).toContain('Varmeverk Halden');
    expect(x).not.toContain('Kestrel Foods statement');
  });

  it('reads stock exchange releases and announcements on an exchange news service as filings', () => {
    expect(
      cited(
        'Kestrel Paper Oyj will close its Halden mill. It announced the closure in a stock exchange release on Thursday.',
      ),
    ).toEqual(['Kestrel Paper stock exchange release']);
    expect(
      cited(
        'Norvik Platinum Ltd will close two shafts at its Rustenburg mine, cutting 3,000 jobs. In an announcement on the KSE’s news service on Tuesday, the miner said the shafts were loss-making.',
      ),
    ).toEqual(['Norvik Platinum exchange announcement']);
  });

  it('reads "sources of the entity consulted by" and "who did not wish to be named" as anonymous sources', () => {
    expect(
      cited(
        'Banco Norvik will close 300 branches. Sources of the entity consulted by this newspaper affirm that savings will follow.',
      ),
    ).toEqual(['Banco Norvik anonymous sources']);
    expect(
      cited(
        'Norvik Motors will split in two. "Investors will like it," said an auto analyst at a domestic brokerage, who did not wish to be named.',
      ),
    ).toEqual(['Norvik Motors anonymous sources']);
  });

  it('takes no anonymous source from an analyst whose firm is named and cited', () => {
    expect(
      cited(
        'Norvik Platinum will cut 3,000 jobs. An analyst at Tovik Securities, who asked not to be named, said the closures had been expected.',
      ),
    ).toEqual(['Tovik Securities']);
  });

  it('reads unions that refuse, speak for several crews or had earlier warned', () => {
    expect(cited('Kestrel Air will close its Halden base. The unions refused, and the ministry intervened.')).toEqual([
      'unions',
    ]);
    expect(
      cited(
        'Kestrel Air will close its Halden base. Unions representing pilots, cabin crew and ground staff accused the airline of planning the exit for months.',
      ),
    ).toEqual(['Unions']);
    expect(
      cited(
        'Kestrel Retail sold its Halden stores. Shop workers’ union officials had earlier warned that job losses would be resisted.',
      ),
    ).toEqual(['Shop workers’ union officials']);
  });

  it('keeps employee representatives and union representatives apart', () => {
    expect(
      cited(
        'Kestrel Media will cut 300 jobs, employee representatives said. The journalists’ association called the cuts shocking; union representatives demanded that quality be protected.',
      ),
    ).toEqual(expect.arrayContaining(['employee representatives', 'union representatives']));
  });

  it('reads an email staff were told of, or one an outlet saw, as an internal message named by its noun', () => {
    const x = extract(
      'Kestrel Mining will suspend its Halden nickel mine. Employees were told in an email on Thursday, hours before the announcement.',
    );
    expect(x.cited()).toEqual(['Kestrel Mining internal memo']);
    expect(x.entity('Kestrel Mining internal memo')!.aliases).toContain('email');
    expect(
      cited(
        'Kestrel Steel will cut 2,000 jobs. An email seen by the Halden Courier showed that managers were told last week.',
      ),
    ).toContain('Kestrel Steel internal memo');
  });

  it('reads an outlet that quoted someone as saying, after an aside', () => {
    expect(
      cited(
        'Kestrel Learning will cut 3,000 jobs. The Halden Standard, for its part, quoted the chief executive as saying that most cuts would fall on support staff.',
      ),
    ).toContain('Halden Standard');
  });

  it('reads "according to X’s statement": the company’s statement, or the third party’s own word', () => {
    expect(
      cited(
        'Kestrel Learning will cut 3,000 jobs. According to Kestrel Learning’s statement, the costs will be spread over three years.',
      ),
    ).toEqual(['Kestrel Learning statement']);
    expect(
      cited(
        'Kestrel Motors will cut 3,000 jobs. According to the Kora Metall union’s statement, the cuts break the 2023 pact.',
      ),
    ).toEqual(['Kora Metall']);
  });

  it('takes an organization that rated the company, or says it could downgrade it, for a commentator', () => {
    expect(
      cited(
        'Kestrel Motors will cut 3,000 jobs. Tovik Partners, which rated the carmaker’s new bonds, noted that debt was high.',
      ),
    ).toEqual(['Tovik Partners']);
    expect(cited('Kestrel Motors will cut 3,000 jobs. Vessla Partners said it could downgrade the carmaker.')).toEqual([
      'Vessla Partners',
    ]);
  });

  it('cites ministries and government departments named in lower case, each as its own body', () => {
    expect(
      cited(
        'Kestrel Steel will close its long steel mills. The department of trade, industry and competition said in a media statement that it had asked for a delay.',
      ),
    ).toEqual(['department of trade, industry and competition']);
    expect(
      cited(
        'Kestrel Airways will cut 2,500 jobs. The labour ministry said it would examine the plan. Norland’s transport ministry warned that routes must be kept.',
      ),
    ).toEqual(['labour ministry', 'transport ministry']);
  });

  it('keeps who an anonymous source is, as the text words it, as an alias', () => {
    const x = extract(
      'Banco Norvik will close 300 branches. The finance minister was said by people close to him to oppose the plan.',
    );
    expect(x.entity('Banco Norvik anonymous sources')!.aliases).toContain('people close to');
  });

  it('reads an outlet a company confirmed the figure to, not a buyer it confirmed a plan to', () => {
    const x = cited(
      'Kestrel Group will cut 4,000 jobs worldwide, the company said on Thursday. Kestrel confirmed the figure to Dagens Norrliv. The company confirmed the plan to Vessla Holdings.',
    );
    expect(x).toContain('Dagens Norrliv');
    expect(x).not.toContain('Vessla Holdings');
  });

  it('reads a video or message posted on the company intranet as an internal message', () => {
    const x = extract(
      'Kestrel Airways will cut 2,500 jobs. In a video posted on the company’s intranet, chief executive Jan Roe said the airline had to shrink.',
    );
    expect(x.cited()).toEqual(['Kestrel Airways internal memo']);
    expect(x.entity('Kestrel Airways internal memo')!.aliases).toContain('video');
  });
});
