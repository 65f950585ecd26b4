import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Norrvik Mills will cut 300 jobs at two plants.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('round 41 (t45): cited sources in the shapes real news gives them', () => {
  it('cites unnamed reports after a clause and one report named by its medium', () => {
    expect(cited('Kestrel is keen to buy both plants, local reports said.')).toEqual(['media reports']);
    expect(cited('According to a news report, the minister promised the workers new posts.')).toEqual([
      'media reports',
    ]);
    // Near misses: "the report" is often one the text named before; local reporters are people, not reports.
    expect(cited('According to the report, the cuts will be made next year.')).toEqual([]);
    expect(cited('Local reporters said little about the plants.')).toEqual([]);
  });

  it('reads "according to a story in" past a place\'s possessive before a known name', () => {
    expect(cited('Vessla Museums also cut staff, according to a story in the UK’s Orsk Times.')).toEqual([
      'Orsk Times',
    ]);
  });

  it('reads "media site" as an outlet\'s noun', () => {
    expect(cited('"This is another blow," union official Jane Roe told media site Kestrelwire.')).toEqual([
      'Kestrelwire',
    ]);
    // Near miss: a media site that only appears tells nothing.
    expect(cited('The media site of the group was closed last year.')).toEqual([]);
  });

  it('cites every outlet a closing "Source:" line lists, whatever their names', () => {
    expect(cited('The plants will close in May.\n\nSource: Vestablad (sp), El Kestrel (sp)')).toEqual([
      'El Kestrel',
      'Vestablad',
    ]);
    expect(cited('The plants will close in May.\n\nSource: Mdvorn')).toEqual(['Mdvorn']);
    // Near misses: the company in focus (or the first word of its name), and a line with no colon.
    expect(cited('The plants will close in May.\n\nSource: Norrvik')).toEqual([]);
    expect(cited('The plants will close in May.\n\nSource: Norrvik Mills')).toEqual([]);
    expect(cited('The plants will close in May.\n\nSource and full story here')).toEqual([]);
  });

  it('cites one unnamed analyst who speaks, as the unnamed analysts are cited', () => {
    expect(cited('"The split is overdue," said an industry analyst.')).toEqual(['analysts']);
    expect(cited('"The split is overdue," said a Vesta-based sugar analyst.')).toEqual(['analysts']);
    expect(cited('A retail analyst in Orsk said the plan was sound. Analysts said it came late.')).toEqual([
      'analysts',
    ]);
    // Near misses: an analyst at a firm cites the firm; one who only expects, or "the analyst", is no new source.
    expect(cited('"The split is overdue," said an analyst at Kestrel Bank.')).toEqual(['Kestrel Bank']);
    expect(cited('An analyst expected a loss for the year.')).toEqual([]);
  });

  it("folds a union's branch into the union, and the headline's unnamed union with it", () => {
    const text =
      'Union demands that Norrvik Post explain its cuts\n\nNorrvik Post will shed 700 jobs.\n\n' +
      'The company was criticised, with the Orsk Electrical and Postal Union (OEPU) saying staff learnt of it from ' +
      'the media.\n\n"They have to come clean," OEPU Vesta state secretary Jan Roe said.';
    expect(extract(text).cited()).toEqual(['Orsk Electrical and Postal Union']);
    // Near miss: a credit union's branch stays its own source.
    const credit =
      'Norrvik Post will shed 700 jobs.\n\n"They have to come clean," said Jan Roe, a member of the Orsk Credit Union.';
    expect(extract(credit).cited()).not.toContain('Orsk Electrical and Postal Union');
  });

  it('cites a firm or group its descriptor calls a research, consulting or data firm, or a labour group', () => {
    expect(cited('Orsk-based freight data and research firm Kestry said last month the market would shrink.')).toEqual([
      'Kestry',
    ]);
    expect(cited('Most of the staff are contractual, government employees’ labor group KORAGE said in July.')).toEqual([
      'KORAGE',
    ]);
    // Near miss: a firm so described that says nothing.
    expect(cited('The sale is overseen by the restructuring advisory firm Vessla Partners.')).toEqual([]);
  });

  it("cites once a body named again without a leading foreign article or a country's initials", () => {
    const union =
      'The Orsk Meat Workers Union says members at the Vesta plant fear the plan.\n\n' +
      '"We fear the worst," says Jan Roe, regional organiser of the VK Orsk Meat Workers Union.';
    expect(cited(union)).toEqual(['VK Orsk Meat Workers Union']);
    expect(cited('The plants will close, O Kestrel reports. The staff are sad, according to Kestrel.')).toEqual([
      'O Kestrel',
    ]);
    // Near miss: two full names that end alike stay two sources.
    const two =
      'The VK Orsk Meat Workers Union said the cuts were unfair. The RT Orsk Meat Workers Union said it would strike.';
    expect(cited(two)).toEqual(['RT Orsk Meat Workers Union', 'VK Orsk Meat Workers Union']);
  });
});
