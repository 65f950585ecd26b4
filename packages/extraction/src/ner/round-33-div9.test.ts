import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 33 (div9): units a media group lists as its titles', () => {
  it('"X\'s eight city daily titles – the A Gazette, B News and C Echo": units of X, and X a company', () => {
    const x = extract(
      'Union officials said 40 journalists were at risk. Among them are editors of Harbour Common’s eight city daily ' +
        'titles – the Norrvik Gazette, Orsk Evening News, Tarvo Post and Vellmora Echo. Harbour Common declined to comment.',
    );
    for (const title of ['Norrvik Gazette', 'Orsk Evening News', 'Tarvo Post', 'Vellmora Echo']) {
      expect(x.names('Division')).toContain(title);
      expect(x.parent(title)).toBe('Harbour Common');
    }
    expect(x.names('Company')).toContain('Harbour Common');
  });

  it('"its titles: A and B" with no newspaper word names no unit: game or book titles (near miss)', () => {
    const x = extract(
      'Kestrel Games will cut 90 jobs. The studio had worked on its mobile titles: Star Raiders and Frost Harbour.',
    );
    expect(x.names('Division')).not.toContain('Star Raiders');
    expect(x.names('Division')).not.toContain('Frost Harbour');
  });

  it('"its titles – A Star, B Age and C Sun": words papers share with games and books name no unit (near miss)', () => {
    const x = extract(
      'Kestrel Games will cut 90 jobs. Staff had worked on its mobile titles – Frost Star, Iron Age and Pale Sun.',
    );
    expect(x.names('Division')).toEqual([]);
  });

  it('"titles such as the A Herald" with no owner written before names no unit (near miss)', () => {
    const x = extract(
      'Kestrel Media will cut 90 jobs. Rival publishers, with titles such as the Norrvik Herald and the Orsk Times, ' +
        'suspended printing.',
    );
    expect(x.parent('Norrvik Herald')).not.toBe('Kestrel Media');
  });
});

describe("round 33 (div9): names an apposition counts among a company's parts", () => {
  it('"at A and at B, two of its acquisitions": units of the company in focus', () => {
    const x = extract(
      'Kestrel Learning said it would cut 200 jobs. The company has laid off staff at Orvanta and at Brisk Labs Jr., ' +
        'two of its acquisitions within the last two years.',
    );
    expect(x.parent('Orvanta')).toBe('Kestrel Learning');
    expect(x.parent('Brisk Labs Jr')).toBe('Kestrel Learning');
  });

  it('"A, one of Hallberg\'s divisions": a unit of the owner the possessive names', () => {
    const x = extract(
      'Retailer to shut stores\n\nVessla Cash, one of Hallberg Retail’s divisions, will close 12 stores, Hallberg Retail said.',
    );
    expect(x.names('Division')).toContain('Vessla Cash');
    expect(x.parent('Vessla Cash')).toBe('Hallberg Retail');
  });

  it('"A, one of Norway\'s largest brands": a country\'s brands, no unit of anyone (near miss)', () => {
    const x = extract(
      'Dairy to cut jobs\n\nOrsk Dairy, one of Norway’s largest brands, will cut 80 jobs, the company said.',
    );
    expect(x.names('Division')).not.toContain('Orsk Dairy');
  });

  it('"at Lyon and Porto, two of its units": places are the units\' sites, no units (near miss)', () => {
    const x = extract(
      'Kestrel Steel cuts jobs\n\nKestrel Steel will cut 300 jobs at Lyon and Porto, two of its units.',
    );
    expect(x.names('Division')).toEqual([]);
  });

  it('"A and B, two of its divisions\' heads": people, the part noun not ending the apposition (near miss)', () => {
    const x = extract(
      'Kestrel Steel cuts jobs\n\nKestrel Steel will cut 300 jobs. Jane Roe and Marten Vesterlund, two of its ' +
        "divisions' heads, will leave.",
    );
    expect(x.names('Division')).toEqual([]);
  });
});
