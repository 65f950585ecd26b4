import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Vessla Rail is to shed 800 posts over two years.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('round 35 (t38): unnamed media, single sources, press services, bodies named "Organization"', () => {
  it('cites the local or state media that report, unnamed', () => {
    expect(cited('Local media reported that the depot in Orsk would close first.')).toEqual(['media reports']);
    expect(cited('The depot in Orsk will close first, according to state media.')).toEqual(['media reports']);
    // Near miss: media that only appear, or a trade named after "media", report nothing.
    expect(
      cited('The depot in Orsk will close first. Local media groups were also hit by falling advertising.'),
    ).toEqual([]);
    expect(cited('The plan was discussed on social media and local media outlets covered the depot.')).toEqual([]);
  });

  it('cites one source that tells, with where it stands or after the verb', () => {
    expect(cited('A well-placed source in Kestrel Holdings told reporters that the plan was old.')).toEqual([
      'Vessla Rail anonymous sources',
    ]);
    expect(cited('"They never asked us," said a source, who added that morale was low.')).toEqual([
      'Vessla Rail anonymous sources',
    ]);
    // Near miss: a source of something is no informant.
    expect(cited('Freight, said a source of the planning office figures, was the main loss.')).toEqual([]);
    expect(cited('Freight is a reliable source of revenue, the figures said.')).toEqual([]);
  });

  it("cites a company's press service or press office that speaks", () => {
    expect(cited('The press service of Vessla Rail reported that the cuts would begin in May.')).toEqual([
      'Vessla Rail press service',
    ]);
    expect(cited("The railway's press office said the cuts would begin in May.")).toEqual([
      'Vessla Rail press service',
    ]);
    // Near miss: a press office that only exists says nothing.
    expect(cited('A new press office in Orsk opened last year with four staff.')).toEqual([]);
  });

  it('reads a body named "… Organization" that speaks as a cited body, never a person', () => {
    const r = extract(
      `${LEDE}Some 40,000 posts vanished across Orsk in a year, the International Transport Organization said.`,
    );
    expect(r.names('Person')).toEqual([]);
    expect(r.cited()).toContain('International Transport Organization');
    // Near miss: named without speaking, it is cited by no one.
    const quiet = extract(`${LEDE}Vessla Rail is a member of the Kora Rail Organisation, which sets safety rules.`);
    expect(quiet.names('Person')).toEqual([]);
    expect(quiet.cited()).not.toContain('Kora Rail Organisation');
  });
});

describe('round 35 (t38): a photo note between a name and its post', () => {
  it('reads the post after "(pictured top)"', () => {
    const r = extract(
      `${LEDE}"This is a sad day," said Jane Roe (pictured top), regional organiser for the Kora Transport Union.`,
    );
    expect(r.role('Jane Roe')).toEqual({
      title: 'regional organiser for the Kora Transport Union',
      org: 'Kora Transport Union',
    });
  });
  it('reads no post through a bracket that is not a photo note', () => {
    const r = extract(`${LEDE}"This is a sad day," said Jane Roe (top scorer), a fan of the Kora Transport Union.`);
    expect(r.role('Jane Roe')?.title ?? null).toBeNull();
  });
});

describe('round 35 (t38): an outlet the text names as a company, cited by "a report in" or "said to"', () => {
  it('cites the outlet after "according to a story in" and after "said to"', () => {
    expect(cited('The depot in Orsk will close first, according to a story in Halden Media.')).toEqual([
      'Halden Media',
    ]);
    expect(cited('"We did not see this coming," Per Lund, head of the depot, said to Halden Media.')).toEqual([
      'Halden Media',
    ]);
  });
  it('cites the outlet a speaker is "quoted as saying by", past "state news agency"', () => {
    expect(cited('The depot is the main reason, its staff are quoted as saying by Halden Media.')).toEqual([
      'Halden Media',
    ]);
    expect(cited('The depot is the main reason, its staff are quoted as saying by state news agency Haldex.')).toEqual([
      'Haldex',
    ]);
    // Near miss: a word before a name after "told" that is no agency's noun makes nothing an outlet.
    expect(cited('Per Lund told reporters Halden Bank would buy the depot.')).toEqual([]);
  });
  it('cites nothing where "said to" opens a verb', () => {
    expect(cited('Per Lund is said to favour Halden Media as a buyer for the depot.')).toEqual([]);
  });
});
