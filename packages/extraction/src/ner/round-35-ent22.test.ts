import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { isMediumMention } from './platform-media.js';

const companies = (text: string) => extract(text).names('Company');
const divisions = (text: string) => extract(text).names('Division');

describe('round 35 (ent22): a body written out in full with its own initials in brackets is an organization', () => {
  it('"a loan from the Orsk Teachers Savings Board (OTSB)": a board named with its initials', () => {
    const text =
      'Vessla will cut 200 jobs.\n\nLast year Vessla took out a loan from the Orsk Teachers Savings Board (OTSB).';
    expect(companies(text)).toContain('Orsk Teachers Savings Board');
  });

  it('"talks with the Kestrel Workers Union (KWU)": a union named with its initials', () => {
    const text =
      'Vessla Steel will cut 200 jobs.\n\n"Our talks with the Kestrel Workers Union (KWU) went on for weeks," a manager said.';
    expect(companies(text)).toContain('Kestrel Workers Union');
  });

  it('"the Vessla Air Cabin Crew Union (VACCU)" beside Vessla Air: a union named after its employer is no unit of it', () => {
    const text =
      'Vessla Air will cut 300 jobs.\n\n"Once the Vessla Air Cabin Crew Union (VACCU) agreed, we offered a package," Vessla Air said.';
    expect(companies(text)).toContain('Vessla Air Cabin Crew Union');
    expect(divisions(text)).not.toContain('Vessla Air Cabin Crew Union');
  });

  it('near miss: a scheme written the same way ("the Kestrel Voluntary Separation Scheme (KVSS)") names nothing', () => {
    const text =
      'Vessla Steel will cut 200 jobs.\n\nStaff may apply under the Kestrel Voluntary Separation Scheme (KVSS) until May.';
    expect(companies(text)).toEqual(['Vessla Steel']);
  });

  it('near miss: initials that differ from the name ("the Kestrel Workers Union (NWO)") prove nothing', () => {
    const text = 'Vessla Steel will cut 200 jobs.\n\nThe cuts worry the Kestrel Workers Union (NWO) branch in Orsk.';
    expect(companies(text)).not.toContain('Kestrel Workers Union');
  });
});

describe('round 35 (ent22): a capital "The" mid-sentence opens a bank\'s own name', () => {
  it('"merged Vessla Bank with Kestrel Bank, The Tarn Bank, The Orsk Bank and The Mutual Bank": each is a bank', () => {
    const text =
      'The regulator has merged Vessla Bank with Kestrel Bank, The Tarn Bank, The Orsk Bank and The Mutual Bank into one lender that will cut 300 jobs.';
    const found = companies(text);
    for (const bank of ['Tarn Bank', 'Orsk Bank', 'Mutual Bank']) expect(found).toContain(bank);
  });

  it('near miss: a lower-case "the" before a generic modifier ("a filing with the Mutual Bank") names a kind', () => {
    const text = 'Vessla Steel will cut 200 jobs, a filing with the Mutual Bank showed.';
    expect(companies(text)).toEqual(['Vessla Steel']);
  });

  it('near miss: "The" opening a sentence is the article ("The Mutual Bank unit …")', () => {
    const text = 'Vessla Steel will cut 200 jobs. The Mutual Bank unit of the group is not affected.';
    expect(companies(text)).toEqual(['Vessla Steel']);
  });
});

describe('round 35 (ent22): the party in "taken over by X" or "purchased by X" is a company', () => {
  it('"two smaller lenders were taken over by KNB last year"', () => {
    const text =
      'Vessla Bank will cut 300 jobs.\n\nTwo smaller lenders were taken over by KNB last year after they failed.';
    expect(companies(text)).toContain('KNB');
  });

  it('"Orsk Bank was purchased by Hallberg in 2019"', () => {
    const text = 'Vessla Bank will cut 300 jobs.\n\nOrsk Bank was purchased by Hallberg in 2019.';
    expect(companies(text)).toContain('Hallberg');
  });

  it('near miss: a country that took a plant over ("taken over by Norway") is no company', () => {
    const text = 'Vessla Bank will cut 300 jobs.\n\nThe old plant was taken over by Norway in 1990.';
    expect(companies(text)).toEqual(['Vessla Bank']);
  });
});

