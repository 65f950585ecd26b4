import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Norrvik Mills will cut 300 jobs at two plants.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('cited sources: verbs of assertion, notices at an exchange, unnamed sources by their kind', () => {
  it('cites the body whose officer accuses, stresses or maintains, as it does for "said"', () => {
    expect(
      cited(
        "Jane Roe, general secretary of the Kora Paper Workers' Union, accused the company of ignoring the union in the exercise.",
      ),
    ).toEqual(["Kora Paper Workers' Union"]);
    expect(cited('The Kora Paper Workers’ Union maintains that the plants are profitable.')).toEqual([
      'Kora Paper Workers’ Union',
    ]);
    expect(
      cited("Jane Roe, general secretary of the Kora Paper Workers' Union, stressed that talks must go on."),
    ).toEqual(["Kora Paper Workers' Union"]);
  });

  it('never takes the object of an accusation for its speaker', () => {
    // Near misses: the union is accused or slammed by someone no verb makes a source; it says nothing.
    expect(cited("The mayor accused the Kora Paper Workers' Union of blocking the talks.")).toEqual([]);
    expect(cited("The mayor slammed Kora Paper Workers' Union over the strike.")).toEqual([]);
  });

  it('cites a disclosure made at or on an exchange, and a filing named after the exchange', () => {
    expect(
      cited('Norrvik Mills posted a disclosure at the Orsk Stock Exchange, saying two plants would shut.'),
    ).toEqual(['company filings']);
    expect(
      cited('Norrvik Mills directors wrote in a Bolsa announcement that they could not meet the deadline.'),
    ).toEqual(['company filings']);
    // Near misses: the exchange as a place of trading or as a speaker of its own is no filing.
    expect(cited('Norrvik Mills shares fell 5% on the Orsk Stock Exchange on Sunday.')).toEqual([]);
    expect(cited('The notice period at the Orsk Stock Exchange is one month.')).toEqual([]);
  });

  it('keeps the kind of unnamed sources that speak ("industry sources said") in their wording', () => {
    const aliasesOfCited = (text: string) => {
      const x = extract(LEDE + text);
      const ids = new Set(x.doc.relations.filter((r) => r.type === 'CITES').map((r) => r.to));
      return x.doc.entities.filter((e) => ids.has(e.id)).flatMap((e) => e.aliases);
    };
    expect(aliasesOfCited('Kestrel may approve the plan on Wednesday, industry sources said.')).toContain(
      'industry sources said',
    );
    // Near miss: a word before the sources that says no kind of them stays out of the wording.
    const bare = aliasesOfCited('Kestrel is the local leader, sources said.');
    expect(bare).toContain('sources said');
    expect(bare.some((a) => a.startsWith('leader'))).toBe(false);
  });
});
