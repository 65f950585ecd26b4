import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEAD =
  'Kestrel Motors to cut 400 jobs\n\nKestrel Motors said on Monday it would cut 400 jobs at its Norrvik plant.\n\n';

/** The cited sources with their aliases: "Kestrel Motors internal memo [circular, internal memo]". */
function sources(text: string): string[] {
  const x = extract(LEAD + text);
  return x.doc.relations
    .filter((r) => r.type === 'CITES')
    .map((r) => x.doc.entities.find((e) => e.id === r.to)!)
    .map((e) => `${e.name} [${e.aliases.join(', ')}]`);
}

describe('round 34 (cite15): circulars, memoranda of understanding, unnamed people who speak', () => {
  it('cites a circular as the company’s message', () => {
    for (const line of [
      'In a circular, Jane Roe, who heads Kestrel Motors, wrote that the Orsk depot would close in spring.',
      'Requests can be cancelled before 3 March, the circular stated.',
      'Kestrel Motors sent out a revised circular on its buyout plan last week.',
      'An earlier circular, dated 2 October, drew 85 requests.',
    ]) {
      const cited = sources(line);
      expect(
        cited.some((c) => /^Kestrel Motors internal memo \[.*\bcircular\b/.test(c)),
        line,
      ).toBe(true);
    }
  });

  it('does not cite the adjective "circular" nor take a circular to shareholders for a message to staff', () => {
    for (const line of [
      'Kestrel Motors wants a circular economy at the Norrvik plant by 2030.',
      'The circular supply chain will cut costs, Jane Roe told a conference.',
    ])
      expect(
        sources(line).some((c) => /circular/.test(c)),
        line,
      ).toBe(false);
    for (const line of [
      'According to the circular to shareholders, the unit will be sold.',
      'The unit will be sold, according to the circular sent to shareholders.',
    ]) {
      const filing = sources(line);
      expect(filing.some((c) => /internal memo/.test(c))).toBe(false);
      expect(filing.some((c) => /filings/.test(c))).toBe(true);
    }
  });

  it('does not cite a memorandum of understanding as a memo', () => {
    const cited = sources(
      'The unions and Kestrel Motors signed a Memorandum of Understanding on the exit package last week.',
    );
    expect(cited.some((c) => /memo/i.test(c))).toBe(false);
  });

  it('still cites a memorandum sent to staff', () => {
    const cited = sources('Kestrel Motors said in a memorandum to staff that the plant would close.');
    expect(cited.some((c) => /internal memo/.test(c))).toBe(true);
  });

  it('names an unnamed source by the person the "who did not wish to be named" clause is about', () => {
    const cited = sources('"Whole floors sit idle now," said one dismissed engineer who did not wish to be named.');
    expect(cited.some((c) => /\bdismissed engineer\b/.test(c))).toBe(true);
  });

  it('names it by a person only, not by a thing before the clause', () => {
    const cited = sources('The figures came from two affected suppliers, which asked not to be named.');
    expect(cited.some((c) => /affected suppliers/.test(c))).toBe(false);
  });

  it('cites a source that "pleaded anonymity" or "pleaded not to be named", named by who they are', () => {
    const a = sources(
      'One senior banker, who pleaded anonymity as he had no leave to talk to the press, said more branches would shut.',
    );
    expect(a.some((c) => /\bsenior banker\b/.test(c) && /anonymity/.test(c))).toBe(true);
    const b = sources('A manager at one of the plants, who also pleaded not to be named, said the cuts were not new.');
    expect(b.some((c) => /anonymous sources/.test(c))).toBe(true);
  });

  it('does not read "anonymity" asked for by a thing, nor a plea that is no request to stay unnamed', () => {
    for (const line of [
      'The plan, which sought anonymity for bidders, was dropped by Kestrel Motors.',
      'Jane Roe, who pleaded guilty last year, was not named in the report.',
    ])
      expect(
        sources(line).some((c) => /anonymous/.test(c)),
        line,
      ).toBe(false);
  });
});