describe('round 35 (ent22): a platform written only as the medium of a statement is no company', () => {
  it('"wrote in a Kestrelnet post", "wrote on Kestrelnet", "on his personal Kestrelnet account" are media', () => {
    const a = 'the chief executive wrote in a Kestrelnet post.';
    expect(isMediumMention(a, a.indexOf('Kestrelnet'), a.indexOf(' post'))).toBe(true);
    const b = 'A laid-off editor wrote on Kestrelnet that she was told by email.';
    expect(isMediumMention(b, b.indexOf('Kestrelnet'), b.indexOf(' that'))).toBe(true);
    const c = 'The figures appeared on his personal Kestrelnet account on Sunday.';
    expect(isMediumMention(c, c.indexOf('Kestrelnet'), c.indexOf(' account'))).toBe(true);
  });

  it('near miss: "Kestrelnet posted a loss", "in a Kestrelnet statement", "a Kestrelnet account" are the firm\'s', () => {
    const a = 'Kestrelnet posted a loss in May.';
    expect(isMediumMention(a, 0, 'Kestrelnet'.length)).toBe(false);
    const b = 'The firm said in a Kestrelnet statement that 300 jobs would go.';
    expect(isMediumMention(b, b.indexOf('Kestrelnet'), b.indexOf(' statement'))).toBe(false);
    const c = 'The money sat in a Kestrelnet account for years.';
    expect(isMediumMention(c, c.indexOf('Kestrelnet'), c.indexOf(' account'))).toBe(false);
  });

  it('near miss: a company named acting stays one beside a post of its own', () => {
    const text =
      'Vessla Tidning will cut 100 jobs.\n\n"We regret every job lost," Vessla Tidning wrote in a Vessla Tidning post.';
    expect(companies(text)).toContain('Vessla Tidning');
  });
});

describe("round 35 (ent22): a deal after a name's possessive is a business's", () => {
  it('"Orvik Towers’ tower purchase", "Hallmoor\'s takeover of the network" name companies', () => {
    const text =
      "Vessla will cut 200 jobs.\n\nRecent deals include Orvik Towers’ tower purchase in Norrland. Analysts cheered Hallmoor's takeover of the network.";
    expect(companies(text)).toEqual(expect.arrayContaining(['Orvik Towers', 'Hallmoor']));
  });

  it("near miss: a country's or a person's purchase names no company", () => {
    const text =
      "Vessla will cut 200 jobs.\n\nAnalysts cheered Norway's purchase of the network and Jane Roe's takeover of the club.";
    expect(companies(text)).toEqual(['Vessla']);
  });
});

describe('round 35 (ent22): a state-owned office written with its own initials is an organization', () => {
  it('"a rescue plan for the Kestrel Post Office (KPO)" names the office, whose retrenchment it is', () => {
    const text =
      'Creditors approved a rescue plan for the Kestrel Post Office (KPO) under which 900 of its staff will be retrenched.';
    expect(companies(text)).toContain('Kestrel Post Office');
  });

  it('near miss: the office written without its initials stays a public body', () => {
    const text = 'Vessla Steel will cut 200 jobs, figures from the Kestrel Post Office showed.';
    expect(companies(text)).toEqual(['Vessla Steel']);
  });
});

describe('round 35 (ent22): where money came from names a company', () => {
  it('"raised a further $300 million from Brindle", "with an investment from Hallmoor Climate"', () => {
    const text =
      'Vessla will cut 200 jobs.\n\nLast year Vessla raised a further $300 million from Brindle. It later set up a battery unit with an investment from Hallmoor Climate.';
    expect(companies(text)).toEqual(expect.arrayContaining(['Brindle', 'Hallmoor Climate']));
  });

  it('near miss: money from a country or a person names no company', () => {
    const text =
      'Vessla will cut 200 jobs.\n\nLast year Vessla raised 300 million from Norway and won an investment from Jane Roe.';
    expect(companies(text)).toEqual(['Vessla']);
  });
});

describe("round 35 (ent22): a fund's series number is part of its name", () => {
  it('"Brindle and Kestrel Growth Fund 2 along with its backers": the fund keeps its number', () => {
    const text =
      'Vessla will cut 200 jobs.\n\nLast year Vessla raised $300 million from Brindle and Kestrel Growth Fund 2 along with its backers.';
    expect(companies(text)).toContain('Kestrel Growth Fund 2');
  });

  it('near miss: a figure after "Fund" ("the Kestrel Growth Fund 2 percent stake") is no part of the name', () => {
    const text = 'Vessla will cut 200 jobs.\n\nVessla bought the Kestrel Growth Fund 2 percent stake from Brindle.';
    expect(companies(text)).not.toContain('Kestrel Growth Fund 2');
  });
});
