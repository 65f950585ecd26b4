import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const restructuringOrgs = (text: string) =>
  extract(text, '2024-08-08')
    .events()
    .filter((e) => e.kind === 'restructuring')
    .map((e) => e.org);
const LEDE = [
  'Norrvik cuts 900 jobs after partner walks away',
  '',
  'ORSKA - The Swedish aircraft maker Norrvik S.A. said on Thursday it would cut about 900 jobs after its partner ended a joint venture.',
  '',
  'Workers held a protest outside the plant on Friday.',
  '',
].join('\n');
const DEAL = "In April, Kestrel Co. ended the deal to buy most of Norrvik's jet business for 4 billion dollars.";

describe('"the <nationality> company" is the one company the text introduced with that nationality', () => {
  it('after a sentence opened by the foreign partner, "The Swedish company" is still the Swedish maker', () => {
    const text = `${LEDE}${DEAL} The Swedish company had spent about 40 million euros preparing the separation of that division and took the dispute to arbitration.\n`;
    expect(restructuringOrgs(text)).toEqual(['Norrvik']);
  });

  it('the partner introduced with its own nationality is the one that description means', () => {
    const text = `${LEDE}In April, the Danish group Kestrel Co. ended the deal to buy most of Norrvik's jet business for 4 billion dollars. The Danish company had spent about 40 million euros preparing the separation of its parts division.\n`;
    expect(restructuringOrgs(text)).toEqual(['Kestrel']);
  });

  it('near miss: a bare "The company" is left to the usual rules (the sentence before’s opener)', () => {
    const text = `${LEDE}${DEAL} The company had spent about 40 million euros preparing the separation of that division.\n`;
    expect(restructuringOrgs(text)).toEqual(['Kestrel']);
  });

  it('near miss: a nationality before a noun that is no company\'s ("The Swedish government said the company …")', () => {
    const text = `${LEDE}${DEAL} The Swedish government said the company had spent about 40 million euros preparing the separation of that division.\n`;
    expect(restructuringOrgs(text)).toEqual(['Kestrel']);
  });

  it('near miss: two companies introduced with the same nationality make the description no one’s in particular', () => {
    const text = `${LEDE}The Swedish rival Orsk Air said in April it had ended talks. The Swedish company had spent about 40 million euros preparing the separation of its parts division.\n`;
    expect(restructuringOrgs(text)).not.toContain('Kestrel');
  });
});
